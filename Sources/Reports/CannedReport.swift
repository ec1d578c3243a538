import Foundation
import SQLiteDB

/// A report kept as a `.sql` file: a first comment line that describes it,
/// `-- param NAME: what it is (optional)` lines, then one SELECT with
/// `:NAME` parameters.
public struct CannedReport: Sendable, Equatable {
    /// One named parameter of a report.
    public struct Parameter: Sendable, Equatable {
        public let name: String
        public let help: String
        public let isOptional: Bool
    }

    /// The file name without `.sql`: "meetings-per-year".
    public let name: String
    public let description: String
    public let parameters: [Parameter]
    public let sql: String
    /// Where it came from: "built-in" or the file's path.
    public let origin: String

    /// Parses a report file.
    public init(name: String, sql: String, origin: String) {
        self.name = name
        self.sql = sql
        self.origin = origin
        var description = ""
        var parameters: [Parameter] = []
        for line in sql.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("--") else { if !trimmed.isEmpty { break } else { continue } }
            let comment = trimmed.dropFirst(2).trimmingCharacters(in: .whitespaces)
            if comment.hasPrefix("param ") {
                let rest = comment.dropFirst(6)
                let parts = rest.split(separator: ":", maxSplits: 1)
                let name = parts[0].trimmingCharacters(in: .whitespaces)
                let help = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
                parameters.append(Parameter(name: name, help: help, isOptional: help.contains("(optional")))
            } else if description.isEmpty {
                description = comment
            }
        }
        self.description = description
        self.parameters = parameters
    }

    /// The folder users keep their own reports in: $BILAT_REPORTS, else
    /// ~/.config/bilat/reports (or $XDG_CONFIG_HOME/bilat/reports).
    public static func userFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let folder = environment["BILAT_REPORTS"], !folder.isEmpty { return folder }
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        return config + "/bilat/reports"
    }

    /// Built-in reports, then the user's (which win on a name clash), sorted by name.
    public static func all(userFolder: String = userFolder()) -> [CannedReport] {
        var byName: [String: CannedReport] = [:]
        for file in embedded {
            let name = String(file.fileName.dropLast(4))
            byName[name] = CannedReport(name: name, sql: file.sql, origin: "built-in")
        }
        let files = (try? FileManager.default.contentsOfDirectory(atPath: userFolder)) ?? []
        for file in files where file.hasSuffix(".sql") {
            let path = userFolder + "/" + file
            guard let sql = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            let name = String(file.dropLast(4))
            byName[name] = CannedReport(name: name, sql: sql, origin: path)
        }
        return byName.values.sorted { $0.name < $1.name }
    }

    /// Runs the report with `values` for its parameters; undeclared
    /// parameters and missing required ones are errors.
    public func run(on connection: Connection, values: [String: String]) throws -> ResultTable {
        try ResultTable(statement: prepare(on: connection, values: values))
    }

    /// The report's statement with `values` bound, ready to run.
    public func prepare(on connection: Connection, values: [String: String]) throws -> Statement {
        let statement = try connection.prepareSingle(sql)
        for name in values.keys where !statement.parameterNames.contains(name) {
            throw ReportError.unknownParameter(report: self.name, name: name, known: statement.parameterNames.compactMap { $0 })
        }
        for name in statement.parameterNames {
            guard let name else { throw ReportError.positionalParameter(report: self.name) }
            if let value = values[name] {
                try statement.bind(value, named: name)
            } else if parameters.first(where: { $0.name == name })?.isOptional == true {
                try statement.bind(DatabaseValue.null, named: name)
            } else {
                throw ReportError.missingParameter(report: self.name, name: name)
            }
        }
        return statement
    }
}

/// Why a report could not run.
public enum ReportError: Error, CustomStringConvertible, Equatable {
    case unknownReport(String, suggestion: String)
    case missingParameter(report: String, name: String)
    case unknownParameter(report: String, name: String, known: [String])
    case positionalParameter(report: String)
    case notFound(what: String, name: String, suggestion: String)
    case badParameter(String)
    /// A search the full-text index cannot parse, with SQLite's reason.
    case badSearch(query: String, reason: String)
    case readOnly(String)
    case tooManyRows(Int, format: String)
    /// A thread mentioned between several sets of countries, none chosen.
    case severalCountries(thread: String, groups: [CountryGroup])

    public var description: String {
        switch self {
        case .unknownReport(let name, let suggestion):
            "no report named '\(name)'\(suggestion) (bilat report --list shows them)"
        case .missingParameter(let report, let name):
            "report \(report) needs --param \(name)=VALUE"
        case .unknownParameter(let report, let name, let known):
            "report \(report) has no parameter '\(name)'"
                + (known.isEmpty ? " (it takes none)" : " (it takes: \(known.joined(separator: ", ")))")
        case .positionalParameter(let report):
            "report \(report) uses a positional parameter (?); name it (:name) so --param can set it"
        case .notFound(let what, let name, let suggestion):
            "no \(what) '\(name)' in the archive\(suggestion)"
        case .badParameter(let text):
            "--param takes name=value, not '\(text)'"
        case .badSearch(let query, let reason):
            "cannot search for '\(query)': \(reason) (words match as typed; quote a phrase with \"...\", "
                + "and AND, OR, NOT and NEAR(...) need words on both sides)"
        case .readOnly(let reason):
            "bilat sql only reads the archive: \(reason)"
        case .tooManyRows(let limit, let format):
            "more than \(limit) rows: too many to lay out as \(format); use --format csv or json, which stream any number"
        case .severalCountries(let thread, let groups):
            "thread \(thread) is mentioned between \(groups.count) sets of countries: "
                + groups.prefix(8).map(\.description).joined(separator: ", ") + (groups.count > 8 ? ", …" : "")
                + "; choose one with --countries" + (groups.lazy.compactMap(\.countries).first.map { ", e.g. --countries \($0)" } ?? "")
        }
    }
}
