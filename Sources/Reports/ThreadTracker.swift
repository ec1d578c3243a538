import Archive
import Foundation
import SQLiteDB

/// Where a commitment thread stands.
///
/// The vocabulary, strongest first — the first rule that holds decides:
/// - `achieved`: the latest value of the target's series has reached the target;
/// - `overdue`: the deadline has passed (a year deadline runs to 31 December) and the target is not reached;
/// - `on track` / `off track`: a target and at least one annual value after the baseline exist;
///   on track when the yearly growth since the baseline is at least the yearly growth still needed by the deadline;
/// - `dormant`: no mention for ``ThreadTracker/dormantAfterMonths`` months;
/// - `reaffirmed`: mentioned at two meetings or more;
/// - `stated`: mentioned at one meeting;
/// - `not mentioned`: in the catalogue, but no source in the archive speaks of it.
public enum ThreadStatus: String, Sendable, CaseIterable {
    case achieved
    case overdue
    case onTrack = "on track"
    case offTrack = "off track"
    case dormant
    case reaffirmed
    case stated
    case notMentioned = "not mentioned"
}

/// Everything `bilat track` shows about one thread.
public struct ThreadReport: Sendable {
    public struct Mention: Sendable, Equatable {
        public let date: String?
        /// See ``ThreadTracker/roles(of:)``: set, reaffirmed, raised, lowered, reported achieved.
        public let role: String
        public let people: String
        public let text: String
        public let source: String
        public let meetingID: Int64

        public init(date: String?, role: String, people: String, text: String, source: String, meetingID: Int64) {
            self.date = date
            self.role = role
            self.people = people
            self.text = text
            self.source = source
            self.meetingID = meetingID
        }
    }

    public struct Point: Sendable, Equatable {
        public let period: String
        public let value: Double
        public let source: String

        public init(period: String, value: Double, source: String) {
            self.period = period
            self.value = value
            self.source = source
        }
    }

    public let id: String
    public let title: String
    public let topic: String
    /// The countries the thread is followed between ("CN-KZ"); nil when its meetings name none.
    public let countries: String?
    /// The mentions in date order (undated last); empty in a report made without them
    /// (``ThreadTracker/overview(asOf:)``, ``ThreadTracker/csv(_:countries:asOf:renderer:write:)``):
    /// ``tally`` counts them either way.
    public let mentions: [Mention]
    /// How many mentions, at how many meetings, from when to when.
    public let tally: MentionTally
    public let series: String?
    public let unit: String?
    public let observations: [Point]
    public let targetValue: Double?
    public let deadline: String?
    public let baseline: Point?
    public let status: ThreadStatus
    /// Why the status is what it is, one line each.
    public internal(set) var reasoning: [String]
    /// Share of the way from baseline to target, 0...1+ (nil without a target and data).
    public let progress: Double?
    /// Yearly growth still needed from the latest annual value to meet the target by the deadline.
    public let requiredGrowth: Double?
    /// Yearly growth observed from the baseline to the latest annual value.
    public let observedGrowth: Double?

    /// The report with more lines of reasoning.
    func noting(_ notes: [String]) -> ThreadReport {
        var report = self
        report.reasoning += notes
        return report
    }
}

/// What the status and its reasoning need of a thread's mentions, counted as they are
/// read in date order (undated last): `bilat threads` and `bilat track --format csv`
/// keep no mention in memory.
public struct MentionTally: Sendable, Equatable {
    public private(set) var count = 0
    private var meetings: Set<Int64> = []
    /// The date of the first mention and of the last (nil when that one is undated).
    public private(set) var firstDate: String?
    public private(set) var lastDate: String?
    /// The date of the last dated mention.
    public private(set) var lastKnownDate: String?

    public init() {}

    /// The tally of mentions given in date order, each by its date and its meeting.
    public init(_ mentions: some Sequence<(date: String?, meeting: Int64)>) {
        for mention in mentions { add(date: mention.date, meeting: mention.meeting) }
    }

    /// Counts the next mention in date order.
    public mutating func add(date: String?, meeting: Int64) {
        if count == 0 { firstDate = date }
        count += 1
        meetings.insert(meeting)
        lastDate = date
        if let date { lastKnownDate = date }
    }

    /// The number of distinct meetings.
    public var meetingCount: Int { meetings.count }
}

/// How many mentions a thread has between one set of countries.
public struct CountryGroup: Sendable, Equatable, CustomStringConvertible {
    /// "CN-KZ"; nil for meetings whose countries are unknown.
    public let countries: String?
    public let mentions: Int

    public init(countries: String?, mentions: Int) {
        self.countries = countries
        self.mentions = mentions
    }

    /// "CN-KZ (12)".
    public var description: String { "\(countries ?? "unknown countries") (\(mentions))" }
}

/// Computes ``ThreadReport``s from the archive.
public struct ThreadTracker {
    /// Months without a mention after which a thread not otherwise measured is dormant.
    public static let dormantAfterMonths = 18

    let connection: Connection

    public init(archive: Archive) {
        connection = archive.connection
    }

    /// Known threads with their status as of `asOf` (YYYY-MM-DD), one row for each set of
    /// countries a thread is mentioned between (and for its target's countries).
    public func overview(asOf: String) throws -> ResultTable {
        try connection.transaction(.deferred) { try overviewRows(asOf: asOf) }
    }

    private func overviewRows(asOf: String) throws -> ResultTable {
        let ids = try connection.query("SELECT id FROM commitment_thread ORDER BY id") { try $0.get(0, as: String.self) }
        var rows: [[DatabaseValue]] = []
        for id in ids {
            let thread = try threadInfo(id)
            let groups = try countryGroups(of: id)
            let target = try targetRow(of: id)
            var followed = groups.map(\.countries)
            if let countries = target?.countries, !followed.contains(countries) { followed.append(countries) }
            if followed.isEmpty { followed = [nil] }
            for countries in followed.sorted(by: { ($0 ?? "") < ($1 ?? "") }) {
                let report = try self.report(
                    thread, mentions: [], tally: tally(of: id, between: countries), groups: groups, target: target,
                    countries: countries, asOf: asOf)
                rows.append([
                    .text(report.id), countries.map(DatabaseValue.text) ?? .null, .text(report.topic), .text(report.status.rawValue),
                    .integer(Int64(report.tally.count)),
                    report.tally.firstDate.map(DatabaseValue.text) ?? .null,
                    report.tally.lastDate.map(DatabaseValue.text) ?? .null, .text(report.title),
                ])
            }
        }
        return ResultTable(columns: ["thread", "countries", "topic", "status", "mentions", "first", "last", "title"], rows: rows)
    }

    /// Phrases, in lower case, that report a commitment as fulfilled, in French and English.
    static let achievementPhrases: [[UInt8]] = [
        "objectif a été atteint", "objectif est atteint", "objectif atteint", "objectif a été réalisé", "a été réalisé",
        "has been achieved", "was achieved", "has been met", "was met", "has been fulfilled", "was fulfilled",
        "achieved the goal", "achieved the target", "met the goal", "met the target",
    ].map { Array($0.utf8) }

    /// A word of each of the phrases above: a text without any is not searched for them (thousands
    /// of mentions, most without).
    static let achievementWords: [[UInt8]] = ["atteint", "réalisé", "achieved", "met", "fulfilled"].map { Array($0.utf8) }

    /// The role of each mention, in date order: `set` at the first meeting; later, `raised` or
    /// `lowered` when its quantified target is above or below the last one stated, `reported
    /// achieved` when it says the commitment was fulfilled, `reaffirmed` otherwise.
    public static func roles(of mentions: [(meeting: Int64, text: String, target: String?)]) -> [String] {
        var roles = Roles()
        return mentions.map { roles.next(meeting: $0.meeting, text: $0.text.utf8, target: $0.target.flatMap { amount(in: $0.utf8) }) }
    }

    /// ``roles(of:)`` one mention at a time, in date order, from the bytes of its text.
    struct Roles {
        private var firstMeeting: Int64?
        private var lastTarget: Double?
        private var lowered: [UInt8] = []

        /// The role of the next mention; `target` is the amount of its target (``amount(in:)``).
        mutating func next(meeting: Int64, text: some Collection<UInt8>, target amount: Double?) -> String {
            if firstMeeting == nil { firstMeeting = meeting }
            defer { if let amount { lastTarget = amount } }
            if meeting == firstMeeting { return "set" }
            if let amount, let lastTarget, amount != lastTarget { return amount > lastTarget ? "raised" : "lowered" }
            lowercaseBytes(of: text, into: &lowered)
            if achievementWords.contains(where: { bytes(lowered, contain: $0) }),
                achievementPhrases.contains(where: { bytes(lowered, contain: $0) })
            {
                return "reported achieved"
            }
            return "reaffirmed"
        }
    }

    /// Puts the UTF-8 bytes of a text in `bytes` (its storage reused: thousands of mentions) with
    /// ASCII and Latin-1 capitals (A-Z, À-Þ) in lower case, in one byte pass: all the phrases
    /// above need, where `String.lowercased()` was half of `bilat track`.
    static func lowercaseBytes(of text: some Collection<UInt8>, into bytes: inout [UInt8]) {
        bytes.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: text)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
                bytes[index] = byte | 0x20
            } else if byte == 0xC3, index + 1 < bytes.count, (0x80...0x9E).contains(bytes[index + 1]), bytes[index + 1] != 0x97 {
                // U+00C0...U+00DE but × (U+00D7): its lower case is 0x20 further, in the same lead byte.
                bytes[index + 1] += 0x20
                index += 1
            }
            index += 1
        }
    }

    /// Whether `needle` occurs in `haystack`: memchr to each candidate first byte, then memcmp.
    static func bytes(_ haystack: [UInt8], contain needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { needle in
                guard let base = hay.baseAddress, let wanted = needle.baseAddress else { return false }
                let last = hay.count - needle.count
                var start = 0
                while start <= last, let found = memchr(base + start, Int32(first), last - start + 1) {
                    let offset = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
                    if memcmp(base + offset, wanted, needle.count) == 0 { return true }
                    start = offset + 1
                }
                return false
            }
        }
    }

    /// The first number of a target phrase ("à 50 milliards de dollars" → 50, "$43.8 billion" → 43.8).
    static func amount(in target: some Sequence<UInt8>) -> Double? {
        var digits: [UInt8] = []
        for byte in target {
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { digits.append(byte); continue }
            if !digits.isEmpty, byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") { digits.append(UInt8(ascii: ".")); continue }
            if !digits.isEmpty { break }
        }
        while digits.last == UInt8(ascii: ".") { digits.removeLast() }
        return digits.isEmpty ? nil : Double(String(decoding: digits, as: UTF8.self))
    }

    /// The thread `id` between `countries` (a ``Countries/key(_:)``, "CN-KZ") as of `asOf` (YYYY-MM-DD).
    ///
    /// A commitment lives between the countries that make it, so a thread is followed between one
    /// set of countries: those asked for, else those of the thread's target, else the only ones it
    /// is mentioned between. Mentioned between several and none chosen: ``ReportError/severalCountries``.
    public func track(_ id: String, countries: String? = nil, asOf: String) throws -> ThreadReport {
        try connection.transaction(.deferred) {
            let thread = try followedThread(id, countries: countries)
            let mentions = try self.mentions(of: thread.info.id, between: thread.countries)
            return try report(
                thread.info, mentions: mentions, tally: MentionTally(mentions.lazy.map { ($0.date, $0.meeting) }), groups: thread.groups,
                target: thread.target, countries: thread.countries, asOf: asOf)
        }
    }

    /// `renderer.csv(track(id, countries:, asOf:).sections)`, in chunks of about 64 KB, without
    /// the mentions in memory: they are counted in a first pass, and written in a second one
    /// from SQLite's UTF-8 (`bilat track` on a thread mentioned at thousands of meetings).
    public func csv(_ id: String, countries: String? = nil, asOf: String, renderer: Renderer, write: ([UInt8]) -> Void) throws {
        try connection.transaction(.deferred) {
            let thread = try followedThread(id, countries: countries)
            let report = try self.report(
                thread.info, mentions: [], tally: tally(of: thread.info.id, between: thread.countries), groups: thread.groups,
                target: thread.target, countries: thread.countries, asOf: asOf)
            var sections = report.sections
            let mentions = sections.remove(at: 1)
            var out: [UInt8] = []
            renderer.appendCSV(sections[0], first: true, to: &out)
            renderer.appendCSVHeading(mentions.title, columns: mentions.table.columns, first: false, to: &out)
            var roles = Roles()
            try Renderer.appendCSVRecords(
                of: connection.prepare(Self.mentionsSQL), [thread.info.id, thread.countries ?? ""], to: &out, write: write
            ) { row, out in
                // date, people, text, source, meeting_id, target → date, role, by, text, source
                let meeting = try row.get(4, as: Int64.self)
                let amount = row.withUTF8(5) { Self.amount(in: $0) } ?? nil
                // text is NOT NULL: the second call is for the type's sake.
                let role = row.withUTF8(2) { roles.next(meeting: meeting, text: $0, target: amount) }
                    ?? roles.next(meeting: meeting, text: [UInt8](), target: amount)
                Renderer.appendCSVField(of: row, column: 0, to: &out)
                out.append(UInt8(ascii: ","))
                Renderer.appendCSVField(role, to: &out)
                for column in 1...3 {
                    out.append(UInt8(ascii: ","))
                    Renderer.appendCSVField(of: row, column: column, to: &out)
                }
                out += [0x0D, 0x0A]
            }
            for section in sections.dropFirst() { renderer.appendCSV(section, first: false, to: &out) }
            write(out)
        }
    }

    /// The thread `id` and what it is followed by: the countries chosen, else those of its
    /// target, else the only ones it is mentioned between (``track(_:countries:asOf:)``).
    private func followedThread(_ id: String, countries: String?) throws
        -> (info: ThreadInfo, target: TargetRow?, groups: [CountryGroup], countries: String?)
    {
        let thread = try threadInfo(id)
        let target = try targetRow(of: thread.id)
        let groups = try countryGroups(of: thread.id)
        if let chosen = countries ?? target?.countries { return (thread, target, groups, chosen) }
        if groups.count > 1 { throw ReportError.severalCountries(thread: thread.id, groups: groups) }
        return (thread, target, groups, groups.first?.countries)
    }

    typealias ThreadInfo = (id: String, title: String, topic: String)
    typealias MentionRow = (date: String?, people: String, text: String, source: String, meeting: Int64, target: String?)
    typealias TargetRow = (series: String, baseline: String?, factor: Double?, value: Double?, deadline: String, countries: String?)

    /// The thread's title and topic, following a rename or merge; unknown ids get a suggestion.
    func threadInfo(_ id: String) throws -> ThreadInfo {
        if let info = try connection.query(
            "SELECT title, topic FROM commitment_thread WHERE id = ?", [id], { (try $0.get(0, as: String.self), try $0.get(1, as: String.self)) }
        ).first {
            return (id, info.0, info.1)
        }
        if let renamed = try connection.scalar("SELECT new_id FROM thread_alias WHERE old_id = ?", [id], as: String.self) {
            return try threadInfo(renamed)
        }
        let known = try connection.query("SELECT id FROM commitment_thread ORDER BY id") { try $0.get(0, as: String.self) }
        throw ReportError.notFound(what: "thread", name: id, suggestion: Suggestions.phrase(for: id, among: known))
    }

    /// How many mentions the thread has between each set of countries, most first
    /// (thread_countries, migration 0009).
    func countryGroups(of id: String) throws -> [CountryGroup] {
        try connection.query("SELECT nullif(countries, ''), mentions FROM thread_countries WHERE thread_id = ?", [id]) {
            CountryGroup(countries: try $0.get(0, as: String?.self), mentions: try $0.get(1, as: Int.self))
        }.sorted { $0.mentions != $1.mentions ? $0.mentions > $1.mentions : ($0.countries ?? "") < ($1.countries ?? "") }
    }

    /// One range of thread_mention, in its key's order: it holds what is shown of each
    /// mention (reading the commitment, its source and its meeting was three random
    /// pages per mention).
    static let mentionsSQL = "SELECT date, people, text, source, meeting_id, target " + mentionRange

    /// The mentions of a thread (?1) between countries (?2), in the order they are listed: the
    /// tally and the rows read them alike.
    static let mentionRange = "FROM thread_mention WHERE thread_id = ? AND countries = ? ORDER BY sort_date, commitment_id"

    /// The mentions of the thread between `countries` (nil: meetings without countries), by date
    /// (undated last), then commitment.
    func mentions(of id: String, between countries: String?) throws -> [MentionRow] {
        try connection.query(Self.mentionsSQL, [id, countries ?? ""]) { row -> MentionRow in
            (date: try row.get(0, as: String?.self), people: try row.get(1, as: String.self), text: try row.get(2, as: String.self),
             source: try row.get(3, as: String.self), meeting: try row.get(4, as: Int64.self), target: try row.get(5, as: String?.self))
        }
    }

    /// The tally of those mentions, from their dates and meetings only.
    func tally(of id: String, between countries: String?) throws -> MentionTally {
        var tally = MentionTally()
        try connection.prepare("SELECT date, meeting_id " + Self.mentionRange).forEachRow([id, countries ?? ""]) { row in
            tally.add(date: try row.get(0, as: String?.self), meeting: try row.get(1, as: Int64.self))
        }
        return tally
    }

    func targetRow(of id: String) throws -> TargetRow? {
        try connection.query(
            "SELECT series_id, baseline_period, factor, target_value, deadline, countries FROM thread_target WHERE thread_id = ?", [id]
        ) { row in
            (try row.get(0, as: String.self), try row.get(1, as: String?.self), try row.get(2, as: Double?.self),
             try row.get(3, as: Double?.self), try row.get(4, as: String.self), try row.get(5, as: String?.self))
        }.first
    }

    /// The report of the thread between `countries`, from its mentions there.
    func report(
        _ thread: ThreadInfo, mentions rawMentions: [MentionRow], tally: MentionTally, groups: [CountryGroup], target: TargetRow?,
        countries: String?, asOf: String
    ) throws -> ThreadReport {
        let roles = Self.roles(of: rawMentions.map { (meeting: $0.meeting, text: $0.text, target: $0.target) })
        let mentions = zip(rawMentions, roles).map { mention, role in
            ThreadReport.Mention(
                date: mention.date, role: role, people: mention.people, text: mention.text, source: mention.source,
                meetingID: mention.meeting)
        }
        var notes: [String] = []
        let others = groups.filter { $0.countries != countries }
        if !others.isEmpty {
            let listed = others.prefix(5).map(\.description).joined(separator: ", ")
            notes.append("also mentioned between \(listed)\(others.count > 5 ? ", …" : ""): --countries follows one of them")
        }
        // A target measures the series of its countries only.
        var applicable = target
        if let target, let targetCountries = target.countries, targetCountries != countries {
            applicable = nil
            notes.append("the target on \(target.series) is for \(targetCountries)")
        }
        var observations: [ThreadReport.Point] = []
        var unit: String?
        if let target = applicable {
            observations = try connection.query(
                "SELECT period, value, source FROM indicator_value WHERE series_id = ? ORDER BY period", [target.series]
            ) { ThreadReport.Point(period: try $0.get(0, as: String.self), value: try $0.get(1, as: Double.self), source: try $0.get(2, as: String.self)) }
            unit = try connection.scalar("SELECT unit FROM indicator_series WHERE id = ?", [target.series], as: String.self)
        }
        let baseline = applicable?.baseline.flatMap { period in observations.first { $0.period == period } }
        let targetValue: Double? = applicable.flatMap { target in
            target.value ?? baseline.flatMap { base in target.factor.map { base.value * $0 } }
        }
        let report = Self.assess(
            id: thread.id, title: thread.title, topic: thread.topic, mentions: mentions, tally: tally, series: applicable?.series, unit: unit,
            observations: observations, baseline: baseline, targetValue: targetValue, deadline: applicable?.deadline, asOf: asOf,
            countries: countries)
        return notes.isEmpty ? report : report.noting(notes)
    }

    /// The status rules, apart from the archive so they can be tested at their edges.
    public static func assess(
        id: String, title: String, topic: String, mentions: [ThreadReport.Mention], series: String?, unit: String?,
        observations: [ThreadReport.Point], baseline: ThreadReport.Point?, targetValue: Double?, deadline: String?,
        asOf: String, countries: String? = nil
    ) -> ThreadReport {
        assess(
            id: id, title: title, topic: topic, mentions: mentions, tally: MentionTally(mentions.lazy.map { ($0.date, $0.meetingID) }), series: series, unit: unit,
            observations: observations, baseline: baseline, targetValue: targetValue, deadline: deadline, asOf: asOf,
            countries: countries)
    }

    /// The same from a tally of the mentions, which may be left out (`mentions` empty).
    static func assess(
        id: String, title: String, topic: String, mentions: [ThreadReport.Mention], tally: MentionTally, series: String?,
        unit: String?, observations: [ThreadReport.Point], baseline: ThreadReport.Point?, targetValue: Double?, deadline: String?,
        asOf: String, countries: String?
    ) -> ThreadReport {
        var reasoning: [String] = []
        let meetings = tally.meetingCount
        reasoning.append("mentioned \(tally.count) time\(tally.count == 1 ? "" : "s") at \(meetings) meeting\(meetings == 1 ? "" : "s")"
            + (tally.lastDate.map { ", last on \($0)" } ?? ""))
        let annual = observations.filter { $0.period.count == 4 }
        let latest = annual.last
        var progress: Double?
        var required: Double?
        var observed: Double?
        var status: ThreadStatus?
        let unitText = unit.map { " \($0)" } ?? ""

        if let targetValue, let deadline {
            reasoning.append("target: \(format(targetValue))\(unitText) by \(deadline)"
                + (baseline.map { " (\($0.period) baseline \(format($0.value))\(unitText))" } ?? ""))
            let deadlineEnd = deadline.count == 4 ? deadline + "-12-31" : deadline
            let deadlineYear = Int(deadline.prefix(4)) ?? 0
            if let latest {
                if let baseline, baseline.value != targetValue {
                    progress = (latest.value - baseline.value) / (targetValue - baseline.value)
                }
                let latestYear = Int(latest.period) ?? 0
                if latest.value >= targetValue {
                    status = .achieved
                    reasoning.append("\(latest.period): \(format(latest.value))\(unitText) has reached the target")
                } else if asOf > deadlineEnd {
                    status = .overdue
                    reasoning.append("the deadline \(deadline) has passed and the latest value (\(latest.period): \(format(latest.value))) is below the target")
                } else {
                    let yearsLeft = deadlineYear - latestYear
                    if yearsLeft > 0 { required = pow(targetValue / latest.value, 1 / Double(yearsLeft)) - 1 }
                    if let baseline, let baseYear = Int(baseline.period), latestYear > baseYear, baseline.value > 0 {
                        observed = pow(latest.value / baseline.value, 1 / Double(latestYear - baseYear)) - 1
                    }
                    reasoning.append("\(latest.period): \(format(latest.value))\(unitText)"
                        + (progress.map { ", \(percent($0)) of the way from the baseline" } ?? ""))
                    if let required, let observed {
                        status = observed >= required ? .onTrack : .offTrack
                        reasoning.append("growth since the baseline \(percent(observed)) a year; \(percent(required)) a year needed until \(deadlineYear)")
                    } else if let required {
                        reasoning.append("\(percent(required)) a year needed until \(deadlineYear); no annual value after the baseline yet")
                    } else if yearsLeft <= 0 {
                        status = .offTrack
                        reasoning.append("the deadline year has come and the target is not reached")
                    }
                }
            } else {
                reasoning.append("no value of \(series ?? "the series") yet: progress cannot be measured")
                if asOf > deadlineEnd {
                    status = .overdue
                    reasoning.append("the deadline \(deadline) has passed")
                }
            }
        } else {
            reasoning.append("no measurable target: status from mentions only")
        }
        if status == nil, let last = tally.lastKnownDate, monthsBetween(last, asOf) >= dormantAfterMonths {
            status = .dormant
            reasoning.append("no mention for \(monthsBetween(last, asOf)) months (dormant after \(dormantAfterMonths))")
        }
        let final = status ?? (meetings >= 2 ? .reaffirmed : meetings == 1 ? .stated : .notMentioned)
        return ThreadReport(
            id: id, title: title, topic: topic, countries: countries, mentions: mentions, tally: tally, series: series, unit: unit, observations: observations,
            targetValue: targetValue, deadline: deadline, baseline: baseline, status: final, reasoning: reasoning,
            progress: progress, requiredGrowth: required, observedGrowth: observed)
    }

    /// Whole months from one YYYY[-MM[-DD]] date to another.
    static func monthsBetween(_ from: String, _ to: String) -> Int {
        func parts(_ date: String) -> (months: Int, day: Int) {
            let parts = date.split(separator: "-").compactMap { Int($0) }
            return ((parts.first ?? 0) * 12 + (parts.count > 1 ? parts[1] - 1 : 0), parts.count > 2 ? parts[2] : 1)
        }
        let start = parts(from), end = parts(to)
        return end.months - start.months - (end.day < start.day ? 1 : 0)
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    static func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
}
