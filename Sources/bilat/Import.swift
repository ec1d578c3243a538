import ArgumentParser
import Archive
import Foundation
import Importer

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import press releases (.txt, .html) into the archive.",
        discussion: """
            Each source is imported atomically: all its rows or none. A source whose exact \
            content is already in the archive is left as it is. Sources that cannot be read \
            are reported, one line each, and skipped; the exit status is then 1.
            """
    )

    @OptionGroup var archive: ArchiveOptions

    @Argument(help: "Files, folders (searched recursively for .txt, .html, .htm), or - for standard input.")
    var paths: [String]

    @Flag(name: .shortAndLong, help: "Print one line per source.")
    var verbose = false

    @Flag(help: "Never show the progress bar.")
    var noProgress = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder to import, or - for standard input") }
    }

    func run() throws {
        let inputs = SourceFiles(paths)
        let opened = try archive.openForWriting()
        let importer = Importer(archive: opened)
        // The bar needs the total: the folders are walked once more for it, when it is shown.
        let showsProgress = !noProgress && Standard.isErrorTerminal
        let total = showsProgress ? inputs.reduce(0) { count, _ in count + 1 } : 0
        let progress = ProgressBar(total: total, isEnabled: showsProgress && total > 20)
        var done = 0
        let summary = try importer.importAll(inputs) { result in
            done += 1
            switch result {
            case .failed(let location, let reason):
                progress.clear()
                Standard.error("Error: \(location): \(reason)")
            case .imported(let location, let meetingID, let isNew) where verbose:
                progress.clear()
                print("imported  \(location) (meeting \(meetingID)\(isNew ? "" : ", another source of it"))")
            case .unchanged(let location) where verbose:
                progress.clear()
                print("unchanged \(location) (already in the archive)")
            default:
                break
            }
            progress.update(done)
        }
        progress.finish()
        print("\(summary.imported) imported, \(summary.unchanged) unchanged (already in the archive), \(summary.failed) failed")
        if summary.failed > 0 { throw ExitCode.failure }
    }
}
