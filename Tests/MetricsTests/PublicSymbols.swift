import Foundation

/// A public declaration found in a source file, named the way Swift names it:
/// `precision(labels:scores:threshold:)`, `Metric.value(labels:scores:threshold:)`,
/// `Var.+(_:_:)`, `SSIMParameters.Window.uniform(size:)`, `Image.width`, `Plot`.
/// Overloads that differ only in their types share one name.
struct PublicSymbol: Hashable {
    let name: String
    let file: String
    let line: Int
    let isDocumented: Bool
}

/// The public declarations of the Swift files under a folder, read from the source text.
///
/// A small reader, enough for this code base's style: comments and string
/// literals are blanked out first, braces give the nesting of types and
/// extensions, and each `public` declaration (and each case of a public enum,
/// each requirement of a public protocol) is named from its header.
enum PublicSymbols {
    static func declared(under folder: URL) throws -> [PublicSymbol] {
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".swift") }.sorted()
        return try files.flatMap { path in
            try declared(in: String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8), file: path)
        }
    }

    static func declared(in source: String, file: String) -> [PublicSymbol] {
        let lines = source.components(separatedBy: "\n")
        let code = Array(blankingCommentsAndStrings(source))
        var symbols: [PublicSymbol] = []
        // Open types and extensions: name, whether their members are public without saying so, brace depth of their body.
        var scopes: [(name: String, kind: String, isPublic: Bool, depth: Int)] = []
        var pending: (name: String, kind: String, isPublic: Bool)?
        var depth = 0
        var i = 0

        func lineNumber(_ index: Int) -> Int { code[..<index].reduce(1) { $1 == "\n" ? $0 + 1 : $0 } }
        func isDocumented(line: Int) -> Bool {
            var k = line - 2
            while k >= 0, lines[k].trimmingCharacters(in: .whitespaces).hasPrefix("@") { k -= 1 }
            return k >= 0 && lines[k].trimmingCharacters(in: .whitespaces).hasPrefix("///")
        }
        func record(_ name: String, at index: Int) {
            // A `public` member of an internal type is not public.
            guard scopes.allSatisfy({ $0.kind == "extension" || $0.isPublic }) else { return }
            let qualified = (scopes.map(\.name) + [name]).joined(separator: ".")
            let line = lineNumber(index)
            symbols.append(PublicSymbol(name: qualified, file: file, line: line, isDocumented: isDocumented(line: line)))
        }

        while i < code.count {
            let c = code[i]
            if c == "{" {
                depth += 1
                if let p = pending { scopes.append((p.name, p.kind, p.isPublic, depth)); pending = nil }
                i += 1
                continue
            }
            if c == "}" {
                if let last = scopes.last, last.depth == depth { scopes.removeLast() }
                depth -= 1
                i += 1
                continue
            }
            guard c.isLetter || c == "_", i == 0 || !(code[i - 1].isLetter || code[i - 1].isNumber || code[i - 1] == "_" || code[i - 1] == ".") else {
                i += 1
                continue
            }
            let word = identifier(code, at: i)
            let inBody = scopes.last.map { $0.depth == depth } ?? (depth == 0)
            let inPublicEnum = scopes.last.map { $0.kind == "enum" && $0.isPublic && $0.depth == depth } ?? false
            let inPublicProtocol = scopes.last.map { $0.kind == "protocol" && $0.isPublic && $0.depth == depth } ?? false
            if inBody, word == "public" || (inPublicProtocol && ["func", "var", "init", "static", "mutating"].contains(word)) {
                let (declaration, end) = header(code, from: i)
                if let (kind, names) = parse(declaration) {
                    if kind != "extension" { for name in names { record(operatorLabels(name), at: i) } }
                    if ["struct", "class", "enum", "protocol", "extension"].contains(kind) {
                        pending = (names[0], kind, word == "public")
                    }
                }
                i = word == "public" || inPublicProtocol ? end : i + word.count
                continue
            }
            if inBody, word == "extension" || ["struct", "class", "enum", "protocol"].contains(word) {
                let (declaration, end) = header(code, from: i)
                if let (kind, names) = parse(declaration) { pending = (names[0], kind, false) }
                i = end
                continue
            }
            if inPublicEnum, word == "case" {
                let (declaration, end) = header(code, from: i)
                for name in caseNames(String(declaration.dropFirst(4))) { record(name, at: i) }
                i = end
                continue
            }
            i += word.count
        }
        return symbols
    }

    /// Operators take no argument labels, whatever their parameters are called: "+(a:b:)" is "+(_:_:)".
    static func operatorLabels(_ name: String) -> String {
        guard let first = name.first, !(first.isLetter || first == "_"), let open = name.firstIndex(of: "(") else { return name }
        let count = name[open...].filter { $0 == ":" }.count
        return name[..<open] + "(" + String(repeating: "_:", count: count) + ")"
    }

    /// The text of a declaration up to its body, its initial value, or the end of its line.
    static func header(_ code: [Character], from start: Int) -> (String, Int) {
        var i = start, parentheses = 0
        while i < code.count {
            let c = code[i]
            if c == "(" || c == "[" { parentheses += 1 }
            if c == ")" || c == "]" { parentheses -= 1 }
            if parentheses == 0 && (c == "{" || c == "}" || c == ";" || c == "\n") { break }
            i += 1
        }
        return (String(code[start..<i]), i)
    }

    /// The kind of declaration and the names it declares, or nil for something else.
    static func parse(_ declaration: String) -> (String, [String])? {
        var text = Substring(declaration)
        let modifiers: Set = ["public", "static", "final", "override", "mutating", "nonmutating", "convenience",
                              "required", "indirect", "prefix", "postfix", "infix", "nonisolated", "class"]
        while true {
            text = text.drop { $0 == " " }
            if text.hasPrefix("@") {
                text = text.drop { $0 != " " }
                continue
            }
            let word = String(text.prefix { $0.isLetter || $0 == "_" || $0 == "(" || $0 == ")" })
            if word.hasSuffix("(set)") { text = text.dropFirst(word.count); continue }
            let bare = String(text.prefix { $0.isLetter || $0 == "_" })
            // `class` is a modifier only when another keyword follows it.
            if modifiers.contains(bare) && !(bare == "class" && !followedByKeyword(text.dropFirst(bare.count))) {
                text = text.dropFirst(bare.count)
                continue
            }
            break
        }
        let keyword = String(text.prefix { $0.isLetter })
        let rest = text.dropFirst(keyword.count).drop { $0 == " " }
        switch keyword {
        case "func":
            let name = rest.first.map { $0.isLetter || $0 == "_" } == true
                ? String(rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
                : String(rest.prefix { $0 != " " && $0 != "(" && $0 != "<" })
            return ("func", [name + labels(of: rest.dropFirst(name.count), isSubscript: false)])
        case "init":
            let afterQuestion = rest.hasPrefix("?") ? rest.dropFirst() : rest
            return ("init", ["init" + labels(of: afterQuestion, isSubscript: false)])
        case "subscript":
            return ("subscript", ["subscript" + labels(of: rest, isSubscript: true)])
        case "var", "let":
            let names = topLevelParts(of: Substring(rest + ")")).compactMap { part -> String? in
                let name = part.drop { $0 == " " }.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                return name.isEmpty ? nil : String(name)
            }
            return (keyword, names)
        case "struct", "class", "enum", "protocol", "extension", "typealias", "actor":
            let name = String(rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." })
            return name.isEmpty ? nil : (keyword, [name])
        default:
            return nil
        }
    }

    static func followedByKeyword(_ text: Substring) -> Bool {
        let next = String(text.drop { $0 == " " }.prefix { $0.isLetter })
        return ["func", "var", "let", "subscript", "final", "override"].contains(next)
    }

    /// "(labels:scores:threshold:)" from a parameter list "(labels: [Double], scores: …)", after any generic clause.
    static func labels(of text: Substring, isSubscript: Bool) -> String {
        var rest = text.drop { $0 == " " }
        if rest.hasPrefix("<") {
            var angle = 0
            rest = rest.drop { c in
                if c == "<" { angle += 1 } else if c == ">" { angle -= 1 }
                return angle > 0 || c == ">"
            }
            rest = rest.drop { $0 == " " }
        }
        guard rest.hasPrefix("(") else { return "" }
        let parameters = topLevelParts(of: rest.dropFirst())
        let names = parameters.compactMap { parameter -> String? in
            let head = parameter.prefix { $0 != ":" }.split { $0 == " " || $0 == "\n" }
            guard let first = head.first else { return nil }
            if isSubscript && head.count == 1 { return "_:" }
            return "\(first):"
        }
        return "(" + names.joined() + ")"
    }

    /// The comma-separated parts of a list that starts after "(", up to its ")".
    static func topLevelParts(of text: Substring) -> [Substring] {
        var parts: [Substring] = [], depth = 0, start = text.startIndex
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c == "(" || c == "[" || c == "<" { depth += 1 }
            if c == "]" || (c == ">" && i > text.startIndex && text[text.index(before: i)] != "-") { depth -= 1 }
            if c == ")" {
                if depth == 0 {
                    let last = text[start..<i]
                    if !last.allSatisfy({ $0 == " " }) { parts.append(last) }
                    return parts
                }
                depth -= 1
            }
            if c == "," && depth == 0 {
                parts.append(text[start..<i])
                start = text.index(after: i)
            }
            i = text.index(after: i)
        }
        return parts
    }

    /// "uniform(size:)", "text(_:)", "step" from the text after `case`.
    static func caseNames(_ text: String) -> [String] {
        topLevelParts(of: Substring(text + ")")).map { part in
            let trimmed = part.drop { $0 == " " }
            let name = String(trimmed.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
            let rest = trimmed.dropFirst(name.count)
            guard rest.hasPrefix("(") else { return name }
            let labels = topLevelParts(of: rest.dropFirst()).map { payload -> String in
                let head = payload.prefix { $0 != ":" }
                return head.count == payload.count ? "_:" : "\(head.trimmingCharacters(in: .whitespaces)):"
            }
            return name + "(" + labels.joined() + ")"
        }
    }

    static func identifier(_ code: [Character], at start: Int) -> String {
        var end = start
        while end < code.count, code[end].isLetter || code[end].isNumber || code[end] == "_" { end += 1 }
        return String(code[start..<end])
    }

    /// The source with every comment and every string literal's contents replaced by spaces, newlines kept.
    static func blankingCommentsAndStrings(_ source: String) -> [Character] {
        let characters = Array(source)
        var out = characters
        var i = 0
        func blank(_ k: Int) { if out[k] != "\n" { out[k] = " " } }
        while i < characters.count {
            let c = characters[i], next: Character? = i + 1 < characters.count ? characters[i + 1] : nil
            if c == "/" && next == "/" {
                while i < characters.count && characters[i] != "\n" { blank(i); i += 1 }
            } else if c == "/" && next == "*" {
                while i + 1 < characters.count && !(characters[i] == "*" && characters[i + 1] == "/") { blank(i); i += 1 }
                if i + 1 < characters.count { blank(i); blank(i + 1); i += 2 }
            } else if c == "\"" {
                let triple = i + 2 < characters.count && characters[i + 1] == "\"" && characters[i + 2] == "\""
                i += triple ? 3 : 1
                var interpolation = 0
                while i < characters.count {
                    if characters[i] == "\\" && i + 1 < characters.count && characters[i + 1] == "(" && interpolation == 0 {
                        blank(i); blank(i + 1); i += 2; interpolation = 1; continue
                    }
                    if interpolation > 0 {
                        if characters[i] == "(" { interpolation += 1 }
                        if characters[i] == ")" { interpolation -= 1 }
                        blank(i); i += 1; continue
                    }
                    if characters[i] == "\\" { blank(i); if i + 1 < characters.count { blank(i + 1) }; i += 2; continue }
                    if triple ? (i + 2 < characters.count && characters[i] == "\"" && characters[i + 1] == "\"" && characters[i + 2] == "\"")
                              : characters[i] == "\"" {
                        i += triple ? 3 : 1
                        break
                    }
                    blank(i); i += 1
                }
            } else {
                i += 1
            }
        }
        return out
    }
}
