/// HTML escaping as cmark does it: `& < > "` in text, and in URLs
/// percent-encoding of everything but a known-safe set.
public enum HTMLEscaping {
    /// Escapes `& < > "` for use in text and attribute values.
    public static func escape(_ text: String) -> String {
        var text = text
        var out: [UInt8] = []
        text.withUTF8 { escape($0, into: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    static func escape(_ source: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var start = 0
        for (i, byte) in source.enumerated() {
            let entity: StaticString
            switch byte {
            case UInt8(ascii: "&"): entity = "&amp;"
            case UInt8(ascii: "<"): entity = "&lt;"
            case UInt8(ascii: ">"): entity = "&gt;"
            case UInt8(ascii: "\""): entity = "&quot;"
            default: continue
            }
            out.append(contentsOf: source[start..<i])
            out.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
            start = i + 1
        }
        out.append(contentsOf: source[start...])
    }

    /// Bytes a URL keeps as they are: letters, digits and `-_.+!*(),%#@?=;:/$`
    /// (cmark's `HREF_SAFE`); `&` and `'` become entities, all else `%XX`.
    private static let urlSafe: [Bool] = (0..<256).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-_.+!*(),%#@?=;:/$".utf8.contains(UInt8(byte))
        }
    }

    static func escapeURL(_ source: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in source {
            if urlSafe[Int(byte)] {
                out.append(byte)
            } else if byte == UInt8(ascii: "&") {
                out.append(contentsOf: "&amp;".utf8)
            } else if byte == UInt8(ascii: "'") {
                out.append(contentsOf: "&#x27;".utf8)
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            }
        }
    }
}
