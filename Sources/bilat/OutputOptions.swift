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
    /// straight from SQLite's UTF-8 as the rows come, without a ResultTable,
    /// in chunks of 64 KB (reports of tens of thousands of rows), as `bilat sql`
    /// does: a statement that fails midway leaves the rows printed before it.
    func emit(_ statement: Statement, title: String) throws {
        guard format == .csv else { return emit(try ResultTable(statement: statement), title: title) }
        try renderer(title: title).streamCSV(statement, write: write)
    }

    /// Prints titled sections (`bilat meeting ID`, `bilat person NAME`, `bilat track`).
    func emit(_ sections: [ReportSection], title: String) {
        guard format == .csv else { return print(renderer(title: title).render(sections, as: format), terminator: "") }
        write(renderer(title: title).csv(sections))
    }

    /// Writes `bytes` to standard output, after whatever print left in its buffer.
    func write(_ bytes: [UInt8]) {
        fflush(nil)
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return }  // a closed pipe: the reader has gone
                offset += written
            }
        }
    }

    func renderer(title: String) -> Renderer {
        Renderer(maxWidth: format == .table ? Terminal.width : nil, title: title)
    }
}

enum Terminal {
    /// The width to fit tables to: $COLUMNS, else the terminal's, else none (a pipe).
    static var width: Int? {
        // getenv, not ProcessInfo's environment, which copies every variable into a dictionary first.
        if let columns = getenv("COLUMNS").map({ String(cString: $0) }), let width = Int(columns), width > 0 {
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
