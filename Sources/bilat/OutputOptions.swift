import ArgumentParser
import Foundation
import Reports
import SQLiteDB

extension OutputFormat: ExpressibleByArgument {}

/// `--format`, shared by every report command.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Output format.")
    var format: OutputFormat = .table

    /// Prints one table.
    func emit(_ table: ResultTable, title: String) {
        print(renderer(title: title).render(table, as: format), terminator: "")
    }

    /// Prints every row of `statement` as `emit(_:title:)` prints them; csv
    /// straight from SQLite's UTF-8, without a ResultTable (reports of tens of
    /// thousands of rows). Prints nothing when the statement fails.
    func emit(_ statement: Statement, title: String) throws {
        guard format == .csv else { return emit(try ResultTable(statement: statement), title: title) }
        var csv: [UInt8] = []
        try renderer(title: title).streamCSV(statement) { csv += $0 }
        fflush(nil)  // after whatever print left in stdout's buffer
        FileHandle.standardOutput.write(Data(csv))
    }

    /// Prints titled sections (`bilat meeting ID`, `bilat person NAME`).
    func emit(_ sections: [ReportSection], title: String) {
        print(renderer(title: title).render(sections, as: format), terminator: "")
    }

    func renderer(title: String) -> Renderer {
        Renderer(maxWidth: format == .table ? Terminal.width : nil, title: title)
    }
}

enum Terminal {
    /// The width to fit tables to: $COLUMNS, else the terminal's, else none (a pipe).
    static var width: Int? {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"], let width = Int(columns), width > 0 {
            return width
        }
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 100 }
        return Int(size.ws_col)
    }
}

/// Parses repeated `--param name=value` options.
func parameterValues(_ params: [String]) throws -> [String: String] {
    var values: [String: String] = [:]
    for param in params {
        guard let equals = param.firstIndex(of: "="), equals != param.startIndex else {
            throw ValidationError("--param takes name=value, not '\(param)'")
        }
        values[String(param[..<equals])] = String(param[param.index(after: equals)...])
    }
    return values
}
