/// One numbered schema change from `Migrations/NNNN_name.sql`.
public struct Migration: Sendable, Equatable {
    /// The number in the file name: 1 for `0001_initial.sql`.
    public let version: Int
    /// The name after the number: "initial".
    public let name: String
    /// The SQL, run in one transaction.
    public let sql: String

    /// Parses a migration from its file name and content.
    ///
    /// A file is named `NNNN_name.sql`: four digits, an underscore, and a name
    /// of lower-case letters, digits and underscores.
    public init(fileName: String, sql: String) throws(MigrationError) {
        guard fileName.hasSuffix(".sql") else { throw .malformedName(fileName) }
        let stem = fileName.dropLast(4)
        let parts = stem.split(separator: "_", maxSplits: 1)
        guard parts.count == 2, parts[0].count == 4, parts[0].allSatisfy(\.isASCII),
              let version = Int(parts[0]), version > 0,
              !parts[1].isEmpty,
              parts[1].allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") })
        else { throw .malformedName(fileName) }
        self.version = version
        self.name = String(parts[1])
        self.sql = sql
    }

    /// Validates a set of migrations: no two with one version, numbered 1, 2, 3... without gaps.
    public static func ordered(_ files: [(fileName: String, sql: String)]) throws(MigrationError) -> [Migration] {
        var migrations: [Migration] = []
        for file in files { migrations.append(try Migration(fileName: file.fileName, sql: file.sql)) }
        migrations.sort { $0.version < $1.version }
        for (index, migration) in migrations.enumerated() {
            if index > 0, migrations[index - 1].version == migration.version {
                throw .duplicateVersion(migration.version)
            }
            if migration.version != index + 1 { throw .gap(expected: index + 1, found: migration.version) }
        }
        return migrations
    }

    /// The migrations built into this bilat, from `Migrations/`.
    public static func builtIn() throws(MigrationError) -> [Migration] { try ordered(embedded) }
}

/// Why a set of migrations was refused.
public enum MigrationError: Error, Equatable, CustomStringConvertible, Sendable {
    case malformedName(String)
    case duplicateVersion(Int)
    case gap(expected: Int, found: Int)

    public var description: String {
        switch self {
        case .malformedName(let name):
            "migration file \(name) is not named NNNN_name.sql (four digits, then a lower-case name)"
        case .duplicateVersion(let version):
            "two migration files have version \(version)"
        case .gap(let expected, let found):
            "migrations must be numbered without gaps: expected version \(expected), found \(found)"
        }
    }
}
