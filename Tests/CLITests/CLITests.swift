import Foundation
import TestSupport
import Testing

/// Runs the built `bilat` binary and captures what it prints.
struct BilatRun {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// The `bilat` binary next to the test bundle (both live in .build/<config>/).
let bilatBinary: URL = {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for folder in [beside, beside.deletingLastPathComponent(), packageRoot.appendingPathComponent(".build/debug")] {
        let candidate = folder.appendingPathComponent("bilat")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return packageRoot.appendingPathComponent(".build/debug/bilat")
}()

func bilat(
    _ arguments: [String], in folder: URL, environment: [String: String] = [:], stdin: Data? = nil,
    binary: URL = bilatBinary
) throws -> BilatRun {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = folder
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "BILAT_DB")
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let out = Pipe(), err = Pipe(), input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try input.fileHandleForWriting.close()
    let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
    let stderrData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return BilatRun(
        status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
        stderr: String(decoding: stderrData, as: UTF8.self))
}

let dataFolder = packageRoot.appendingPathComponent("data")

@Suite struct CLITests {
    let folder: TemporaryDirectory
    init() throws { folder = try TemporaryDirectory() }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: folder.path(name)) }

    @Test func initCreatesBilatDbInTheCurrentFolder() throws {
        let run = try bilat(["init"], in: folder.url)
        #expect(run.status == 0)
        #expect(run.stdout.contains("schema version"))
        #expect(exists("bilat.db"))
    }

    @Test func dbOptionAndEnvironmentChooseTheArchive() throws {
        #expect(try bilat(["init", "--db", "chosen.db"], in: folder.url).status == 0)
        #expect(exists("chosen.db"))
        #expect(try bilat(["init"], in: folder.url, environment: ["BILAT_DB": "env.db"]).status == 0)
        #expect(exists("env.db"))
        #expect(!exists("bilat.db"))
    }

    @Test func binaryCopiedAloneCreatesAWorkingArchive() throws {
        let copy = folder.url.appendingPathComponent("bilat-alone")
        try FileManager.default.copyItem(at: bilatBinary, to: copy)
        let run = try bilat(["import", "--db", "alone.db", dataFolder.path], in: folder.url, binary: copy)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("2 imported"))
        let again = try bilat(["init", "--db", "alone.db"], in: folder.url, binary: copy)
        #expect(again.stdout.contains("schema version \(latestSchemaVersion), ready"))
    }

    @Test func reimportingTheSameFilesChangesNothing() throws {
        let first = try bilat(["import", dataFolder.path], in: folder.url)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("2 imported, 0 unchanged"))
        let second = try bilat(["import", dataFolder.path], in: folder.url)
        #expect(second.status == 0)
        #expect(second.stdout.contains("0 imported, 2 unchanged"))
    }

    @Test func aSearchTheIndexCannotParseIsNamedWithItsReason() throws {
        #expect(try bilat(["import", dataFolder.path], in: folder.url).status == 0)
        let run = try bilat(["search", "trade AND"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("Error: cannot search for 'trade AND': fts5: syntax error"), "\(run.stderr)")
        #expect(!run.stderr.contains("--param"))
        let track = try bilat(["track", "trade-doubling", "--countries", "China"], in: folder.url)
        #expect(track.status == 64)
        #expect(track.stderr.contains("--countries takes ISO 3166-1 alpha-2 codes such as CN-KZ, not 'China'"))
    }

    @Test func badInputsAreNamedSkippedAndFailTheRun() throws {
        try Data([0, 1, 2, 3, 0xFF]).write(to: folder.url.appendingPathComponent("binary.txt"))
        try Data().write(to: folder.url.appendingPathComponent("empty.txt"))
        let run = try bilat(
            ["import", "binary.txt", "empty.txt", "missing.txt", dataFolder.appendingPathComponent("seed-000.txt").path],
            in: folder.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("binary.txt: the file is binary"))
        #expect(run.stderr.contains("empty.txt: the file is empty"))
        #expect(run.stderr.contains("missing.txt: no such file"))
        #expect(run.stdout.contains("1 imported, 0 unchanged (already in the archive), 3 failed"))
    }

    @Test func standardInputIsASource() throws {
        let text = try Data(contentsOf: dataFolder.appendingPathComponent("seed-001.txt"))
        let run = try bilat(["import", "-"], in: folder.url, stdin: text)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("1 imported"))
    }

    @Test func archiveInAMissingFolderIsAClearError() throws {
        let run = try bilat(["init", "--db", "no/such/folder/a.db"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("does not exist"))
    }

    @Test func importWithoutPathsIsAUsageError() throws {
        let run = try bilat(["import"], in: folder.url)
        #expect(run.status == 64)
    }

    @Test func extractPrintsTheScoredJSONShape() throws {
        let run = try bilat(["extract", dataFolder.appendingPathComponent("seed-000.txt").path, "--format", "json"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        for key in ["title", "language", "published_at", "meeting", "participants", "statements", "commitments", "signed_documents"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        let meeting = try #require(object["meeting"] as? [String: Any])
        for key in ["date", "place", "kind", "countries"] { #expect(meeting[key] != nil, "missing meeting.\(key)") }
    }

    @Test func versionAndHelpWork() throws {
        #expect(try bilat(["--version"], in: folder.url).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
        let help = try bilat(["--help"], in: folder.url)
        #expect(help.status == 0)
        for command in ["init", "import", "extract"] { #expect(help.stdout.contains(command)) }
    }
}
