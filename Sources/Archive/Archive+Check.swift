import SQLiteDB

/// One problem `bilat check` found.
public struct ArchiveProblem: Equatable, Sendable, CustomStringConvertible {
    /// Which check found it: "integrity", "foreign keys", or an invariant's name.
    public let check: String
    public let detail: String

    public var description: String { "\(check): \(detail)" }
}

extension Archive {
    /// bilat's own invariants, each a query that lists what breaks it.
    static let invariants: [(name: String, sql: String)] = [
        ("every meeting has a source",
         "SELECT 'meeting ' || id FROM meeting WHERE NOT EXISTS (SELECT 1 FROM source WHERE meeting_id = meeting.id)"),
        ("every participation comes from a source of its meeting",
         """
         SELECT 'participation of person ' || p.person_id || ' in meeting ' || p.meeting_id FROM participation p
         JOIN source s ON s.id = p.source_id WHERE s.meeting_id <> p.meeting_id
         """),
        ("every person has a spelling",
         "SELECT 'person ' || id FROM person WHERE NOT EXISTS (SELECT 1 FROM person_alias WHERE person_id = person.id)"),
        ("every statement has a speaker and text",
         "SELECT 'statement ' || id FROM statement WHERE person_id IS NULL OR trim(text) = ''"),
        ("every commitment mention names a known thread",
         """
         SELECT 'commitment ' || id || ' names thread ' || thread_id FROM commitment
         WHERE thread_id IS NOT NULL AND thread_id NOT IN (SELECT id FROM commitment_thread)
         """),
        ("every source has a body and a SHA-256",
         "SELECT 'source ' || id FROM source WHERE trim(body) = '' OR length(sha256) <> 64"),
        ("search index is complete",
         """
         SELECT 'sources after ' || sources_after || ' and statements after ' || statements_after
                || ' were left out of the search index by an import batch' FROM search_index_pending
         """),
        ("schema version matches its record",
         """
         SELECT 'user_version ' || (SELECT user_version FROM pragma_user_version) || ' but last migration '
                || coalesce((SELECT max(version) FROM schema_migration), 0)
         WHERE (SELECT user_version FROM pragma_user_version) <> coalesce((SELECT max(version) FROM schema_migration), 0)
         """),
    ]

    /// Runs SQLite's integrity and foreign-key checks, then bilat's invariants.
    /// An empty result means the archive is sound.
    public func check(limit: Int = 20) throws -> [ArchiveProblem] {
        var problems: [ArchiveProblem] = []
        let integrity = try connection.query("PRAGMA integrity_check(\(limit))") { try $0.get(0, as: String.self) }
        if integrity != ["ok"] { problems += integrity.map { ArchiveProblem(check: "integrity", detail: $0) } }
        let foreignKeys = try connection.query("PRAGMA foreign_key_check") { row in
            "\(row[0].description) row \(row[1].description) points to a missing \(row[2].description)"
        }
        problems += foreignKeys.prefix(limit).map { ArchiveProblem(check: "foreign keys", detail: $0) }
        for invariant in Self.invariants + Self.summaryInvariants {
            let broken = try connection.query(invariant.sql + " LIMIT \(limit)") { try $0.get(0, as: String.self) }
            problems += broken.map { ArchiveProblem(check: invariant.name, detail: $0) }
        }
        problems += try staleSearchLengths().prefix(limit)
        return problems
    }

    /// Names of the invariants ``check(limit:)`` verifies, for its report.
    public static var invariantNames: [String] {
        (invariants + summaryInvariants).map(\.name) + [searchLengthsCheck]
    }

    /// Writes a consistent copy of the live archive to `path`, which must not exist.
    public func backup(to path: String) throws {
        try connection.backup(to: path)
    }
}

extension DatabaseValue: CustomStringConvertible {
    public var description: String {
        switch self {
        case .null: "NULL"
        case .integer(let int): String(int)
        case .real(let double): String(double)
        case .text(let text): text
        case .blob(let bytes): "<\(bytes.count) bytes>"
        }
    }
}
