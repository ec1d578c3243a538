import Foundation
import SQLiteDB
import TestSupport
import Testing

/// The benchmark's C baseline must write what it claims — every row and a
/// complete search index — or its figure is not SQLite's limit for bilat's data.
@Suite struct BaselineTests {
    let folder: TemporaryDirectory
    init() throws { folder = try TemporaryDirectory() }

    static let baselineBinary = bilatBinary.deletingLastPathComponent().appendingPathComponent("bench-baseline")

    @Test func baselineInsertsEveryRowAndIndexesThem() throws {
        #expect(try bilat(["init", "--db", "base.db"], in: folder.url).status == 0)
        let sha = { (c: Character) in String(repeating: c, count: 64) }
        let rows = [
            "S\t\(sha("a"))\ta.txt\tfr\tWang Yi rencontre Murat Nurtleu\t\tLe corridor\\ntranscaspien.\t2025-04-25\tAlmaty\ttalks",
            "N\tCN", "N\tKZ",
            "P\tWang Yi\tCN\tministre", "P\tMurat Nurtleu\tKZ\tministre",
            "T\tWang Yi\tLes échanges bilatéraux progressent.",
            "C\tdoubler le commerce\ttrade\ttrade-doubling\t2030",
            "D\tun mémorandum\tmemorandum",
            "F\t43,8 milliards de dollars\t43.8\tbillion USD\t2024\tLe commerce a atteint 43,8 milliards de dollars.",
            "S\t\(sha("b"))\tb.txt\ten\tWang Yi meets Murat Nurtleu\t\tTrade grew.\t2025-05-01\t\tphone_call",
            "P\tWang Yi\tCN\tminister",
            "T\tWang Yi\tTrade grew steadily.",
        ].joined(separator: "\n") + "\n"
        try rows.write(toFile: folder.path("rows.tsv"), atomically: true, encoding: .utf8)
        let run = try bilat([folder.path("base.db"), folder.path("rows.tsv")], in: folder.url, binary: Self.baselineBinary)
        #expect(run.status == 0, "\(run.stderr)")

        let db = try Connection(path: folder.path("base.db"))
        let count = { (table: String) in try db.scalar("SELECT count(*) FROM \(table)", as: Int.self) }
        #expect(try count("source") == 2)
        #expect(try count("meeting") == 2)
        #expect(try count("meeting_country") == 2)
        #expect(try count("person") == 2)
        #expect(try count("participation") == 3)
        #expect(try count("statement") == 2)
        #expect(try count("commitment") == 1)
        #expect(try count("signed_document") == 1)
        #expect(try count("figure") == 1)
        #expect(try count("search_index_pending") == 0)
        let matches = { (table: String, query: String) in
            try db.scalar("SELECT count(*) FROM \(table) WHERE \(table) MATCH ?", [query], as: Int.self)
        }
        #expect(try matches("source_fts", "transcaspien") == 1)
        #expect(try matches("statement_fts", "echanges") == 1)
        #expect(try matches("statement_fts", "steadily") == 1)
        try verifySearchIndex(db)
    }
}
