/// A growing UTF-8 buffer with cmark's escaping rules.
struct HTMLOutput {
    private(set) var bytes: [UInt8] = []

    var string: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// cmark's `cr()`: a newline unless the output is empty or already ends in one.
    mutating func newline() {
        if let last = bytes.last, last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
    }

    mutating func appendEscaped<S: StringProtocol>(_ text: S) {
        var text = String(text)
        text.withUTF8 { HTMLEscaping.escape($0, into: &bytes) }
    }

    mutating func appendEscapedURL(_ url: String) {
        var url = url
        url.withUTF8 { HTMLEscaping.escapeURL($0, into: &bytes) }
    }
}
