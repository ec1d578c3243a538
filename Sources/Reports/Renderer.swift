import Foundation
import SQLiteDB

/// Prints a ``ResultTable`` in one of the ``OutputFormat``s.
public struct Renderer: Sendable {
    /// The terminal width for `table`; nil means no limit (output to a pipe).
    public var maxWidth: Int?
    /// The page title for `html`.
    public var title: String

    public init(maxWidth: Int? = nil, title: String = "bilat report") {
        self.maxWidth = maxWidth
        self.title = title
    }

    /// The whole rendering, ending with a newline.
    public func render(_ table: ResultTable, as format: OutputFormat) -> String {
        switch format {
        case .table: renderTable(table)
        case .csv: renderCSV(table)
        case .json: renderJSON(table)
        case .markdown: renderMarkdown(table)
        case .html: renderHTML(table)
        }
    }

    /// Titled sections: json is one object keyed by section title, html one
    /// page with a heading per section, the others one block per section.
    public func render(_ sections: [ReportSection], as format: OutputFormat) -> String {
        switch format {
        case .json:
            let members = sections.map { section in
                "  " + Self.jsonString(section.title) + ": "
                    + renderJSON(section.table).trimmingCharacters(in: .newlines).replacingOccurrences(of: "\n", with: "\n  ")
            }
            return "{\n" + members.joined(separator: ",\n") + "\n}\n"
        case .html:
            var body = ""
            for section in sections {
                body += "<h2>\(Self.escape(section.title))</h2>\n" + htmlTable(section.table)
            }
            return htmlPage(body)
        case .csv:
            return String(decoding: csv(sections), as: UTF8.self)
        case .table, .markdown:
            return sections.map { section in
                let heading = format == .markdown ? "## \(section.title)\n\n" : "== \(section.title)\n"
                return heading + render(section.table, as: format)
            }.joined(separator: "\n")
        }
    }

    // MARK: table

    func renderTable(_ table: ResultTable) -> String {
        let cells = table.rows.map { $0.map { singleLine($0.displayText) } }
        var widths = table.columns.map(DisplayWidth.of)
        for row in cells {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell)) }
        }
        if let maxWidth { widths = fit(widths, headers: table.columns, into: maxWidth) }
        func line(_ values: [String]) -> String {
            zip(values, widths).map { DisplayWidth.pad(DisplayWidth.truncate($0, to: $1), to: $1) }
                .joined(separator: "  ").trimmingTrailingSpaces() + "\n"
        }
        var out = line(table.columns)
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in cells { out += line(row) }
        if table.rows.isEmpty { out += "(no rows)\n" }
        return out
    }

    /// Shrinks the widest columns until the line fits, keeping each at least
    /// as wide as its header (or 6 columns).
    private func fit(_ widths: [Int], headers: [String], into maxWidth: Int) -> [Int] {
        var widths = widths
        let separators = 2 * max(0, widths.count - 1)
        let floors = zip(widths, headers).map { min($0, max(6, DisplayWidth.of($1))) }
        while widths.reduce(0, +) + separators > maxWidth {
            guard let widest = widths.indices.filter({ widths[$0] > floors[$0] }).max(by: { widths[$0] < widths[$1] })
            else { break }
            widths[widest] -= 1
        }
        return widths
    }

    private func singleLine(_ text: String) -> String {
        // Bytes are cheaper to walk than characters.
        var text = text
        guard text.withUTF8({ Self.holdsLineBreak(bytes: $0, orCommaOrQuote: false) }) else { return text }
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    // MARK: csv

    static func csvLine(_ fields: [String]) -> String {
        var line: [UInt8] = []
        appendCSVLine(fields, to: &line)
        return String(decoding: line, as: UTF8.self)
    }

    /// Appends one csv record, fields quoted only where they must be, ended by CRLF.
    /// Any sequence of strings: a lazy map of a row's values makes no array per row
    /// (`bilat track` prints thousands of rows).
    static func appendCSVLine(_ fields: some Sequence<String>, to out: inout [UInt8]) {
        for (index, text) in fields.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            appendCSVField(text, to: &out)
        }
        out += [0x0D, 0x0A]
    }

    /// Appends one csv field: as it is, or quoted with its quotes doubled.
    static func appendCSVField(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        guard needsQuotes(bytes: bytes) else { return out.append(contentsOf: bytes) }
        out.append(UInt8(ascii: "\""))
        for byte in bytes {
            out.append(byte)
            if byte == UInt8(ascii: "\"") { out.append(byte) }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Appends the csv record of the current row of a statement: what
    /// ``appendCSVLine(_:to:)`` makes of its values' `displayText`, read
    /// from SQLite's UTF-8 without a String per value (reports print tens of
    /// thousands of rows).
    static func appendCSVLine(_ row: Row, to out: inout [UInt8]) {
        for index in 0..<row.count {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            appendCSVField(of: row, column: index, to: &out)
        }
        out += [0x0D, 0x0A]
    }

    /// Appends column `column` of the current row of a statement as a csv field, as
    /// ``appendCSVLine(_:to:)-(Row,_)`` does.
    static func appendCSVField(of row: Row, column: Int, to out: inout [UInt8]) {
        // Text that is not valid UTF-8 becomes U+FFFD in a String: it takes the String's way.
        let appended = row.withUTF8(column) { bytes in
            if isPlainASCII(bytes) {
                out.append(contentsOf: bytes)
                return true
            }
            guard isValidUTF8(bytes) else { return false }
            appendCSVField(bytes, to: &out)
            return true
        }
        if appended != true { appendCSVField(row[column].displayText, to: &out) }
    }

    /// Appends `text` as one csv field.
    static func appendCSVField(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendCSVField($0, to: &out) }
    }

    /// Whether `bytes` are ASCII without a control character, a comma or a
    /// quote: a csv field as it is, valid UTF-8. Most values of a report are;
    /// eight bytes are checked at a time.
    static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        // A high bit of (word - n * ones) & ~word is set in each byte below n (for n <= 0x80),
        // and in each zero byte of word ^ (c * ones): a byte equal to c.
        func hasSpecialByte(_ word: UInt64) -> Bool {
            let control = (word &- 0x20 &* ones) & ~word
            let comma = (word ^ (UInt64(UInt8(ascii: ",")) &* ones)), quote = (word ^ (UInt64(UInt8(ascii: "\"")) &* ones))
            let equal = ((comma &- ones) & ~comma) | ((quote &- ones) & ~quote)
            return (word | control | equal) & highs != 0
        }
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= bytes.count {
            if hasSpecialByte(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) { return false }
            offset += 8
        }
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte >= 0x80 || byte < 0x20 || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") { return false }
            offset += 1
        }
        return true
    }

    /// Whether `bytes` are well-formed UTF-8, which String(decoding:as:) keeps as they are:
    /// the byte sequences of Unicode's table 3-7, checked a byte at a time (the standard
    /// library's scalar parser was a tenth of `bilat track`'s csv, French text).
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            // The length of the sequence, and the range of its second byte.
            let length: Int, second: ClosedRange<UInt8>
            switch lead {
            case 0xC2...0xDF: (length, second) = (2, 0x80...0xBF)
            case 0xE0: (length, second) = (3, 0xA0...0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (length, second) = (3, 0x80...0xBF)
            case 0xED: (length, second) = (3, 0x80...0x9F)  // not the surrogates
            case 0xF0: (length, second) = (4, 0x90...0xBF)
            case 0xF1...0xF3: (length, second) = (4, 0x80...0xBF)
            case 0xF4: (length, second) = (4, 0x80...0x8F)  // not above U+10FFFF
            default: return false
            }
            guard index + length <= bytes.count, second.contains(bytes[index + 1]) else { return false }
            for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }

    /// Whether a csv field holds a comma, a quote or a line break: reports
    /// print tens of thousands of fields.
    private static func needsQuotes(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        holdsLineBreak(bytes: bytes, orCommaOrQuote: true)
    }

    /// Whether the UTF-8 text `bytes` holds a line break (what `Character.isNewline`
    /// calls one), or, if `orCommaOrQuote`, a comma or a double quote.
    @inline(__always)
    private static func holdsLineBreak(bytes: UnsafeBufferPointer<UInt8>, orCommaOrQuote: Bool) -> Bool {
        // Every byte that may start a yes is at most "," or at least 0x85.
        for (index, byte) in bytes.enumerated() where byte <= UInt8(ascii: ",") || byte >= 0x85 {
            switch byte {
            case UInt8(ascii: ","), UInt8(ascii: "\""): if orCommaOrQuote { return true }
            case 0x0A...0x0D: return true
            // U+0085 is C2 85; U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
            case 0x85 where index >= 1 && bytes[index - 1] == 0xC2: return true
            case 0xA8...0xA9 where index >= 2 && bytes[index - 2] == 0xE2 && bytes[index - 1] == 0x80: return true
            default: continue
            }
        }
        return false
    }

    func renderCSV(_ table: ResultTable) -> String {
        var out: [UInt8] = []
        Self.appendCSV(table, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The csv of titled sections, each headed by `# TITLE`, a blank line
    /// between them: `render(sections, as: .csv)` as bytes, for output of
    /// thousands of rows (`bilat track`) that need not become a String.
    public func csv(_ sections: [ReportSection]) -> [UInt8] {
        var out: [UInt8] = []
        for (index, section) in sections.enumerated() { appendCSV(section, first: index == 0, to: &out) }
        return out
    }

    /// Appends one section of ``csv(_:)``; `first` when no section comes before it.
    public func appendCSV(_ section: ReportSection, first: Bool, to out: inout [UInt8]) {
        appendCSVHeading(section.title, columns: section.table.columns, first: first, to: &out)
        Self.appendCSVRows(section.table.rows, to: &out)
    }

    /// Appends what comes before the rows of a section of ``csv(_:)``: its title, then its
    /// columns' names; the rows may follow from a statement.
    public func appendCSVHeading(_ title: String, columns: [String], first: Bool, to out: inout [UInt8]) {
        if !first { out.append(UInt8(ascii: "\n")) }
        out += "# \(title)\n".utf8
        Self.appendCSVLine(columns, to: &out)
    }

    static func appendCSV(_ table: ResultTable, to out: inout [UInt8]) {
        appendCSVLine(table.columns, to: &out)
        appendCSVRows(table.rows, to: &out)
    }

    static func appendCSVRows(_ rows: [[DatabaseValue]], to out: inout [UInt8]) {
        for row in rows { appendCSVLine(row.lazy.map(\.displayText), to: &out) }
    }

    // MARK: json

    static func jsonObject(columns: [String], row: [DatabaseValue]) -> String {
        "{" + zip(columns, row).map { "\(jsonString($0)): \(jsonValue($1))" }.joined(separator: ", ") + "}"
    }

    func renderJSON(_ table: ResultTable) -> String {
        if table.rows.isEmpty { return "[]\n" }
        return "[\n" + table.rows.map { "  " + Self.jsonObject(columns: table.columns, row: $0) }.joined(separator: ",\n") + "\n]\n"
    }

    // MARK: streaming

    /// Prints the rows of a statement as they come: csv, json and markdown in
    /// constant memory, whatever the number of rows; table and html need every
    /// row to lay out the page, so they stop with an error past `maxRows`.
    public func stream(
        _ statement: Statement, as format: OutputFormat, maxRows: Int = 100_000, write: (String) -> Void
    ) throws {
        let columns = statement.columnNames
        switch format {
        case .csv:
            try streamCSV(statement) { write(String(decoding: $0, as: UTF8.self)) }
        case .json:
            var first = true
            try statement.forEachRow { row in
                write((first ? "[\n  " : ",\n  ") + Self.jsonObject(columns: columns, row: row.values))
                first = false
            }
            write(first ? "[]\n" : "\n]\n")
        case .markdown:
            write(Self.markdownLine(columns) + "|" + columns.map { _ in "---|" }.joined() + "\n")
            try statement.forEachRow { write(Self.markdownLine($0.values.map(\.displayText))) }
        case .table, .html:
            var rows: [[DatabaseValue]] = []
            try statement.forEachRow { row in
                if rows.count == maxRows { throw ReportError.tooManyRows(maxRows, format: format.rawValue) }
                rows.append(row.values)
            }
            write(render(ResultTable(columns: columns, rows: rows), as: format))
        }
    }

    /// The csv of a statement's rows, header first, in chunks of about 64 KB
    /// that end with a record: what ``render(_:as:)`` gives for their
    /// ResultTable, as UTF-8.
    public func streamCSV(_ statement: Statement, write: ([UInt8]) -> Void) throws {
        var chunk: [UInt8] = []
        Self.appendCSVLine(statement.columnNames, to: &chunk)
        try Self.appendCSVRecords(of: statement, to: &chunk, write: write) { Self.appendCSVLine($0, to: &$1) }
        write(chunk)
    }

    /// Appends to `out` the csv record `record` makes of each row of `statement` run with
    /// `arguments`, handing `out` to `write` whenever it passes 64 KB (it then ends with a
    /// record); what follows the last hand-over stays in `out`.
    public static func appendCSVRecords(
        of statement: Statement, _ arguments: [any DatabaseValueConvertible] = [], to out: inout [UInt8],
        write: ([UInt8]) -> Void, _ record: (Row, inout [UInt8]) throws -> Void
    ) throws {
        try statement.forEachRow(arguments) { row in
            try record(row, &out)
            if out.count >= 1 << 16 {
                write(out)
                out.removeAll(keepingCapacity: true)
            }
        }
    }

    static func jsonValue(_ value: DatabaseValue) -> String {
        switch value {
        case .null: "null"
        case .integer(let int): String(int)
        case .real(let double): double.isFinite ? "\(double)" : "null"
        case .text(let text): jsonString(text)
        case .blob: jsonString(value.displayText)
        }
    }

    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                out += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    // MARK: markdown

    static func markdownLine(_ cells: [String]) -> String {
        "| " + cells.map { cell in
            cell.split(whereSeparator: \.isNewline).joined(separator: " ").replacingOccurrences(of: "|", with: "\\|")
        }.joined(separator: " | ") + " |\n"
    }

    func renderMarkdown(_ table: ResultTable) -> String {
        var out = Self.markdownLine(table.columns) + "|" + table.columns.map { _ in "---|" }.joined() + "\n"
        for row in table.rows { out += Self.markdownLine(row.map(\.displayText)) }
        return out
    }

    // MARK: html

    func renderHTML(_ table: ResultTable) -> String {
        htmlPage(htmlTable(table))
    }

    func htmlTable(_ table: ResultTable) -> String {
        var out = "<table>\n<thead><tr>"
        out += table.columns.map { "<th>\(Self.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            out += "<tr>" + row.map { "<td>\(Self.escape($0.displayText))</td>" }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n<p>\(table.rows.count) rows</p>\n"
    }

    func htmlPage(_ body: String) -> String {
        """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>\(Self.escape(title))</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
            table { border-collapse: collapse; }
            th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
            th { background: #f0f0f0; }
            tr:nth-child(even) td { background: #fafafa; }
            </style>
            </head>
            <body>
            <h1>\(Self.escape(title))</h1>

            """ + body + "</body>\n</html>\n"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
