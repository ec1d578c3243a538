import Archive
import CorpusGenerator
import Foundation
import Importer
import SQLiteDB
import TestSupport
import Testing

/// Thousands of generated bad or odd inputs: none crashes or hangs, each is
/// imported or refused with a reason, and nothing else in the archive changes.
/// BILAT_FUZZ_INPUTS sets how many (default 3000, under a minute in a debug build).
@Suite struct FuzzTests {
    static let inputCount = ProcessInfo.processInfo.environment["BILAT_FUZZ_INPUTS"].flatMap(Int.init) ?? 3000

    /// Every kind of odd input, derived from a real readout and from noise.
    static func inputs(count: Int, seed: UInt64) throws -> [(name: String, bytes: [UInt8])] {
        var random = SplitMix64(seed: seed)
        let real = try Array(Data(contentsOf: packageRoot.appendingPathComponent("data/seed-000.txt")))
        let realText = String(decoding: real, as: UTF8.self)
        var generator = CorpusGenerator(seed: seed)
        var inputs: [(String, [UInt8])] = [
            ("empty", []),
            ("whitespace", Array("  \n\n\t \n".utf8)),
            ("bom", [0xEF, 0xBB, 0xBF] + real),
            ("crlf", Array(realText.replacingOccurrences(of: "\n", with: "\r\n").utf8)),
            ("cr", Array(realText.replacingOccurrences(of: "\n", with: "\r").utf8)),
            ("latin1", realText.unicodeScalars.map { $0.value < 256 ? UInt8($0.value) : 0x3F }),
            ("10MB single line", [UInt8](repeating: 0x61, count: 10_000_000)),
            ("1.9MB single line", Array(String(repeating: "Wang Yi a dit que la Chine. ", count: 68_000).utf8)),
            ("100k tiny paragraphs", Array(String(repeating: "Le.\n\n", count: 100_000).utf8)),
            ("html without body", Array("<html><head><title>Titre seul</title><script>var x = 1;</script></head></html>".utf8)),
            ("html only scripts", Array("<!DOCTYPE html><html><body><script>alert(1)</script><style>p{}</style></body></html>".utf8)),
            ("html unclosed", Array("<html><body><p>Le 3 juillet 2024, Xi Jinping a rencontré <b>Kassym-Jomart Tokaïev<p>à Astana <div>".utf8)),
            ("nul inside", Array("Titre\n\nUn texte avec un \u{0} au milieu qui est long assez pour un corps.".utf8)),
        ]
        while inputs.count < count {
            let index = inputs.count
            switch random.next() % 6 {
            case 0:  // random bytes
                inputs.append(("random-\(index)", (0..<Int(random.next() % 4096)).map { _ in UInt8(truncatingIfNeeded: random.next()) }))
            case 1:  // a real text cut anywhere, often inside a multi-byte character
                inputs.append(("truncated-\(index)", Array(real.prefix(Int(random.next() % UInt64(real.count))))))
            case 2:  // a real text with bytes flipped, inserted and deleted
                var bytes = real
                for _ in 0..<(1 + Int(random.next() % 20)) {
                    let position = Int(random.next() % UInt64(bytes.count))
                    switch random.next() % 3 {
                    case 0: bytes[position] = UInt8(truncatingIfNeeded: random.next())
                    case 1: bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: position)
                    default: bytes.remove(at: position)
                    }
                }
                inputs.append(("mutated-\(index)", bytes))
            case 3:  // a synthetic readout, whole
                inputs.append(("generated-\(index)", Array(generator.document(index: index).utf8)))
            case 4:  // a synthetic readout with its lines shuffled
                var lines = generator.document(index: index).split(separator: "\n", omittingEmptySubsequences: false)
                for i in lines.indices.reversed() { lines.swapAt(i, Int(random.next() % UInt64(i + 1))) }
                inputs.append(("shuffled-\(index)", Array(lines.joined(separator: "\n").utf8)))
            default:  // markup soup
                let tags = ["<p>", "</p>", "<div>", "<script>", "</script>", "<b>", "&amp;", "&#x0;", "<!--", "-->", "<br/>", "Le 1er mai 2024", "Wang Yi"]
                let soup = (0..<Int(random.next() % 200)).map { _ in tags[Int(random.next() % UInt64(tags.count))] }.joined(separator: " ")
                inputs.append(("soup-\(index).html", Array(("<html><body>" + soup).utf8)))
            }
        }
        return inputs
    }

    /// The rows that came from data/, to prove a fuzz run leaves them alone. A fuzzed copy of a
    /// seed may be a second readout of the same meeting and join it, so meeting-wide aggregates
    /// (participants, number of sources) may grow; the seed's own rows and the meeting row may not.
    func snapshot(_ archive: Archive) throws -> [[DatabaseValue]] {
        let seeds = "(SELECT id FROM source WHERE location LIKE '%seed-%')"
        let queries = [
            "SELECT id, location, sha256, language, title, published_at, body, imported_at, meeting_id FROM source WHERE id IN \(seeds) ORDER BY id",
            "SELECT id, date, kind, place, title FROM meeting WHERE id IN (SELECT meeting_id FROM source WHERE id IN \(seeds)) ORDER BY id",
            "SELECT pa.source_id, p.name, p.country_code, pa.role FROM participation pa JOIN person p ON p.id = pa.person_id WHERE pa.source_id IN \(seeds) ORDER BY 1, 2",
            "SELECT * FROM v_statements WHERE source_id IN \(seeds) ORDER BY 1",
            "SELECT * FROM v_commitments WHERE source_id IN \(seeds) ORDER BY 1",
            "SELECT * FROM v_documents WHERE source_id IN \(seeds) ORDER BY 1",
        ]
        return try queries.flatMap { sql in try archive.connection.query(sql) { $0.values } }
    }

    @Test(.timeLimit(.minutes(5)))
    func oddInputsNeverCrashHangOrTouchOtherSources() throws {
        let folder = try TemporaryDirectory()
        let archive = try Archive.open(path: folder.path("fuzz.db"))
        let importer = Importer(archive: archive)
        let seeds = SourceFiles([packageRoot.appendingPathComponent("data").path])
        #expect(try importer.importAll(seeds).imported == 2)
        let before = try snapshot(archive)

        let inputs = try Self.inputs(count: Self.inputCount, seed: 20_261_123)
        var failures: [String: String] = [:]
        let summary = try importer.importAll(inputs.map { input in
            let bytes = input.bytes
            return ImportInput(location: input.name) { bytes }
        }) { result in
            if case .failed(let location, let reason) = result { failures[location] = reason }
        }
        print("fuzz: \(inputs.count) inputs tried: \(summary.imported) imported, \(summary.unchanged) unchanged, \(summary.failed) refused with a reason")

        #expect(summary.imported + summary.unchanged + summary.failed == inputs.count)
        #expect(failures.values.allSatisfy { !$0.isEmpty })
        #expect(failures["empty"] == "the file is empty")
        #expect(failures["whitespace"] == "the file is empty")
        #expect(failures["10MB single line"]?.contains("10 MB") == true)
        #expect(failures["nul inside"] == "the file is binary, not text")
        #expect(failures["html only scripts"]?.contains("no recognisable body") == true)
        #expect(failures["bom"] == nil && failures["crlf"] == nil && failures["cr"] == nil && failures["latin1"] == nil)
        #expect(try snapshot(archive) == before)
        #expect(try archive.check() == [])
    }

    @Test func folderWithASymlinkLoopIsWalkedOnce() throws {
        let folder = try TemporaryDirectory()
        let inner = folder.url.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        try Data("Titre\n\nUn paragraphe de texte assez long pour être un corps de communiqué.".utf8)
            .write(to: inner.appendingPathComponent("one.txt"))
        try FileManager.default.createSymbolicLink(
            at: inner.appendingPathComponent("loop"), withDestinationURL: folder.url.appendingPathComponent("a"))
        let collected = Array(SourceFiles([folder.url.appendingPathComponent("a").path]))
        #expect(collected.map { URL(fileURLWithPath: $0.location).lastPathComponent } == ["one.txt"])
    }
}
