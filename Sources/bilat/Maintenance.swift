import ArgumentParser
import Archive
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the archive: SQLite's integrity and foreign keys, then bilat's own invariants.")

    @OptionGroup var archive: ArchiveOptions

    func run() throws {
        let opened = try archive.openForReading()
        let problems = try opened.check()
        if problems.isEmpty {
            print("\(opened.path): ok (integrity, foreign keys, \(Archive.invariantNames.count) invariants)")
            return
        }
        for problem in problems { print(problem) }
        Standard.error("Error: \(opened.path): \(problems.count) problem\(problems.count == 1 ? "" : "s") found")
        throw ExitCode.failure
    }
}

struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the archive to FILE, consistently, even while an import is writing.")

    @OptionGroup var archive: ArchiveOptions
    @Argument(help: "The copy to write; it must not exist yet.") var file: String

    func run() throws {
        if FileManager.default.fileExists(atPath: file) {
            throw CLIError("\(file): already exists; bilat backup never overwrites a file")
        }
        let opened = try archive.openForReading()
        do {
            try opened.backup(to: file)
        } catch {
            try? FileManager.default.removeItem(atPath: file)
            throw CLIError("\(file): backup failed: \(ArchiveError.explain(error))")
        }
        print("\(opened.path) copied to \(file)")
    }
}
