import ArgumentParser
import Archive
import Foundation

/// `--db`, shared by every command that reads or writes an archive.
struct ArchiveOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The archive file.",
            discussion: "Defaults to $BILAT_DB when set, else bilat.db in the current folder.",
            valueName: "path"))
    var db: String?

    /// The archive path: --db, then $BILAT_DB, then ./bilat.db.
    var path: String {
        if let db { return db }
        if let environment = ProcessInfo.processInfo.environment["BILAT_DB"], !environment.isEmpty { return environment }
        return "bilat.db"
    }

    /// Opens the archive for writing, creating and migrating it as needed.
    func openForWriting() throws -> Archive {
        try checkFolderExists()
        return try Archive.open(path: path)
    }

    /// Opens an existing archive read-only.
    func openForReading() throws -> Archive {
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError("\(path): no archive here; create one with `bilat init` or `bilat import FILES`")
        }
        return try Archive.openReadOnly(path: path)
    }

    private func checkFolderExists() throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CLIError("\(path): the folder \(folder) does not exist")
        }
    }
}
