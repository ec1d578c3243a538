import Archive
import CorpusGenerator
import Foundation
import Importer
import SQLiteDB
import TestSupport
import Testing

/// `Importer.importAll`: parsing ahead on background threads, results in the
/// order of the inputs, and files that cannot be read named with the reason.
@Suite struct ImportAllTests {
    let folder: TemporaryDirectory
    let archive: Archive

    init() throws {
        folder = try TemporaryDirectory()
        archive = try Archive.open(path: folder.path("import.db"))
    }

    @Test func manySmallBatchesKeepTheOrderOfTheInputs() throws {
        let inputs = SummaryTests.inputs(count: 61, seed: 11)
        let importer = Importer(archive: archive)
        importer.batchSize = 4
        var reported: [String] = []
        let summary = try importer.importAll(inputs) { result in
            switch result {
            case .imported(let location, _, _), .unchanged(let location), .failed(let location, _):
                reported.append(location)
            }
        }
        #expect(reported == inputs.map(\.location))
        #expect(summary.imported + summary.unchanged == 61 && summary.failed == 0)
        // Sources are stored in input order too.
        let stored = try archive.connection.query("SELECT location FROM source ORDER BY id") { try $0.get(0, as: String.self) }
        #expect(stored == inputs.map(\.location).filter(stored.contains))
        #expect(try archive.check().isEmpty)
    }

    @Test func aSourceTheArchiveRefusesIsReportedAndTheRestOfItsBatchIsStored() throws {
        // An index no real archive has, so that the archive refuses one source of the batch.
        let refusing = try Migration.builtIn() + [Migration(
            fileName: "0012_test_one_source_per_opening.sql",
            sql: "CREATE UNIQUE INDEX test_one_source_per_opening ON source (substr(body, 1, 300));")]
        let archive = try Archive.open(path: folder.path("refusing.db"), migrations: refusing)
        var inputs = SummaryTests.inputs(count: 4, seed: 17)
        // Document 1 again, as SummaryTests.inputs makes it, with a line more: other bytes, same opening.
        var generator = CorpusGenerator(seed: 17)
        _ = generator.document(index: 0)
        let copied = Array((generator.document(index: 1) + "\nPost-scriptum.\n").utf8)
        inputs.insert(ImportInput(location: "copy.txt") { copied }, at: 2)
        var reported: [String] = [], failures: [String: String] = [:]
        let summary = try Importer(archive: archive).importAll(inputs) { result in
            switch result {
            case .imported(let location, _, _), .unchanged(let location): reported.append(location)
            case .failed(let location, let reason): reported.append(location); failures[location] = reason
            }
        }
        #expect(reported == inputs.map(\.location))
        #expect(summary == ImportSummary(imported: 4, unchanged: 0, failed: 1))
        #expect(failures["copy.txt"]?.contains("UNIQUE constraint failed") == true)
        let stored = try archive.connection.query("SELECT location FROM source ORDER BY id") { try $0.get(0, as: String.self) }
        #expect(stored == ["doc-0.txt", "doc-1.txt", "doc-2.txt", "doc-3.txt"])
        #expect(try archive.check().isEmpty)
    }

    @Test func filesThatCannotBeReadAreNamedWithTheReason() throws {
        let good = folder.path("good.txt")
        var generator = CorpusGenerator(seed: 3)
        try Data(generator.document(index: 0).utf8).write(to: URL(fileURLWithPath: good))
        let missing = folder.path("missing.txt")
        let directory = folder.path("folder.txt")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var failures: [String: String] = [:]
        let summary = try Importer(archive: archive).importAll([.file(missing), .file(directory), .file(good)]) { result in
            if case .failed(let location, let reason) = result { failures[location] = reason }
        }
        #expect(summary == ImportSummary(imported: 1, unchanged: 0, failed: 2))
        #expect(failures[missing] == "cannot be read: no such file or directory")
        #expect(failures[directory] == "cannot be read: is a directory")
    }

    @Test func foldersAreWalkedInOrderWithWhatCannotBeReadInItsPlace() throws {
        let root = folder.url.appendingPathComponent("walk")
        let sub = root.appendingPathComponent("b")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        for name in ["c.txt", "a.html", "notes.md", ".hidden.txt"] {
            try Data("x".utf8).write(to: root.appendingPathComponent(name))
        }
        try Data("x".utf8).write(to: sub.appendingPathComponent("z.TXT"))
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("d.txt"), withDestinationURL: root.appendingPathComponent("gone"))
        let given = folder.path("given.md"), missing = folder.path("missing")
        try Data("x".utf8).write(to: URL(fileURLWithPath: given))
        // Standard input is read once, where it first appears.
        let walked = Array(SourceFiles(["-", root.path, given, "-", missing, "-"]))
        #expect(walked.map(\.location) == [
            "-", root.appendingPathComponent("a.html").path, sub.appendingPathComponent("z.TXT").path,
            root.appendingPathComponent("c.txt").path, root.appendingPathComponent("d.txt").path,
            given, missing,
        ])
        func failure(_ input: ImportInput) -> String? {
            do { _ = try Importer(archive: archive).prepare(input) } catch { return (error as? ImportFailure)?.description }
            return nil
        }
        #expect(failure(walked[4]) == "broken link")
        #expect(failure(walked[6]) == "no such file or folder")
    }

    /// Inputs are read as the parsers reach them, at most two batches and a
    /// chunk per parser ahead of the writer: a folder of a million files is
    /// never listed whole in memory.
    @Test func inputsAreReadAsTheImportReachesThem() throws {
        final class Counted: Sequence, @unchecked Sendable {
            let inputs: [ImportInput]
            let lock = NSLock()
            private var read = 0
            var count: Int { lock.withLock { read } }
            init(_ inputs: [ImportInput]) { self.inputs = inputs }
            func makeIterator() -> AnyIterator<ImportInput> {
                var iterator = inputs.makeIterator()
                return AnyIterator { [self] in
                    lock.withLock { read += 1 }
                    return iterator.next()
                }
            }
        }
        let inputs = Counted(SummaryTests.inputs(count: 120, seed: 13))
        let importer = Importer(archive: archive)
        importer.batchSize = 4
        var readWhenReported: [Int] = []
        let summary = try importer.importAll(inputs) { _ in readWhenReported.append(inputs.count) }
        #expect(summary.imported + summary.unchanged == 120)
        let parsers = ProcessInfo.processInfo.activeProcessorCount
        for (index, read) in readWhenReported.enumerated() {
            // Source `index` is reported once its batch of 4 is stored.
            let taken = (index / 4 + 1) * 4
            #expect(read <= min(taken + 2 * 4 + 8 * parsers, 121), "source \(index): \(read) inputs read")
        }
        #expect(readWhenReported.first! < 120)
    }

    @Test func aFileIsReadWhole() throws {
        // Larger than any single read would need to be, and not a multiple of a page.
        let text = String(repeating: "La Chine et le Kazakhstan. ", count: 20_000) + "Fin."
        let path = folder.path("long.txt")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let source = try Importer(archive: archive).prepare(.file(path))
        #expect(source.body.utf8.count == text.utf8.count)
    }
}

extension ImportAllTests {
    /// The log is checkpointed by the import's own checkpointer thread: after
    /// an import the database file alone, without its log, holds every
    /// source, and the writer's automatic checkpoint is back at SQLite's default.
    @Test func anImportLeavesTheLogCheckpointed() throws {
        let importer = Importer(archive: archive)
        importer.batchSize = 16
        _ = try importer.importAll(SummaryTests.inputs(count: 80, seed: 7))
        #expect(try archive.connection.scalar("PRAGMA wal_autocheckpoint", as: Int.self) == 1000)
        let stored = try archive.connection.scalar("SELECT count(*) FROM source", as: Int.self)
        #expect(stored == 80)
        // The database file without its log: what a checkpoint has copied, and only that.
        let copy = folder.path("copy.db")
        try FileManager.default.copyItem(atPath: archive.path, toPath: copy)
        let alone = try Connection(path: copy, mode: .readOnly)
        #expect(try alone.scalar("SELECT count(*) FROM source", as: Int.self) == stored)
    }

    /// When the import's archive is closed, the log is gone (SQLite checkpoints and
    /// removes it as its last connection closes), so the next command need not read it.
    @Test func closingTheArchiveAfterAnImportRemovesTheLog() throws {
        let path = folder.path("closed.db")
        do {
            let closing = try Archive.open(path: path)
            _ = try Importer(archive: closing).importAll(SummaryTests.inputs(count: 40, seed: 9))
            #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        }
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }
}
