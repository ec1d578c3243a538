import ArgumentParser

/// Every command here names itself (`commandName:`): without a name,
/// ArgumentParser makes one from the type's name with String(describing:),
/// which searches every protocol conformance record in the process (Swift's
/// and Foundation's) several times per command: half the instructions of a
/// run that prints one line, about 6 ms, spent on every run.
@main
struct Bilat: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bilat",
        abstract: "Follow bilateral diplomacy from its primary sources: import press releases into a SQLite archive and query it.",
        version: "0.1.0",
        subcommands: [
            Init.self, Import.self, Extract.self,
            Meetings.self, MeetingCommand.self, People.self, PersonCommand.self, Commitments.self, Documents.self,
            Figures.self,
            Search.self, SQL.self, Report.self, Track.self, Threads.self, Indicator.self, Check.self, Backup.self,
        ]
    )
}
