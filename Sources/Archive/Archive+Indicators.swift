import SQLiteDB

/// One measured value of an indicator series.
public struct Observation: Equatable, Sendable {
    public var series: String
    /// "2024", "2025-06", "2025-Q2" or "2025-H1".
    public var period: String
    public var value: Double
    public var unit: String
    public var source: String
    public var description: String?

    public init(series: String, period: String, value: Double, unit: String, source: String, description: String? = nil) {
        self.series = series
        self.period = period
        self.value = value
        self.unit = unit
        self.source = source
        self.description = description
    }

    /// Whether `period` is a year, a month, a quarter or a half-year.
    public static func isValidPeriod(_ period: String) -> Bool {
        let parts = period.split(separator: "-", omittingEmptySubsequences: false)
        guard let year = parts.first, year.count == 4, year.allSatisfy(\.isNumber) else { return false }
        if parts.count == 1 { return true }
        guard parts.count == 2 else { return false }
        let rest = parts[1]
        if rest.count == 2, let month = Int(rest) { return (1...12).contains(month) }
        return ["Q1", "Q2", "Q3", "Q4", "H1", "H2"].contains(String(rest))
    }
}

extension Archive {
    /// Adds or replaces one observation.
    public func addObservation(_ observation: Observation) throws {
        try connection.transaction(.immediate) { try insert(observation, line: nil) }
    }

    /// Imports a CSV file with the header `series,period,value,unit,source[,description]`,
    /// all or nothing: the first bad line is named with its number and reason,
    /// and nothing of the file is kept.
    @discardableResult
    public func importObservations(csv text: String, file: String) throws -> Int {
        let records = try CSV.parse(text, file: file)
        guard let header = records.first else { throw InputError("\(file): the file is empty") }
        let columns = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let required = ["series", "period", "value", "unit", "source"]
        for name in required where !columns.contains(name) {
            throw InputError("\(file):1: the header lacks the column '\(name)' (expected: \(required.joined(separator: ",")),description)")
        }
        func field(_ record: CSV.Record, _ name: String) -> String {
            guard let index = columns.firstIndex(of: name), index < record.fields.count else { return "" }
            return record.fields[index].trimmingCharacters(in: .whitespaces)
        }
        return try connection.transaction(.immediate) {
            var count = 0
            for record in records.dropFirst() where !record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                let place = "\(file):\(record.line)"
                guard record.fields.count == columns.count else {
                    throw InputError("\(place): \(record.fields.count) fields where the header has \(columns.count)")
                }
                let valueText = field(record, "value").replacingOccurrences(of: ",", with: ".")
                guard let value = Double(valueText), value.isFinite else {
                    throw InputError("\(place): value '\(field(record, "value"))' is not a number")
                }
                let description = field(record, "description")
                try insert(Observation(
                    series: field(record, "series"), period: field(record, "period"), value: value,
                    unit: field(record, "unit"), source: field(record, "source"),
                    description: description.isEmpty ? nil : description), line: place)
                count += 1
            }
            return count
        }
    }

    /// What accepting a figure stored, and the value it replaced, if any.
    public struct AcceptedFigure: Equatable, Sendable {
        public var observation: Observation
        public var replaced: Double?
    }

    /// Records figure `id` (see the `figure` table) as the value of `series` for `period`
    /// (default: the period the figure's sentence names). The value is converted between
    /// scales of the same unit ("million USD" into a "billion USD" series); the source names
    /// the press release, its date and the sentence.
    public func acceptFigure(_ id: Int64, series: String, period: String? = nil) throws -> AcceptedFigure {
        try connection.transaction(.immediate) {
            let rows = try connection.query(
                """
                SELECT f.text, f.value, f.unit, f.period, f.sentence, s.location, coalesce(s.published_at, m.date)
                FROM figure f JOIN source s ON s.id = f.source_id JOIN meeting m ON m.id = s.meeting_id
                WHERE f.id = ?
                """, [id]
            ) { row in
                (text: try row.get(0, as: String.self), value: try row.get(1, as: Double.self), unit: try row.get(2, as: String.self),
                 period: try row.get(3, as: String?.self), sentence: try row.get(4, as: String.self),
                 location: try row.get(5, as: String.self), date: try row.get(6, as: String?.self))
            }
            guard let figure = rows.first else { throw InputError("there is no figure \(id); `bilat figures` lists them") }
            guard let period = period ?? figure.period else {
                throw InputError("figure \(id) (\(figure.text)) names no year in its sentence; give the period with --period")
            }
            var value = figure.value
            var unit = figure.unit
            if let seriesUnit = try connection.scalar("SELECT unit FROM indicator_series WHERE id = ?", [series], as: String.self),
               seriesUnit != unit
            {
                guard let factor = Self.conversion(from: unit, to: seriesUnit) else {
                    throw InputError("figure \(id) is in \(unit), but series \(series) is in \(seriesUnit)")
                }
                value *= factor
                unit = seriesUnit
            }
            let replaced = try connection.scalar(
                "SELECT value FROM indicator_value WHERE series_id = ? AND period = ?", [series, period], as: Double.self)
            let sentence = figure.sentence.count > 300 ? String(figure.sentence.prefix(299)) + "…" : figure.sentence
            let source = "\(figure.location)\(figure.date.map { ", \($0)" } ?? ""): \"\(sentence)\""
            let observation = Observation(series: series, period: period, value: value, unit: unit, source: source)
            try insert(observation, line: nil)
            return AcceptedFigure(observation: observation, replaced: replaced)
        }
    }

    /// The factor that turns a value in `unit` into one in `target` when both are scales of
    /// the same unit ("million USD" → "billion USD": 0.001), nil when they measure different things.
    static func conversion(from unit: String, to target: String) -> Double? {
        let scales: [String: Double] = ["thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12]
        func split(_ unit: String) -> (scale: Double, base: String) {
            let words = unit.split(separator: " ", maxSplits: 1)
            if words.count == 2, let scale = scales[String(words[0])] { return (scale, String(words[1])) }
            return (1, unit)
        }
        let (from, to) = (split(unit), split(target))
        return from.base == to.base ? from.scale / to.scale : nil
    }

    private func insert(_ observation: Observation, line: String?) throws {
        let place = line.map { "\($0): " } ?? ""
        guard !observation.series.isEmpty,
              observation.series.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == "_") })
        else { throw InputError("\(place)series '\(observation.series)' must be lower-case letters, digits and dashes") }
        guard Observation.isValidPeriod(observation.period) else {
            throw InputError("\(place)period '\(observation.period)' is not YYYY, YYYY-MM, YYYY-Qn or YYYY-Hn")
        }
        guard !observation.unit.isEmpty else { throw InputError("\(place)the unit is missing") }
        guard !observation.source.isEmpty else { throw InputError("\(place)the source is missing: every value needs one") }
        if let existing = try connection.scalar(
            "SELECT unit FROM indicator_series WHERE id = ? AND unit <> ''", [observation.series], as: String.self),
           existing != observation.unit
        {
            throw InputError("\(place)series \(observation.series) is in \(existing), not \(observation.unit)")
        }
        try connection.execute(
            """
            INSERT INTO indicator_series (id, description, unit) VALUES (?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET unit = excluded.unit,
                description = CASE WHEN ?4 IS NULL THEN description ELSE ?4 END
            """, [observation.series, observation.description ?? observation.series, observation.unit, observation.description])
        try connection.execute(
            """
            INSERT INTO indicator_value (series_id, period, value, source) VALUES (?, ?, ?, ?)
            ON CONFLICT (series_id, period) DO UPDATE SET value = excluded.value, source = excluded.source
            """, [observation.series, observation.period, observation.value, observation.source])
    }
}

/// RFC 4180 CSV, with the line number each record starts on.
enum CSV {
    struct Record { let line: Int; let fields: [String] }

    static func parse(_ text: String, file: String) throws -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var characters = text.makeIterator()
        var pending: Character? = nil
        func next() -> Character? {
            if let character = pending { pending = nil; return character }
            return characters.next()
        }
        while let character = next() {
            if inQuotes {
                if character == "\"" {
                    if let following = next() {
                        if following == "\"" { field.append("\"") } else { inQuotes = false; pending = following }
                    } else { inQuotes = false }
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where field.isEmpty: inQuotes = true
            case ",": fields.append(field); field = ""
            case "\n", "\r\n", "\r":
                fields.append(field)
                records.append(Record(line: recordLine, fields: fields))
                fields = []; field = ""
                line += 1
                recordLine = line
            default: field.append(character)
            }
        }
        if inQuotes { throw InputError("\(file):\(recordLine): a quoted field is never closed") }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            records.append(Record(line: recordLine, fields: fields))
        }
        return records
    }
}
