import Foundation
import PackagePlugin

/// Generates `EmbeddedMigrations.swift` from the top-level `Migrations/` folder,
/// which stays the only source of truth for the schema.
@main
struct EmbedMigrations: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let migrations = context.package.directoryURL.appending(path: "Migrations")
        let files = try FileManager.default.contentsOfDirectory(at: migrations, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "sql" }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedMigrations.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) migrations",
                executable: try context.tool(named: "embed-migrations").url,
                arguments: [migrations.path, output.path],
                inputFiles: files + [migrations],
                outputFiles: [output]
            ),
        ]
    }
}
