/// A string as a JSON string literal — also a JavaScript one — that is safe
/// inside an HTML `<script>` and on one line of an event stream: quotes,
/// backslashes, control characters, `<`, `>`, `&` and the line separators
/// U+2028/U+2029 are escaped. The search index and the live preview share it.
public enum JSONText {
    public static func quote(_ text: String) -> String {
        // Byte by byte: every byte it escapes is ASCII, and U+2028/U+2029 are
        // E2 80 A8/A9 in UTF-8, so all other bytes pass through untouched.
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = [UInt8(ascii: "\"")]
            out.reserveCapacity(bytes.count + 16)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
                case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
                case UInt8(ascii: "\n"): out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                case UInt8(ascii: "\r"): out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
                case UInt8(ascii: "\t"): out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
                case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), 0x7F, ..<0x20:
                    out += escaped(UInt32(byte))
                case 0xE2 where index + 1 < bytes.count && bytes[index] == 0x80 && (bytes[index + 1] | 1) == 0xA9:
                    out += escaped(bytes[index + 1] == 0xA8 ? 0x2028 : 0x2029)
                    index += 2
                default:
                    out.append(byte)
                }
            }
            out.append(UInt8(ascii: "\""))
            return String(decoding: out, as: UTF8.self)
        }
    }

    public static func array(_ items: [String]) -> String {
        "[" + items.map(quote).joined(separator: ",") + "]"
    }

    private static func escaped(_ value: UInt32) -> [UInt8] {
        let hex = String(value, radix: 16)
        return Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
    }
}
