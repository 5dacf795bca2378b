import Notebook
import Resolve

/// "Run it yourself": a lesson as a Swift package that builds offline with
/// nothing to resolve — its cells as `Sources/<Name>/main.swift` (see
/// `LessonMain`), and the sources of the modules cells import, the same the
/// tool carries and compiles for the site, as local targets. The files the
/// lesson declares (`files:`) come along, at their paths from the lesson's
/// folder, since `swift run` runs in the package's folder.
struct LessonPackage: Sendable, Equatable {
    /// What the archive unpacks to: the page's name (`05-surrogate-losses`).
    var folder: String
    /// The executable target (`SurrogateLosses`).
    var target: String
    /// Paths inside `folder`, in the order the archive lists them.
    var files: [(path: String, contents: [UInt8])]

    /// Where a lesson's download goes in the site: beside its page.
    static func path(of lesson: Lesson) -> String {
        String(SitePaths.page(of: lesson.source).dropLast(".html".count)) + ".zip"
    }

    /// Whether the lesson has a cell to run, and so a download.
    static func offers(_ lesson: Lesson) -> Bool {
        lesson.cells.contains { $0.options.eval }
    }

    init(
        lesson: Lesson, run: LessonRun?, courseTitle: String, courseFiles: [CourseFile],
        modules: [RuntimeSources.Module] = RuntimeSources.modules
    ) {
        folder = String(Self.path(of: lesson).split(separator: "/").last!.dropLast(".zip".count))
        target = Self.targetName(folder, avoiding: modules.map(\.name))
        let file = lesson.source.relativePath.split(separator: "/").last.map(String.init) ?? lesson.source.relativePath
        let origin = (lesson.number.isEmpty ? "A lesson" : "Lesson \(lesson.number)") + " of \(Self.oneLine(courseTitle)), from \(file)."
        let introduction = [
            Self.oneLine(lesson.title),
            origin,
            "",
            "The lesson's cells in order, as one program: `swift run` prints what",
            "its page shows under them, tables and plots in their text form",
            "(`swift run -c release` runs long lessons faster). `_display(x)` shows",
            "the value of a cell's last expression, as the page does.",
        ]
        var files: [(path: String, contents: [UInt8])] = [
            ("Package.swift", Array(Self.manifest(name: folder, target: target, origin: origin, modules: modules).utf8)),
            ("Sources/\(target)/main.swift", Array(LessonMain.source(lesson: lesson, run: run, introduction: introduction).utf8)),
        ]
        for module in modules {
            files += module.files.map { ("Sources/\(module.name)/\($0.path)", Array($0.text.utf8)) }
        }
        files += Self.declaredFiles(of: lesson, among: courseFiles)
        self.files = files
    }

    static func == (a: LessonPackage, b: LessonPackage) -> Bool {
        a.folder == b.folder && a.target == b.target && a.files.count == b.files.count
            && Swift.zip(a.files, b.files).allSatisfy { $0.path == $1.path && $0.contents == $1.contents }
    }

    /// The archive: every file under `folder/`.
    func zip() throws -> [UInt8] {
        try ZipArchive.bytes(files.map { (folder + "/" + $0.path, $0.contents) })
    }

    /// `Package.swift`: the runtime's modules as local targets, in build order, and the lesson's executable.
    static func manifest(name: String, target: String, origin: String, modules: [RuntimeSources.Module]) -> String {
        let targets = modules.map { module in
            let dependencies = module.dependencies.map { "\"\($0)\"" }.joined(separator: ", ")
            return module.dependencies.isEmpty
                ? "        .target(name: \"\(module.name)\"),\n"
                : "        .target(name: \"\(module.name)\", dependencies: [\(dependencies)]),\n"
        }.joined()
        let quotedName = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return """
            // swift-tools-version: 6.0
            // \(origin)
            // `swift run` builds it and prints what the lesson's page shows. The modules
            // its cells import are here as sources, so it builds offline.
            import PackageDescription

            let package = Package(
                name: "\(quotedName)",
                platforms: [.macOS(.v15)],
                targets: [
            \(targets)        // The lesson's cells, compiled in Swift 5 mode as the site compiles them.
                    .executableTarget(
                        name: "\(target)", dependencies: ["LessonKit"],
                        swiftSettings: [.swiftLanguageMode(.v5)]),
                ],
                swiftLanguageModes: [.v6]
            )

            """
    }

    /// `05-surrogate-losses` → `SurrogateLosses`: a Swift name of ASCII letters
    /// and digits that no runtime module has, starting with a letter.
    static func targetName(_ folder: String, avoiding taken: [String]) -> String {
        let words = folder.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        var name = words.drop { $0.allSatisfy(\.isNumber) }.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        if name.isEmpty || name.first!.isNumber { name = "Lesson" + name }
        while taken.contains(name) || ["PackageDescription", "Foundation", "Swift", "Glibc", "Darwin"].contains(name) {
            name += "Lesson"
        }
        return name
    }

    /// The course files the lesson names in `files:` (front matter or cells),
    /// at their paths from the lesson's folder; files outside that folder are left out.
    static func declaredFiles(of lesson: Lesson, among courseFiles: [CourseFile]) -> [(path: String, contents: [UInt8])] {
        let folder = lesson.source.relativeFolder
        let declared = lesson.frontMatter.files + lesson.cells.flatMap(\.options.files)
        let roots = declared.compactMap { SitePaths.join(folder, $0) }.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        let prefix = folder.isEmpty ? "" : folder + "/"
        return courseFiles
            .filter { file in
                file.relativePath.hasPrefix(prefix)
                    && roots.contains { file.relativePath == $0 || file.relativePath.hasPrefix($0 + "/") }
            }
            .sorted { $0.relativePath < $1.relativePath }
            .map { (String($0.relativePath.dropFirst(prefix.count)), $0.contents) }
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
