import Foundation
import PackagePlugin

/// Generates Swift source from SQL files: for the Archive target from the
/// top-level `Migrations/` folder (the only source of truth for the schema),
/// for the Reports target from the top-level `reports/` folder.
@main
struct EmbedMigrations: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let (kind, folder) = target.name == "Reports" ? ("reports", "reports") : ("migrations", "Migrations")
        let directory = context.package.directoryURL.appending(path: folder)
        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "sql" }
        let output = context.pluginWorkDirectoryURL.appending(path: "Embedded-\(kind).swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) \(kind)",
                executable: try context.tool(named: "embed-migrations").url,
                arguments: [kind, directory.path, output.path],
                inputFiles: files + [directory],
                outputFiles: [output]
            ),
        ]
    }
}
