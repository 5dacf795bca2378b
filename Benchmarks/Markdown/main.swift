// Markdown to HTML, ours against the `cmark` command, on about 5 MB of prose.
//
//     swift run -c release markdown-benchmark [repeats]
//
// The corpus is generated (deterministically) to look like lesson prose:
// headings, paragraphs with emphasis, code spans and links, lists, quotes
// and non-Swift code blocks. Ours = read the file, parse with cmark, copy the
// tree into Swift values, render HTML, write it; cmark = the same file
// through the `cmark` command. Both are the median of the repeats.

import Foundation
import Markdown

let repeats = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 9

func corpus(bytes: Int, math: Bool) -> String {
    let words = ["precision", "recall", "the", "gradient", "of", "a", "threshold", "is", "zero", "almost",
                 "everywhere", "so", "we", "train", "on", "surrogate", "loss", "instead", "metric", "model"]
    var state: UInt64 = 42
    func next(_ n: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(n))
    }
    func sentence() -> String {
        var parts: [String] = []
        for i in 0..<(8 + next(12)) {
            let word = words[next(words.count)]
            switch next(14) {
            case 0: parts.append("*\(word)*")
            case 1: parts.append("**\(word)**")
            case 2: parts.append("`\(word)()`")
            case 3: parts.append("[\(word)](https://example.org/\(word)?i=\(i))")
            case 4 where math: parts.append("$x_\(i) + y^2$")
            default: parts.append(word)
            }
        }
        return parts.joined(separator: " ").capitalizedFirst + "."
    }
    var text = ""
    var section = 0
    while text.utf8.count < bytes {
        section += 1
        text += "## Section \(section)\n\n"
        for _ in 0..<(2 + next(3)) { text += (0..<(3 + next(4))).map { _ in sentence() }.joined(separator: " ") + "\n\n" }
        if next(3) == 0 { text += (0..<4).map { _ in "- " + sentence() + "\n" }.joined() + "\n" }
        if next(4) == 0 { text += "> " + sentence() + "\n\n" }
        if next(5) == 0 { text += "```python\ndef f(x):\n    return x * 2  # <tag> & more\n```\n\n" }
        if math, next(6) == 0 { text += "$$\n\\frac{\\partial L}{\\partial w_\(section)} = \\sum_i (p_i - y_i) x_i\n$$\n\n" }
    }
    return text
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

func time(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

func ours(_ path: String) throws -> Int {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let html = try HTMLRenderer().render(MarkdownParser().parse(text))
    FileManager.default.createFile(atPath: "/dev/null", contents: Data(html.utf8))
    return html.utf8.count
}

func cmark(_ path: String) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["cmark", path]
    process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw CocoaError(.fileReadUnknown) }
}

let folder = FileManager.default.temporaryDirectory
print("repeats: \(repeats) (median reported)")
print("| corpus | size | ours (ms) | cmark command (ms) | ratio |")
print("| --- | ---: | ---: | ---: | ---: |")
for math in [false, true] {
    let text = corpus(bytes: 5_000_000, math: math)
    let path = folder.appendingPathComponent("markdown-benchmark-\(math).md").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    _ = try ours(path)
    let ourTimes = try (0..<repeats).map { _ in try time { _ = try ours(path) } }
    let name = math ? "prose with $…$ math (cmark sees the dollars as text)" : "prose, no math"
    var cmarkColumn = "–", ratioColumn = "–"
    if let cmarkTimes = try? (0..<repeats).map({ _ in try time { try cmark(path) } }) {
        cmarkColumn = String(format: "%.1f", median(cmarkTimes))
        ratioColumn = String(format: "%.2f×", median(ourTimes) / median(cmarkTimes))
    }
    print("| \(name) | \(String(format: "%.1f MB", Double(text.utf8.count) / 1e6)) | \(String(format: "%.1f", median(ourTimes))) | \(cmarkColumn) | \(ratioColumn) |")
    try? FileManager.default.removeItem(atPath: path)
}
