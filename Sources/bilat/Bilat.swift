import ArgumentParser

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
