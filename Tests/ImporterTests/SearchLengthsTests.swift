import Archive
import Importer
import SQLiteDB
import TestSupport
import Testing

/// The packed lengths of migration 0010 follow the search index through import
/// batches and hand edits, and `bilat check` finds blocks that do not.
@Suite struct SearchLengthsTests {
    let folder: TemporaryDirectory

    init() throws {
        folder = try TemporaryDirectory()
    }

    func blocks(_ archive: Archive, _ table: String) throws -> [Int64] {
        try archive.connection.query("SELECT block FROM \(table) ORDER BY block") { try $0.get(0) }
    }

    func staleBlocks(_ archive: Archive) throws -> [Int64] {
        try [Archive.statementLengths, Archive.sourceLengths].flatMap { try archive.connection.staleBlocks(of: $0) }
    }

    @Test func importBatchesCountTheBlocksOfWhatTheyIndex() throws {
        let archive = try Archive.open(path: folder.path("a.db"))
        try SummaryTests.importInBatches(SummaryTests.inputs(count: 300), into: archive, batch: 41)
        let statements = try #require(try archive.connection.scalar("SELECT max(id) FROM statement", as: Int64.self))
        #expect(statements >= 1024, "the statements span more than one block")
        #expect(try blocks(archive, "statement_lengths") == Array(0...(statements >> 10)))
        #expect(try blocks(archive, "source_lengths") == [0])
        #expect(try staleBlocks(archive) == [])
        #expect(try archive.check() == [])
    }

    @Test func handEditsDropTheirBlocksAndTheNextWriterCountsThemAgain() throws {
        let path = folder.path("a.db")
        do {
            let archive = try Archive.open(path: path)
            try SummaryTests.importInBatches(SummaryTests.inputs(count: 300), into: archive, batch: 300)
        }
        // As sqlite3 would: no import batch, so the triggers index the rows one by one.
        let hand = try Connection(path: path)
        try hand.execute("UPDATE statement SET text = text || ' and more words' WHERE id = 5")
        try hand.execute("DELETE FROM statement WHERE id = 1500")
        try hand.execute("UPDATE source SET body = body || ' more' WHERE id = 3")
        let readOnly = try Archive.openReadOnly(path: path)
        #expect(try blocks(readOnly, "statement_lengths").contains(0) == false)
        #expect(try blocks(readOnly, "statement_lengths").contains(1) == false)
        #expect(try blocks(readOnly, "source_lengths") == [])
        // A missing block is slower, not wrong. (Deleting a statement by hand does put the report summaries out.)
        #expect(try readOnly.check().filter { $0.check.contains("search") } == [])
        let reopened = try Archive.open(path: path)
        #expect(try blocks(reopened, "statement_lengths").prefix(2) == [0, 1])
        #expect(try blocks(reopened, "source_lengths") == [0])
        #expect(try staleBlocks(reopened) == [])
        // A row added by hand is not known to its block, which was counted before it: FTS5 gives its length.
        try hand.execute("INSERT INTO statement (source_id, person_id, position, text) SELECT source_id, person_id, 99, 'Added by hand.' FROM statement WHERE id = 7")
        let added = try #require(try hand.scalar("SELECT id FROM statement WHERE text = 'Added by hand.'", as: Int64.self))
        let block = try #require(try hand.scalar(
            "SELECT lengths FROM statement_lengths WHERE block = ?", [added >> 10], as: [UInt8].self))
        let slot = Int(added & 1023) * 2
        #expect(block[slot] == 0xFF && block[slot + 1] == 0xFF)
        #expect(try staleBlocks(reopened) == [])
    }

    @Test func checkFindsABlockThatDiffersFromTheIndex() throws {
        let archive = try Archive.open(path: folder.path("a.db"))
        try SummaryTests.importInBatches(SummaryTests.inputs(count: 20), into: archive, batch: 20)
        try archive.connection.execute("UPDATE statement_lengths SET lengths = zeroblob(2048) WHERE block = 0")
        let problems = try archive.check()
        #expect(problems.map(\.check) == ["search lengths match the search index"])
        #expect(problems.first?.detail.contains("statement_lengths block 0") == true)
    }
}
