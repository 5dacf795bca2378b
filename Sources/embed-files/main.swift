import Foundation

// Writes a Swift file that holds other files' text as string literals, so the
// `lessons` binary carries its theme and the sources of the cell runtime.
// Run by the EmbedRuntime and EmbedTheme build-tool plugins, never by hand.
//
//   embed-files OUTPUT TYPE group:NAME:DEPENDENCIES:ROOT FILE... [group:… FILE…]
//
// Each group becomes one element of `TYPE.embedded`, a list of
// `(name, dependencies, files: [(path, text)])` with paths relative to ROOT.

struct Group {
    var name: String
    var dependencies: [String]
    var root: String
    var files: [String] = []
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("embed-files: \(message)\n".utf8))
    exit(1)
}

/// A raw string literal that holds `text` exactly: more `#`s than any run in the text.
func literal(_ text: String) -> String {
    var longest = 0, run = 0
    for character in text.unicodeScalars {
        run = character == "#" ? run + 1 : 0
        longest = max(longest, run)
    }
    let hashes = String(repeating: "#", count: longest + 1)
    return hashes + "\"\"\"\n" + text + "\n\"\"\"" + hashes
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2 else { fail("usage: embed-files OUTPUT TYPE group:NAME:DEPENDENCIES:ROOT FILE…") }
let (output, typeName) = (arguments[0], arguments[1])

var groups: [Group] = []
for argument in arguments.dropFirst(2) {
    if argument.hasPrefix("group:") {
        let parts = argument.dropFirst("group:".count).split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3 else { fail("bad group '\(argument)'") }
        let dependencies = parts[1].split(separator: ",").map(String.init)
        groups.append(Group(name: String(parts[0]), dependencies: dependencies, root: String(parts[2])))
    } else {
        guard !groups.isEmpty else { fail("file '\(argument)' before any group") }
        groups[groups.count - 1].files.append(argument)
    }
}

var out = "// Generated at build time by embed-files from the files it names; do not edit.\n\n"
out += "extension \(typeName) {\n"
out += "    static let embedded: [(name: String, dependencies: [String], files: [(path: String, text: String)])] = [\n"
for group in groups {
    let dependencies = group.dependencies.map { "\"\($0)\"" }.joined(separator: ", ")
    out += "        (name: \"\(group.name)\", dependencies: [\(dependencies)], files: [\n"
    let root = group.root.hasSuffix("/") ? group.root : group.root + "/"
    for file in group.files.sorted() {
        guard file.hasPrefix(root) else { fail("\(file) is not under \(root)") }
        guard let data = FileManager.default.contents(atPath: file) else { fail("cannot read \(file)") }
        guard let text = String(data: data, encoding: .utf8) else { fail("\(file) is not UTF-8") }
        out += "            (path: \"\(file.dropFirst(root.count))\", text: \(literal(text))),\n"
    }
    out += "        ]),\n"
}
out += "    ]\n}\n"

let data = Data(out.utf8)
if FileManager.default.contents(atPath: output) != data {
    do {
        try data.write(to: URL(fileURLWithPath: output), options: .atomic)
    } catch {
        fail("cannot write \(output): \(error)")
    }
}
