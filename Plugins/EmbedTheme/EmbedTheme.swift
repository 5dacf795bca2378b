import Foundation
import PackagePlugin

/// Embeds the files of the target's `Theme` folder (templates, stylesheet,
/// scripts) into it, so the built binary needs no resource bundle.
@main
struct EmbedTheme: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let folder = target.directoryURL.appendingPathComponent("Theme")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { !$0.hasPrefix(".") }.sorted()
        let files = names.map { folder.appendingPathComponent($0) }
        let tool = try context.tool(named: "embed-files")
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("Theme+Embedded.swift")
        return [.buildCommand(
            displayName: "Embedding the theme in \(target.name)",
            executable: tool.url,
            arguments: [output.path, "Theme", "group:Theme::\(folder.path)"] + files.map(\.path),
            inputFiles: files,
            outputFiles: [output])]
    }
}
