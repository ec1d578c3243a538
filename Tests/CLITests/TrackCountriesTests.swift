import Archive
import Reports
import SQLiteDB
import TestSupport
import Testing

/// A thread is followed between one set of countries: the same words agreed by
/// China and Kazakhstan and by China and Uzbekistan are two commitments.
@Suite struct TrackCountriesTests {
    let folder: TemporaryDirectory
    let archive: Archive

    init() throws {
        folder = try TemporaryDirectory()
        archive = try Archive.open(path: folder.path("track.db"))
        // Kazakhstan sets the goal in 2024 and reaffirms it in 2025; Uzbekistan sets it in 2025.
        try store("a", date: "2024-07-03", with: "KZ", person: "Kassym-Jomart Tokayev")
        try store("b", date: "2025-01-10", with: "UZ", person: "Shavkat Mirziyoyev")
        try store("c", date: "2025-04-25", with: "KZ", person: "Murat Nurtleu")
    }

    static let doubling = NewCommitment(
        text: "The two sides will double bilateral trade", topic: "trade", thread: nil, threadTitle: nil, target: nil, deadline: nil)

    /// A readout of a meeting of Wang Yi's with `person` of `country` (none: a meeting without countries).
    func store(
        _ sha: Character, date: String?, with country: String?, person: String? = nil, commitment: NewCommitment = Self.doubling
    ) throws {
        _ = try archive.store(NewSource(
            location: "mem://\(sha)", sha256: String(repeating: sha, count: 64), language: "en", title: "T",
            publishedAt: nil, body: "Body",
            meeting: NewMeeting(date: date, place: nil, kind: "talks", countries: country.map { ["CN", $0] } ?? []),
            participants: [NewParticipant(name: "Wang Yi", country: "CN", role: nil)]
                + (person.map { [NewParticipant(name: $0, country: country, role: nil)] } ?? []),
            statements: [], commitments: [commitment], documents: []), importedAt: "t")
    }

    func load(targetCountries: String) throws {
        let catalogue = "trade-doubling\ttrade\tDouble bilateral trade\tdoubl* echanges\tdoubl* trade\tcn-kz-trade\t2023\t2\t\t2030\t\(targetCountries)"
        try archive.loadCatalogue(ThreadCatalogue.parse(catalogue, file: "threads.tsv"))
        try archive.addObservation(Observation(series: "cn-kz-trade", period: "2023", value: 41, unit: "billion USD", source: "s"))
        try archive.addObservation(Observation(series: "cn-kz-trade", period: "2024", value: 43.8, unit: "billion USD", source: "s"))
    }

    @Test func withoutTargetCountriesSeveralPairsAskToChoose() throws {
        try load(targetCountries: "")
        let tracker = ThreadTracker(archive: archive)
        let groups = [CountryGroup(countries: "CN-KZ", mentions: 2), CountryGroup(countries: "CN-UZ", mentions: 1)]
        #expect(throws: ReportError.severalCountries(thread: "trade-doubling", groups: groups)) {
            try tracker.track("trade-doubling", asOf: "2025-06-01")
        }
        #expect(ReportError.severalCountries(thread: "trade-doubling", groups: groups).description
            == "thread trade-doubling is mentioned between 2 sets of countries: CN-KZ (2), CN-UZ (1); "
            + "choose one with --countries, e.g. --countries CN-KZ")
    }

    @Test func eachPairHasItsOwnHistory() throws {
        try load(targetCountries: "")
        let tracker = ThreadTracker(archive: archive)
        let uzbek = try tracker.track("trade-doubling", countries: "CN-UZ", asOf: "2025-06-01")
        #expect(uzbek.countries == "CN-UZ")
        #expect(uzbek.mentions.map(\.role) == ["set"])
        #expect(uzbek.reasoning.contains("also mentioned between CN-KZ (2): --countries follows one of them"))
        let kazakh = try tracker.track("trade-doubling", countries: "CN-KZ", asOf: "2025-06-01")
        #expect(kazakh.mentions.map(\.date) == ["2024-07-03", "2025-04-25"])
        #expect(kazakh.mentions.map(\.role) == ["set", "reaffirmed"])
        // A target without countries holds between every pair, as before migration 0007.
        #expect(kazakh.targetValue == 82 && uzbek.targetValue == 82)
        #expect(uzbek.status == .offTrack)
    }

    @Test func theTargetsCountriesAreFollowedByDefaultAndOnlyThereMeasured() throws {
        try load(targetCountries: "kz-cn")
        let tracker = ThreadTracker(archive: archive)
        let followed = try tracker.track("trade-doubling", asOf: "2025-06-01")
        #expect(followed.countries == "CN-KZ")
        #expect(followed.mentions.count == 2)
        #expect(followed.targetValue == 82)
        #expect(followed.series == "cn-kz-trade")
        let other = try tracker.track("trade-doubling", countries: "CN-UZ", asOf: "2025-06-01")
        #expect(other.targetValue == nil && other.series == nil && other.observations.isEmpty)
        #expect(other.reasoning.contains("the target on cn-kz-trade is for CN-KZ"))
        #expect(other.status == .stated)
    }

    @Test func theOverviewHasARowPerPair() throws {
        try load(targetCountries: "CN-KZ")
        let table = try ThreadTracker(archive: archive).overview(asOf: "2025-06-01")
        #expect(table.columns.prefix(5) == ["thread", "countries", "topic", "status", "mentions"])
        #expect(table.rows.map { [$0[1], $0[3], $0[4]] } == [
            [.text("CN-KZ"), .text("off track"), .integer(2)],
            [.text("CN-UZ"), .text("stated"), .integer(1)],
        ])
    }

    @Test func aThreadAtMeetingsWithoutCountriesIsFollowedThere() throws {
        try store("d", date: "2025-02-02", with: nil, commitment: NewCommitment(
            text: "Visas will be waived", topic: "travel", thread: "visa-free", threadTitle: "Visa-free travel", target: nil, deadline: nil))
        let report = try ThreadTracker(archive: archive).track("visa-free", asOf: "2025-06-01")
        #expect(report.countries == nil)
        #expect(report.mentions.map(\.text) == ["Visas will be waived"])
        #expect(report.status == .stated)
    }

    @Test func undatedMentionsComeLast() throws {
        try store("e", date: nil, with: "KZ")
        try load(targetCountries: "CN-KZ")
        let report = try ThreadTracker(archive: archive).track("trade-doubling", asOf: "2025-06-01")
        #expect(report.mentions.map(\.date) == ["2024-07-03", "2025-04-25", nil])
        #expect(report.mentions.map(\.source) == ["mem://a", "mem://c", "mem://e"])
    }

    @Test func theCsvWrittenAsTheMentionsAreReadIsTheWholeReportsCsv() throws {
        func commitment(_ text: String, target: String) -> NewCommitment {
            NewCommitment(text: text, topic: "trade", thread: nil, threadTitle: nil, target: target, deadline: nil)
        }
        // Quotes, a comma and accents to escape; a target stated, then raised; a fulfilment; an undated mention.
        try store("d", date: "2025-05-01", with: "KZ", person: "Roman Sklyar", commitment: commitment(
            "Les deux parties doubleront les échanges à 100 milliards : « l'objectif est atteint », dit-il", target: "à 100 milliards"))
        try store("f", date: "2025-05-20", with: "KZ", person: "Serik Zhumangarin", commitment: commitment(
            "The two sides will double bilateral trade, to \"$120 billion\"", target: "to $120 billion"))
        try store("e", date: nil, with: "KZ")
        try load(targetCountries: "CN-KZ")
        let tracker = ThreadTracker(archive: archive)
        let whole = try tracker.track("trade-doubling", asOf: "2025-06-01")
        #expect(whole.mentions.map(\.role) == ["set", "reaffirmed", "reported achieved", "raised", "reaffirmed"])
        let renderer = Renderer()
        var written: [UInt8] = []
        try tracker.csv("trade-doubling", asOf: "2025-06-01", renderer: renderer) { written += $0 }
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: renderer.csv(whole.sections), as: UTF8.self))
        #expect(whole.reasoning.first == "mentioned 5 times at 5 meetings")  // the last one is undated
        let overview = try tracker.overview(asOf: "2025-06-01")
        #expect(overview.rows.first.map { [$0[4], $0[5], $0[6]] } == [.integer(5), .text("2024-07-03"), .null])
    }

    @Test func theMentionsOfAThreadAreStoredByCountries() throws {
        try load(targetCountries: "CN-KZ")
        let rows = try archive.connection.query(
            "SELECT countries, date, text, source FROM thread_mention WHERE thread_id = 'trade-doubling' ORDER BY date") {
            $0.values.map { String.fromDatabaseValue($0) ?? "" }
        }
        let text = "The two sides will double bilateral trade"
        #expect(rows == [
            ["CN-KZ", "2024-07-03", text, "mem://a"], ["CN-UZ", "2025-01-10", text, "mem://b"], ["CN-KZ", "2025-04-25", text, "mem://c"],
        ])
    }
}
