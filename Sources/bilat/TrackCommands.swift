import ArgumentParser
import Archive
import Foundation
import Reports

/// Today's date as YYYY-MM-DD, the default of --as-of.
func today() -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = "yyyy-MM-dd"
    return formatter.string(from: Date())
}

struct Track: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "track",
        abstract: "Follow one commitment thread: its mentions, its target, progress and status.",
        discussion: """
            Statuses: achieved, overdue, on track, off track (a target on an indicator series), \
            dormant (no mention for \(ThreadTracker.dormantAfterMonths) months), reaffirmed (two meetings or more), \
            stated (one meeting). --format html writes a self-contained page with a timeline picture.

            A commitment lives between the countries that make it: a thread is followed between one \
            set of countries (those of its meetings, e.g. CN-KZ): --countries, else those of the thread's \
            target, else the only ones it is mentioned between. `bilat threads` lists each.
            """)

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "The thread id, e.g. trade-doubling (bilat threads lists them).") var thread: String
    @Option(help: "Follow the thread between these countries (ISO codes, e.g. CN-KZ).") var countries: String?
    @Option(help: "Judge the status as of this date (YYYY-MM-DD).") var asOf: String?

    func validate() throws {
        if let asOf, !isDate(asOf) || asOf.count != 10 { throw ValidationError("--as-of takes a date YYYY-MM-DD, not '\(asOf)'") }
        if let countries, Countries.key(countries) == nil {
            throw ValidationError("--countries takes ISO 3166-1 alpha-2 codes such as CN-KZ, not '\(countries)'")
        }
    }

    func run() throws {
        let tracker = ThreadTracker(archive: try archive.openForReading())
        let countries = countries.flatMap(Countries.key), asOf = asOf ?? today()
        if output.format == .csv {
            // Csv is written as the mentions are read: none is kept in memory.
            return try tracker.csv(thread, countries: countries, asOf: asOf, renderer: output.renderer(title: thread), write: output.write)
        }
        let report = try tracker.track(thread, countries: countries, asOf: asOf)
        switch output.format {
        case .json: print(report.json, terminator: "")
        case .html: print(report.html, terminator: "")
        default: output.emit(report.sections, title: report.title)
        }
    }
}

struct Threads: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "threads",
        abstract: "List commitment threads with their status, load a catalogue, and correct links.",
        subcommands: [List.self, Load.self, Link.self, Unlink.self, Merge.self, Rename.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "Every thread with its status and mentions.")
        @OptionGroup var archive: ArchiveOptions
        @OptionGroup var output: OutputOptions
        @Option(help: "Judge the status as of this date (YYYY-MM-DD).") var asOf: String?

        func run() throws {
            output.emit(try ThreadTracker(archive: archive.openForReading()).overview(asOf: asOf ?? today()), title: "Threads")
        }
    }

    struct Load: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "load",
            abstract: "Load a thread catalogue (like data/threads.tsv): wordings and targets; links matching commitments.")
        @OptionGroup var archive: ArchiveOptions
        @Argument(help: "The tab-separated catalogue.") var file: String

        func run() throws {
            let text = String(decoding: try readInput(file), as: UTF8.self)
            let entries = try ThreadCatalogue.parse(text, file: file)
            let linked = try archive.openForWriting().loadCatalogue(entries)
            print("\(entries.count) threads loaded from \(file); \(linked) commitment\(linked == 1 ? "" : "s") newly linked")
        }
    }

    struct Link: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "link",
            abstract: "Put a commitment (and every mention with its text, now and on later imports) into a thread.")
        @OptionGroup var archive: ArchiveOptions
        @Argument(help: "The commitment id (commitment_id in v_commitments).") var commitment: Int64
        @Argument(help: "The thread id.") var thread: String

        func run() throws {
            try archive.openForWriting().link(commitment: commitment, to: thread)
            print("commitment \(commitment) linked to \(thread)")
        }
    }

    struct Unlink: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "unlink",
            abstract: "Take a commitment (and every mention with its text) out of its thread, for good.")
        @OptionGroup var archive: ArchiveOptions
        @Argument(help: "The commitment id.") var commitment: Int64

        func run() throws {
            try archive.openForWriting().unlink(commitment: commitment)
            print("commitment \(commitment) unlinked")
        }
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Merge one thread into another; the first id is retired.")
        @OptionGroup var archive: ArchiveOptions
        @Argument(help: "The thread to merge away.") var from: String
        @Argument(help: "The thread that receives its mentions.") var into: String

        func run() throws {
            try archive.openForWriting().merge(thread: from, into: into)
            print("\(from) merged into \(into)")
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rename", abstract: "Give a thread a new id.")
        @OptionGroup var archive: ArchiveOptions
        @Argument(help: "The current id.") var old: String
        @Argument(help: "The new id.") var new: String

        func run() throws {
            try archive.openForWriting().rename(thread: old, to: new)
            print("\(old) renamed \(new)")
        }
    }
}

struct Indicator: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicator",
        abstract: "Record measured values (bilateral trade, ...) to hold commitments against.",
        subcommands: [Add.self, Import.self, Accept.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add or replace one value.")
        @OptionGroup var archive: ArchiveOptions
        @Argument(help: "The series id, e.g. cn-kz-trade.") var series: String
        @Argument(help: "The period: YYYY, YYYY-MM, YYYY-Qn or YYYY-Hn.") var period: String
        @Argument(help: "The value.") var value: Double
        @Option(help: "The unit, e.g. \"billion USD\".") var unit: String
        @Option(help: "Where the value comes from.") var source: String

        func run() throws {
            try archive.openForWriting().addObservation(
                Observation(series: series, period: period, value: value, unit: unit, source: source))
            print("\(series) \(period) = \(value) \(unit)")
        }
    }

    struct Accept: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "accept",
            abstract: "Record a figure from the texts (see `bilat figures`) as a value of a series.",
            discussion: "The source of the value is the press release, its date and the sentence. A figure in millions goes into a series in billions of the same unit, converted.")
        @OptionGroup var archive: ArchiveOptions
        @Argument(help: "The figure id, from `bilat figures`.") var figure: Int64
        @Option(help: "The series id, e.g. cn-kz-trade.") var series: String
        @Option(help: "The period, when the sentence names none or another one: YYYY, YYYY-MM, YYYY-Qn or YYYY-Hn.") var period: String?

        func run() throws {
            let accepted = try archive.openForWriting().acceptFigure(figure, series: series, period: period)
            let observation = accepted.observation
            var line = "\(series) \(observation.period) = \(observation.value) \(observation.unit)"
            if let replaced = accepted.replaced { line += " (was \(replaced))" }
            print(line)
            print("source: \(observation.source)")
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import values from a CSV file (series,period,value,unit,source[,description]), all or nothing.")
        @OptionGroup var archive: ArchiveOptions
        @Argument(help: "The CSV file.") var file: String

        func run() throws {
            let text = String(decoding: try readInput(file), as: UTF8.self)
            let count = try archive.openForWriting().importObservations(csv: text, file: file)
            print("\(count) values imported from \(file)")
        }
    }
}
