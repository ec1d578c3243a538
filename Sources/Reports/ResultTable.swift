import SQLiteDB

/// Rows of a report: column names and values in SQLite's storage classes.
public struct ResultTable: Equatable, Sendable {
    public var columns: [String]
    public var rows: [[DatabaseValue]]

    public init(columns: [String], rows: [[DatabaseValue]]) {
        self.columns = columns
        self.rows = rows
    }

    /// Runs a prepared statement to completion and keeps every row.
    public init(statement: Statement, arguments: [any DatabaseValueConvertible] = []) throws {
        columns = statement.columnNames
        rows = try statement.map(arguments) { $0.values }
    }
}

/// How a report is printed.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Aligned columns for a terminal; the default.
    case table
    /// RFC 4180 comma-separated values with a header line.
    case csv
    /// An array of objects, one per row, with typed values.
    case json
    /// A GitHub-flavoured Markdown table.
    case markdown
    /// A self-contained HTML page.
    case html
}

extension DatabaseValue {
    /// The value as text: NULL is empty, blobs are hex.
    var displayText: String {
        switch self {
        case .null: ""
        case .integer(let int): String(int)
        case .real(let double): String(double)
        case .text(let text): text
        case .blob(let bytes): "x'" + bytes.map { String($0, radix: 16).leftPadded(to: 2) }.joined() + "'"
        }
    }
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
