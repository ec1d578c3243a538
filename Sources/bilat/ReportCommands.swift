import ArgumentParser
import Archive
import Foundation
import Reports
import SQLiteDB

struct Meetings: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meetings",
        abstract: "The timeline: one row per meeting.")

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Only meetings with this country (ISO code, e.g. KZ).") var country: String?
    @Option(help: "Only meetings with this person (any spelling).") var person: String?
    @Option(help: "Only meetings of this kind (talks, meeting, phone_call, ...).") var kind: String?
    @Option(help: "Only meetings on or after this date (YYYY-MM-DD).") var since: String?
    @Option(help: "Only meetings on or before this date (YYYY-MM-DD).") var until: String?
    @Option(help: "Show the latest N meetings (0 for all).") var limit = 100

    func validate() throws {
        for date in [since, until].compactMap({ $0 }) where !isDate(date) {
            throw ValidationError("dates are written YYYY-MM-DD (or YYYY, YYYY-MM), not '\(date)'")
        }
        if let country, country.count != 2 { throw ValidationError("--country takes an ISO 3166-1 alpha-2 code such as KZ") }
        let kinds = ["talks", "meeting", "phone_call", "video_call", "press_conference", "strategic_dialogue", "signing", "visit", "other"]
        if let kind, !kinds.contains(kind) {
            throw ValidationError("unknown kind '\(kind)'\(Suggestions.phrase(for: kind, among: kinds)) (kinds: \(kinds.joined(separator: ", ")))")
        }
    }

    func run() throws {
        let filter = MeetingFilter(
            country: country, person: person, kind: kind, since: since, until: until, limit: limit > 0 ? limit : nil)
        let table = try Queries(archive: archive.openForReading()).meetings(filter)
        output.emit(table, title: "Meetings")
        if limit > 0 && table.rows.count == limit {
            Standard.error("(the latest \(limit) meetings; --limit 0 shows all)")
        }
    }
}

func isDate(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), parts[0].count == 4 else { return false }
    return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) } && parts.dropFirst().allSatisfy { $0.count == 2 }
}

struct MeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting", abstract: "One meeting in full: sources, participants, statements, commitments, documents.")

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "The meeting id, as `bilat meetings` lists it.") var id: Int64

    func run() throws {
        output.emit(try Queries(archive: archive.openForReading()).meeting(id: id), title: "Meeting \(id)")
    }
}

struct People: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "Everyone in the archive, with meetings, first and last seen, and roles.")

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Only people of this country (ISO code).") var country: String?

    func run() throws {
        output.emit(try Queries(archive: archive.openForReading()).people(country: country), title: "People")
    }
}

struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person", abstract: "One person, found by any spelling or part of the name.")

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "A name in any spelling: Tokayev, Tokaïev, \"Wang Yi\".") var name: String

    func run() throws {
        output.emit(try Queries(archive: archive.openForReading()).person(named: name), title: name)
    }
}

struct Commitments: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commitments",
        abstract: "Commitments with when they were first made, last mentioned, and how often.")

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Only this topic (trade, energy, connectivity, security, culture, ...).") var topic: String?
    @Option(help: "Only this thread (e.g. trade-doubling).") var thread: String?
    @Option(help: "Only meetings with this country (ISO code).") var country: String?

    func run() throws {
        let filter = CommitmentFilter(topic: topic, thread: thread, country: country)
        output.emit(try Queries(archive: archive.openForReading()).commitments(filter), title: "Commitments")
    }
}

struct Documents: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "documents",
        abstract: "The register of signed documents.")

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        output.emit(try Queries(archive: archive.openForReading()).documents(), title: "Signed documents")
    }
}

struct Figures: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "Amounts, quantities and percentages the texts report, with their sentence.",
        discussion: """
            VALUE is the number as written and UNIT its scale and unit ("43,8 milliards de dollars" is 43.8 \
            billion USD). PERIOD is the year the sentence names, when it names one. Record a figure as an \
            indicator value with `bilat indicator accept ID --series SERIES`.
            """)

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Only this unit, e.g. \"billion USD\" or %.") var unit: String?
    @Option(help: "Only this period; a year includes its halves and quarters.") var period: String?
    @Option(help: "Only figures from this meeting.") var meeting: Int64?
    @Option(help: "Only meetings with this country (ISO code).") var country: String?
    @Option(help: "Only sentences with all these words, blind to case and accents (e.g. \"trade\").") var about: String?

    func run() throws {
        let filter = FigureFilter(unit: unit, period: period, meeting: meeting, country: country, about: about)
        output.emit(try Queries(archive: archive.openForReading()).figures(filter), title: "Figures")
    }
}

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search over statements and source texts, blind to case and accents.",
        discussion: "QUERY uses SQLite FTS5 syntax: words, \"exact phrases\", OR, NOT, prefix*.")

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "What to look for.") var query: String
    @Option(help: "At most this many hits.") var limit = 50

    func run() throws {
        output.emit(try Queries(archive: archive.openForReading()).search(query, limit: limit), title: "Search: \(query)")
    }
}

struct SQL: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run one read-only SQL query against the archive.",
        discussion: "The archive cannot be changed from here: writes, ATTACH, pragmas that set a value and extension loading are refused.")

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "One SELECT statement; named parameters (:name) take --param values.") var query: String
    @Option(name: .customLong("param"), help: ArgumentHelp("A parameter value.", valueName: "name=value")) var params: [String] = []

    func run() throws {
        let values = try parameterValues(params)
        let opened = try archive.openForReading()
        let statement = try ReadOnlySQL.prepare(query, on: opened.connection, values: values)
        var buffer = ""
        try output.renderer(title: "Query").stream(statement, as: output.format) { text in
            buffer += text
            if buffer.utf8.count > 1 << 16 { FileHandle.standardOutput.write(Data(buffer.utf8)); buffer = "" }
        }
        FileHandle.standardOutput.write(Data(buffer.utf8))
    }
}

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Run a canned report (a .sql file); --list shows them.",
        discussion: "Your own reports go in $BILAT_REPORTS, else ~/.config/bilat/reports, as NAME.sql files whose first comment line describes them.")

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "The report's name.") var name: String?
    @Flag(help: "List the reports with their descriptions and parameters.") var list = false
    @Option(name: .customLong("param"), help: ArgumentHelp("A parameter value.", valueName: "name=value")) var params: [String] = []

    func validate() throws {
        if !list && name == nil { throw ValidationError("name a report, or use --list to see them") }
    }

    func run() throws {
        let reports = CannedReport.all()
        if list {
            let rows = reports.map { report -> [DatabaseValue] in
                let parameters = report.parameters.map { $0.isOptional ? "[\($0.name)]" : $0.name }.joined(separator: " ")
                return [.text(report.name), .text(report.description), .text(parameters), .text(report.origin)]
            }
            output.emit(ResultTable(columns: ["report", "description", "parameters", "origin"], rows: rows), title: "Reports")
            return
        }
        guard let name, let report = reports.first(where: { $0.name == name }) else {
            throw ReportError.unknownReport(name ?? "", suggestion: Suggestions.phrase(for: name ?? "", among: reports.map(\.name)))
        }
        let opened = try archive.openForReading()
        try output.emit(try report.prepare(on: opened.connection, values: try parameterValues(params)), title: report.description)
    }
}
