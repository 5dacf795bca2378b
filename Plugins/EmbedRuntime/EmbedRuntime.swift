import Foundation
import PackagePlugin

/// Embeds the sources of the modules cells import — `LessonKit` and every
/// module it depends on, in build order — into the target it is applied to.
///
/// The list is derived from Package.swift, so a module added to LessonKit's
/// dependencies is embedded and compiled for cells without further change.
@main
struct EmbedRuntime: BuildToolPlugin {
    static let root = "LessonKit"

    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let lessonKit = context.package.targets.first(where: { $0.name == Self.root }) else {
            throw PluginError("no target named \(Self.root)")
        }
        var ordered: [Target] = []
        func visit(_ target: Target) {
            guard !ordered.contains(where: { $0.id == target.id }) else { return }
            for case .target(let dependency) in target.dependencies { visit(dependency) }
            ordered.append(target)
        }
        visit(lessonKit)

        var arguments: [String] = []
        var inputs: [URL] = []
        for module in ordered {
            guard let sources = module as? SourceModuleTarget else { continue }
            let dependencies = module.dependencies.compactMap { dependency -> String? in
                if case .target(let target) = dependency { return target.name }
                return nil
            }
            arguments.append("group:\(module.name):\(dependencies.joined(separator: ",")):\(module.directoryURL.path)")
            let files = sources.sourceFiles.filter { $0.url.pathExtension == "swift" }.map(\.url)
            arguments += files.map(\.path)
            inputs += files
        }
        let tool = try context.tool(named: "embed-files")
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("RuntimeSources+Embedded.swift")
        return [.buildCommand(
            displayName: "Embedding the cell runtime's sources in \(target.name)",
            executable: tool.url,
            arguments: [output.path, "RuntimeSources"] + arguments,
            inputFiles: inputs,
            outputFiles: [output])]
    }
}

struct PluginError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
