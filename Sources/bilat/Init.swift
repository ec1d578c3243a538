import ArgumentParser
import Archive

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create an archive, or bring an existing one up to this bilat's schema."
    )

    @OptionGroup var archive: ArchiveOptions

    @Flag(help: "Print the schema (tables, indexes and views) after migrating.")
    var schema = false

    func run() throws {
        let opened = try archive.openForWriting()
        print("\(opened.path): schema version \(try opened.schemaVersion()), ready.")
        if schema {
            for statement in try opened.schemaSQL() { print("\n\(statement);") }
        }
    }
}
