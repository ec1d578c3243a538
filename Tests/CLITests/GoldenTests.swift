import Foundation
import TestSupport
import Testing

/// Exact output of every report command, in every format, on the archive
/// `make demo` builds from data/. The expected outputs live in Golden/; after
/// a deliberate change, regenerate them with BILAT_UPDATE_GOLDEN=1 swift test
/// --filter GoldenTests and review the diff.
@Suite(.serialized) struct GoldenTests {
    static let formats = ["table", "csv", "json", "markdown", "html"]
    static let commands: [(name: String, arguments: [String])] = [
        ("meetings", ["meetings"]),
        ("meetings-kz-2025", ["meetings", "--country", "KZ", "--since", "2025"]),
        ("meeting-1", ["meeting", "1"]),
        ("people", ["people"]),
        ("person-tokayev", ["person", "Tokayev"]),
        ("commitments", ["commitments"]),
        ("commitments-trade", ["commitments", "--topic", "trade"]),
        ("documents", ["documents"]),
        ("figures", ["figures"]),
        ("search-echanges", ["search", "echanges"]),
        ("sql", ["sql", "SELECT code, name_en FROM country WHERE code IN ('CN', 'KZ') ORDER BY code"]),
        ("report-meetings-per-year", ["report", "meetings-per-year"]),
        ("report-active-speakers", ["report", "active-speakers"]),
        ("report-commitments-by-topic", ["report", "commitments-by-topic"]),
        ("report-documents-per-year", ["report", "documents-per-year"]),
        ("report-person-meetings", ["report", "person-meetings", "--param", "person=Wang"]),
        ("track-trade-doubling", ["track", "trade-doubling", "--as-of", "2025-06-01"]),
    ]

    static let golden = packageRoot.appendingPathComponent("Tests/CLITests/Golden")
    static let updating = ProcessInfo.processInfo.environment["BILAT_UPDATE_GOLDEN"] == "1"

    /// An archive built as `make demo` builds it, from a copy of data/ in a
    /// folder whose path has the same length on every machine
    /// (/tmp/bilat-tests-UUID), so that column widths do not depend on $TMPDIR.
    static func demoArchive() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory(in: URL(fileURLWithPath: "/tmp"))
        try FileManager.default.copyItem(at: dataFolder, to: folder.url.appendingPathComponent("data"))
        for arguments in [["import", "data"], ["threads", "load", "data/threads.tsv"],
                          ["indicator", "import", "data/indicators/cn-kz-trade.csv"]] {
            let run = try bilat(arguments, in: folder.url)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
        }
        return folder
    }

    /// `text` with the folder's random UUID (whole or cut by a column width) masked.
    static func withoutFolderName(_ text: String) -> String {
        text.replacing(/bilat-tests-[0-9A-F-]+/) { match in
            "bilat-tests-" + String(repeating: "X", count: match.output.count - "bilat-tests-".count)
        }
    }

    @Test func everyCommandInEveryFormatPrintsExactlyTheGoldenOutput() throws {
        let folder = try Self.demoArchive()
        if Self.updating { try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true) }
        for command in Self.commands {
            for format in Self.formats {
                let run = try bilat(command.arguments + ["--format", format], in: folder.url, environment: ["COLUMNS": "120"])
                #expect(run.status == 0, "\(command.name) \(format): \(run.stderr)")
                let output = Self.withoutFolderName(run.stdout)
                let file = Self.golden.appendingPathComponent("\(command.name).\(format)")
                if Self.updating {
                    try Data(output.utf8).write(to: file)
                    continue
                }
                let expected = try? String(contentsOf: file, encoding: .utf8)
                #expect(expected != nil, "missing golden file \(file.lastPathComponent); run with BILAT_UPDATE_GOLDEN=1")
                #expect(output == expected, "\(command.name) --format \(format) differs from Golden/\(file.lastPathComponent)")
            }
        }
    }

    @Test func filtersNarrowTheTimeline() throws {
        let folder = try Self.demoArchive()
        let all = try bilat(["meetings", "--format", "csv"], in: folder.url)
        let kz2025 = try bilat(["meetings", "--country", "KZ", "--since", "2025", "--format", "csv"], in: folder.url)
        let none = try bilat(["meetings", "--country", "FR", "--format", "csv"], in: folder.url)
        let phone = try bilat(["meetings", "--kind", "phone_call", "--format", "csv"], in: folder.url)
        #expect(all.stdout.split(separator: "\r\n").count == 3)
        #expect(kz2025.stdout.split(separator: "\r\n").count == 2)
        #expect(kz2025.stdout.contains("2025-04-25"))
        #expect(none.stdout == "id,date,kind,place,countries,participants,sources\r\n")
        #expect(phone.stdout == none.stdout)
        let person = try bilat(["meetings", "--person", "Nourtléou", "--format", "csv"], in: folder.url)
        #expect(person.stdout.contains("2025-04-25") && !person.stdout.contains("2024-07-03"))
    }
}
