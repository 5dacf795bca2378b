import Markdown
import Testing

@Suite struct TreeTests {
    let parser = MarkdownParser()

    @Test func blocksKeepTheirSourcePositions() throws {
        let document = try parser.parse("# Title\n\nText *here*.\n\n- a\n- b\n")
        #expect(document.blocks.count == 3)
        #expect(document.blocks[0].range == SourceRange(start: .init(line: 1, column: 1), end: .init(line: 1, column: 7)))
        #expect(document.blocks[1] == .paragraph(Paragraph(
            inlines: [.text("Text "), .emphasis([.text("here")]), .text(".")],
            range: SourceRange(start: .init(line: 3, column: 1), end: .init(line: 3, column: 12)))))
        guard case .list(let list) = document.blocks[2] else { Issue.record("not a list"); return }
        #expect(list.kind == .bullet && list.isTight && list.items.count == 2)
        #expect(list.items[1].range.start.line == 6)
    }

    @Test func fencedCodeKnowsItsInfoAndFirstLine() throws {
        let document = try parser.parse("Intro\n\n```swift extra\nlet x = 1\n```\n")
        guard case .codeBlock(let code) = document.blocks[1] else { Issue.record("no code"); return }
        #expect(code.info == "swift extra")
        #expect(code.language == "swift")
        #expect(code.code == "let x = 1\n")
        #expect(code.isFenced)
        #expect(code.firstCodeLine == 4)
    }

    @Test func indentedCodeIsNotFencedEvenWhenItLooksLikeAFence() throws {
        let document = try parser.parse("Intro\n\n    ```x\n    more\n")
        guard case .codeBlock(let code) = document.blocks[1] else { Issue.record("no code"); return }
        #expect(!code.isFenced)
        #expect(code.firstCodeLine == 3)
        #expect(code.info.isEmpty)
    }

    @Test func plainTextFlattensMarkup() throws {
        let document = try parser.parse("A *b* `c` [d](x) $e$\n")
        guard case .paragraph(let paragraph) = document.blocks[0] else { Issue.record("no paragraph"); return }
        #expect(paragraph.inlines.plainText == "A b c d e")
    }

    @Test func absurdNestingIsAnErrorNotACrash() {
        let deep = String(repeating: ">", count: 5000) + " deep\n"
        #expect(throws: MarkdownError.self) { try parser.parse(deep) }
        do {
            _ = try parser.parse(deep)
        } catch {
            #expect(error.message == "blocks are nested more than 256 deep")
            #expect(error.position.line == 1)
        }
    }

    @Test func emptyAndWhitespaceDocumentsHaveNoBlocks() throws {
        #expect(try parser.parse("").blocks.isEmpty)
        #expect(try parser.parse("\n\n   \n").blocks.isEmpty)
    }
}
