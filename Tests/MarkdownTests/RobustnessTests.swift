import Markdown
import Testing

/// Hostile and garbled input: the parser answers (a document or an error) and
/// never traps, and long runs of table or strikethrough syntax stay cheap.
@Suite struct RobustnessTests {
    /// A small deterministic generator, so a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    }

    static let pieces = [
        "|", "| a |", "|---|", ":-:", "---", "~", "~~", "[^", "[^1]", "]:", "[^1]: ", "\n", "\n\n", "    ", "\t",
        "> ", "- ", "1. ", "*", "_", "`", "```", "$", "$$", "\\", "{#", "}", "{.x}", "![a](b)", "www.", "http://",
        "@", "a@b.co", "(", ")", "<", "<!--", "-->", "#", "## ", "é", "∂", "\u{E000}", "\u{E003}", "\u{E005}", "x",
        "word ", "\r\n", "<div>", "&amp;", "===",
    ]

    @Test func randomMarkdownNeverTraps() {
        var generator = Generator(state: 2024)
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int(generator.next() % 40) { text += generator.pick(Self.pieces) }
            for extensions in [MarkdownExtensions.all, .none] {
                if let document = try? MarkdownParser(extensions: extensions).parse(text) {
                    _ = try? HTMLRenderer().render(document)
                }
            }
        }
    }

    @Test(arguments: ["|", "~", "[^", "www.", "-|", "a@"])
    func longRunsStayLinear(_ unit: String) throws {
        let small = String(repeating: unit, count: 20_000)
        let large = String(repeating: unit, count: 80_000)
        let clock = ContinuousClock()
        let smallTime = try clock.measure { _ = try MarkdownParser().parse("a\n" + small + "\n|-|\n" + small) }
        let largeTime = try clock.measure { _ = try MarkdownParser().parse("a\n" + large + "\n|-|\n" + large) }
        // Four times the input should take about four times as long; quadratic work would take sixteen.
        #expect(largeTime < smallTime * 10 + .milliseconds(50))
    }

    @Test func deepNestingInATableOrNoteIsAnError() {
        let deep = String(repeating: "> ", count: 400) + "| a |\n" + String(repeating: "> ", count: 400) + "|---|\n"
        #expect(throws: MarkdownError.self) { try MarkdownParser().parse(deep) }
    }
}
