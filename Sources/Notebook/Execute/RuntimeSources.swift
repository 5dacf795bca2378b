/// The sources of the modules cells import (`LessonKit` and every module it
/// depends on), carried inside the tool: a build-tool plugin embeds them from
/// `Sources/` at build time, so they cannot drift from what the package builds
/// and the installed binary needs no checkout.
public enum RuntimeSources {
    /// One module of the cell runtime.
    public struct Module: Sendable, Equatable {
        public var name: String
        /// Modules this one imports, all earlier in `modules`.
        public var dependencies: [String]
        /// Its Swift files, by path inside the module's folder, sorted.
        public var files: [File]
    }

    /// One source file and its text.
    public struct File: Sendable, Equatable {
        public var path: String
        public var text: String
    }

    /// The runtime's modules in build order: each after the modules it imports.
    public static let modules: [Module] = embedded.map { module in
        Module(
            name: module.name, dependencies: module.dependencies,
            files: module.files.map { File(path: $0.path, text: $0.text) })
    }
}
