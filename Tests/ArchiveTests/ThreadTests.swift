import Archive
import SQLiteDB
import TestSupport
import Testing

@Suite struct ThreadTests {
    let folder: TemporaryDirectory
    let archive: Archive

    init() throws {
        folder = try TemporaryDirectory()
        archive = try Archive.open(path: folder.path("threads.db"))
    }

    static let catalogue = """
        # id\ttopic\ttitle\tfr\ten
        trade-doubling\ttrade\tDouble bilateral trade\tdoubl* commerc*; doubl* echanges\tdoubl* trade\tcn-kz-trade\t2023\t2\t\t2030
        visa-exemption\tculture\tMutual visa exemption\texemption* visa*\tvisa exemption; visa-free
        """

    func source(_ sha: Character, commitments: [(String, String?)], date: String = "2025-04-25") -> NewSource {
        NewSource(
            location: "mem://\(sha)", sha256: String(repeating: sha, count: 64), language: "fr", title: "T",
            publishedAt: nil, body: "Corps", meeting: NewMeeting(date: date, place: nil, kind: "talks", countries: ["CN", "KZ"]),
            participants: [NewParticipant(name: "Wang Yi", country: "CN", role: nil)], statements: [],
            commitments: commitments.map {
                NewCommitment(text: $0.0, topic: "trade", thread: $0.1, threadTitle: nil, target: nil, deadline: nil)
            },
            documents: [])
    }

    func threadOf(_ text: String) throws -> String? {
        try archive.connection.scalar("SELECT thread_id FROM commitment WHERE text = ? LIMIT 1", [text], as: String.self)
    }

    @Test func wordingsMatchAcrossLanguagesCaseAndAccents() {
        func matches(_ pattern: String, _ text: String) -> Bool { Wording.matches(pattern, words: Wording.words(text)) }
        #expect(matches("doubl* echanges", "l'objectif de doublement du volume des ÉCHANGES bilatéraux"))
        #expect(matches("doubl* commerc*", "ont fixé un nouvel objectif de doubler leur commerce bilatéral"))
        #expect(matches("doubl* trade", "a new goal of doubling bilateral trade as soon as possible"))
        #expect(matches("visa-free", "a visa-free regime"))
        #expect(!matches("doubl* trade", "expand bilateral trade"))
        #expect(!matches("", "anything"))
    }

    @Test func catalogueErrorsNameTheLine() throws {
        #expect(throws: InputError("threads.tsv:2: thread id 'Bad Id' must be lower-case letters, digits and dashes")) {
            try ThreadCatalogue.parse("# header\nBad Id\ttrade\tT\tx\ty", file: "threads.tsv")
        }
        #expect(throws: InputError.self) { try ThreadCatalogue.parse("a\tb", file: "t.tsv") }
        #expect(throws: InputError.self) { try ThreadCatalogue.parse("a\tt\tT\tx\ty\tseries\t2023\t\t\t2030", file: "t.tsv") }
        let entries = try ThreadCatalogue.parse(Self.catalogue, file: "t.tsv")
        #expect(entries.map(\.id) == ["trade-doubling", "visa-exemption"])
        #expect(entries[0].target == ThreadTarget(series: "cn-kz-trade", baselinePeriod: "2023", factor: 2, value: nil, deadline: "2030"))
        #expect(entries[1].wordings["en"] == ["visa exemption", "visa-free"])
    }

    @Test func targetCountriesAreReadAsOneKey() throws {
        #expect(Countries.key("KZ-CN") == "CN-KZ")
        #expect(Countries.key("cn, kz") == "CN-KZ")
        #expect(Countries.key("UZ") == "UZ")
        #expect(Countries.key("CHN-KZ") == nil)
        #expect(Countries.key(" ") == nil)
        let entries = try ThreadCatalogue.parse("t\ttrade\tT\tx\ty\ts\t2023\t2\t\t2030\tkz-cn", file: "t.tsv")
        #expect(entries[0].target?.countries == "CN-KZ")
        #expect(throws: InputError("t.tsv:1: target countries 'China' must be ISO codes such as CN-KZ")) {
            try ThreadCatalogue.parse("t\ttrade\tT\tx\ty\ts\t2023\t2\t\t2030\tChina", file: "t.tsv")
        }
        try archive.loadCatalogue(entries)
        #expect(try archive.connection.scalar("SELECT countries FROM thread_target WHERE thread_id = 't'", as: String.self) == "CN-KZ")
    }

    @Test func loadingTheCatalogueLinksExistingCommitments() throws {
        _ = try archive.store(source("a", commitments: [("les deux pays doubleront leurs échanges", nil), ("autre chose", nil)]), importedAt: "t")
        let linked = try archive.loadCatalogue(ThreadCatalogue.parse(Self.catalogue, file: "t.tsv"))
        #expect(linked == 1)
        #expect(try threadOf("les deux pays doubleront leurs échanges") == "trade-doubling")
        #expect(try threadOf("autre chose") == nil)
        // New imports are matched on the way in.
        _ = try archive.store(source("b", commitments: [("a visa-free regime", nil)]), importedAt: "t")
        #expect(try threadOf("a visa-free regime") == "visa-exemption")
    }

    @Test func linkAndUnlinkSurviveReimport() throws {
        try archive.loadCatalogue(ThreadCatalogue.parse(Self.catalogue, file: "t.tsv"))
        _ = try archive.store(source("a", commitments: [("ouvrir un atelier", nil), ("doubler le commerce", nil)]), importedAt: "t")
        let first = try #require(try archive.connection.scalar("SELECT id FROM commitment WHERE text = 'ouvrir un atelier'", as: Int64.self))
        let second = try #require(try archive.connection.scalar("SELECT id FROM commitment WHERE text = 'doubler le commerce'", as: Int64.self))
        try archive.link(commitment: first, to: "visa-exemption")
        try archive.unlink(commitment: second)
        #expect(try threadOf("ouvrir un atelier") == "visa-exemption")
        #expect(try threadOf("doubler le commerce") == nil)
        // The same sentences in a new source (another readout, a corrected file) keep the edits.
        _ = try archive.store(source("b", commitments: [("ouvrir un atelier", nil), ("doubler le commerce", "trade-doubling")]), importedAt: "t")
        #expect(try archive.connection.query("SELECT thread_id FROM commitment WHERE text = 'ouvrir un atelier'") { $0[0] }
            == [.text("visa-exemption"), .text("visa-exemption")])
        #expect(try archive.connection.query("SELECT thread_id FROM commitment WHERE text = 'doubler le commerce'") { $0[0] }
            == [.null, .null])
    }

    @Test func mergeAndRenameRedirectLaterImports() throws {
        try archive.loadCatalogue(ThreadCatalogue.parse(Self.catalogue, file: "t.tsv"))
        _ = try archive.store(source("a", commitments: [("x", "visa-free-travel")]), importedAt: "t")
        try archive.merge(thread: "visa-free-travel", into: "visa-exemption")
        #expect(try threadOf("x") == "visa-exemption")
        #expect(!(try archive.threadIDs().contains("visa-free-travel")))
        _ = try archive.store(source("b", commitments: [("y", "visa-free-travel")]), importedAt: "t")
        #expect(try threadOf("y") == "visa-exemption")

        try archive.rename(thread: "visa-exemption", to: "visas")
        #expect(try threadOf("x") == "visas")
        _ = try archive.store(source("c", commitments: [("z", "visa-exemption")]), importedAt: "t")
        #expect(try threadOf("z") == "visas")
        // An alias made before the rename follows it too.
        _ = try archive.store(source("d", commitments: [("w", "visa-free-travel")]), importedAt: "t")
        #expect(try threadOf("w") == "visas")
        #expect(try archive.check() == [])
    }

    @Test func editsOfUnknownThreadsSuggest() throws {
        try archive.loadCatalogue(ThreadCatalogue.parse(Self.catalogue, file: "t.tsv"))
        let error = try #require(throws: InputError.self) { try archive.merge(thread: "trade-dubling", into: "visa-exemption") }
        #expect(error.description.contains("did you mean 'trade-doubling'"))
    }
}

@Suite struct IndicatorTests {
    let folder: TemporaryDirectory
    let archive: Archive

    init() throws {
        folder = try TemporaryDirectory()
        archive = try Archive.open(path: folder.path("indicators.db"))
    }

    func values() throws -> Int { try archive.connection.scalar("SELECT count(*) FROM indicator_value", as: Int.self) ?? -1 }

    @Test func importsACSVWithQuotedSources() throws {
        let csv = "series,period,value,unit,source\ncn-kz-trade,2023,41.0,billion USD,\"China Daily, 2024-07-03: \"\"$41 billion\"\"\"\ncn-kz-trade,2025-H1,\"21,8\",billion USD,La Gazette\n"
        #expect(try archive.importObservations(csv: csv, file: "t.csv") == 2)
        #expect(try archive.connection.scalar("SELECT source FROM indicator_value WHERE period = '2023'", as: String.self)
            == "China Daily, 2024-07-03: \"$41 billion\"")
        #expect(try archive.connection.scalar("SELECT value FROM indicator_value WHERE period = '2025-H1'", as: Double.self) == 21.8)
    }

    @Test(arguments: [
        ("series,period,value,unit,source\na,2023,1,u,s\na,20x3,2,u,s\n", "t.csv:3: period '20x3' is not YYYY, YYYY-MM, YYYY-Qn or YYYY-Hn"),
        ("series,period,value,unit,source\na,2023,1,u,s\na,2024,lots,u,s\n", "t.csv:3: value 'lots' is not a number"),
        ("series,period,value,unit,source\na,2023,1,u,\n", "t.csv:2: the source is missing: every value needs one"),
        ("series,period,value,unit\n", "t.csv:1: the header lacks the column 'source' (expected: series,period,value,unit,source,description)"),
        ("series,period,value,unit,source\na,2023,1,u,s,extra\n", "t.csv:2: 6 fields where the header has 5"),
        ("series,period,value,unit,source\na,2023,1,u,\"never closed\n", "t.csv:2: a quoted field is never closed"),
        ("series,period,value,unit,source\na,2023,1,u,s\na,2024,2,other unit,s\n", "t.csv:3: series a is in u, not other unit"),
    ])
    func badLinesAreNamedAndNothingIsKept(_ example: (String, String)) throws {
        try archive.addObservation(Observation(series: "kept", period: "2020", value: 1, unit: "u", source: "s"))
        #expect(throws: InputError(example.1)) { try archive.importObservations(csv: example.0, file: "t.csv") }
        #expect(try values() == 1)
    }

    /// A source reporting two figures; returns their ids.
    func storeFigures() throws -> [Int64] {
        let sentence = "En 2024, le chiffre d'affaires bilatéral a atteint 43,8 milliards de dollars."
        _ = try archive.store(NewSource(
            location: "data/gazette.txt", sha256: String(repeating: "f", count: 64), language: "fr", title: "T",
            publishedAt: "2025-08-23T08:40", body: sentence,
            meeting: NewMeeting(date: "2025-08-22", place: nil, kind: "talks", countries: ["CN", "KZ"]),
            participants: [], statements: [], commitments: [], documents: [],
            figures: [
                NewFigure(text: "43,8 milliards de dollars", value: 43.8, unit: "billion USD", period: "2024", sentence: sentence),
                NewFigure(text: "500 millions de dollars", value: 500, unit: "million USD", period: nil, sentence: "Un fonds de 500 millions de dollars."),
                NewFigure(text: "9,2 pour cent", value: 9.2, unit: "%", period: "2024", sentence: "Une hausse de 9,2 pour cent."),
            ]), importedAt: "2026-01-01T00:00:00Z")
        return try archive.connection.query("SELECT id FROM figure ORDER BY position") { try $0.get(0, as: Int64.self) }
    }

    @Test func acceptedFigureBecomesAValueWithItsSentenceAsSource() throws {
        let ids = try storeFigures()
        let accepted = try archive.acceptFigure(ids[0], series: "cn-kz-trade")
        #expect(accepted.observation.period == "2024" && accepted.observation.value == 43.8 && accepted.replaced == nil)
        #expect(try archive.connection.scalar("SELECT source FROM indicator_value WHERE period = '2024'", as: String.self)
            == "data/gazette.txt, 2025-08-23T08:40: \"En 2024, le chiffre d'affaires bilatéral a atteint 43,8 milliards de dollars.\"")
        #expect(try archive.connection.scalar("SELECT unit FROM indicator_series WHERE id = 'cn-kz-trade'", as: String.self) == "billion USD")
    }

    @Test func acceptConvertsScalesAndReportsWhatItReplaced() throws {
        let ids = try storeFigures()
        try archive.addObservation(Observation(series: "fund", period: "2023", value: 0.4, unit: "billion USD", source: "s"))
        let accepted = try archive.acceptFigure(ids[1], series: "fund", period: "2023")
        #expect(accepted.observation.value == 0.5 && accepted.observation.unit == "billion USD" && accepted.replaced == 0.4)
    }

    @Test func acceptRefusesWhatItCannotPlace() throws {
        let ids = try storeFigures()
        try archive.addObservation(Observation(series: "cn-kz-trade", period: "2023", value: 41, unit: "billion USD", source: "s"))
        #expect(throws: InputError("figure \(ids[1]) (500 millions de dollars) names no year in its sentence; give the period with --period")) {
            try archive.acceptFigure(ids[1], series: "cn-kz-trade")
        }
        #expect(throws: InputError("figure \(ids[2]) is in %, but series cn-kz-trade is in billion USD")) {
            try archive.acceptFigure(ids[2], series: "cn-kz-trade")
        }
        #expect(throws: InputError("there is no figure 999; `bilat figures` lists them")) {
            try archive.acceptFigure(999, series: "cn-kz-trade")
        }
        #expect(throws: InputError("period '2024-13' is not YYYY, YYYY-MM, YYYY-Qn or YYYY-Hn")) {
            try archive.acceptFigure(ids[0], series: "cn-kz-trade", period: "2024-13")
        }
        #expect(try values() == 1)
    }
}
