import Foundation

/// One known commitment thread, as the catalogue file describes it.
public struct ThreadEntry: Equatable, Sendable {
    public var id: String
    public var topic: String
    public var title: String
    /// Wordings per language ("fr", "en"): words that must all appear.
    public var wordings: [String: [String]]
    public var target: ThreadTarget?

    public init(id: String, topic: String, title: String, wordings: [String: [String]], target: ThreadTarget?) {
        self.id = id
        self.topic = topic
        self.title = title
        self.wordings = wordings
        self.target = target
    }
}

/// A measurable target on an indicator series.
public struct ThreadTarget: Equatable, Sendable {
    public var series: String
    public var baselinePeriod: String?
    public var factor: Double?
    public var value: Double?
    /// A year ("2030") or a date ("2030-12-31").
    public var deadline: String
    /// The countries whose series this is, as ``Countries/key(_:)`` writes them ("CN-KZ");
    /// nil: the target holds between every pair the thread is mentioned between.
    public var countries: String?

    public init(series: String, baselinePeriod: String?, factor: Double?, value: Double?, deadline: String, countries: String? = nil) {
        self.series = series
        self.baselinePeriod = baselinePeriod
        self.factor = factor
        self.value = value
        self.deadline = deadline
        self.countries = countries
    }
}

/// The countries of a meeting as one key, the way `v_meetings.countries` writes them.
public enum Countries {
    /// "KZ-CN", "cn kz", "CN,KZ" → "CN-KZ": ISO 3166-1 alpha-2 codes, upper case, sorted, joined
    /// by dashes. Nil when a part is not two letters or there is none.
    public static func key(_ text: String) -> String? {
        let codes = text.split(whereSeparator: { $0 == "-" || $0 == "," || $0 == " " || $0 == "/" }).map { $0.uppercased() }
        guard !codes.isEmpty, codes.allSatisfy({ $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isLetter } }) else { return nil }
        return Set(codes).sorted().joined(separator: "-")
    }
}

/// Why a catalogue, indicator file or thread edit was refused.
public struct InputError: Error, CustomStringConvertible, Equatable, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// Reads the tab-separated thread catalogue (`data/threads.tsv`).
public enum ThreadCatalogue {
    /// Parses the catalogue; errors name the file and line.
    public static func parse(_ text: String, file: String) throws -> [ThreadEntry] {
        var entries: [ThreadEntry] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let where_ = "\(file):\(offset + 1)"
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count >= 5 else {
                throw InputError("\(where_): expected at least 5 tab-separated fields (id, topic, title, french, english), found \(fields.count)")
            }
            let id = fields[0]
            guard !id.isEmpty, id.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) else {
                throw InputError("\(where_): thread id '\(id)' must be lower-case letters, digits and dashes")
            }
            if entries.contains(where: { $0.id == id }) { throw InputError("\(where_): thread '\(id)' is listed twice") }
            func wordings(_ field: String) -> [String] {
                field.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            var target: ThreadTarget?
            let extra = fields.count > 5 ? Array(fields[5...]) + Array(repeating: "", count: max(0, 11 - fields.count)) : []
            if let series = extra.first, !series.isEmpty {
                let baseline = extra[1].isEmpty ? nil : extra[1]
                let factor = extra[2].isEmpty ? nil : Double(extra[2])
                let value = extra[3].isEmpty ? nil : Double(extra[3])
                let deadline = extra[4]
                if !extra[2].isEmpty && factor == nil { throw InputError("\(where_): factor '\(extra[2])' is not a number") }
                if !extra[3].isEmpty && value == nil { throw InputError("\(where_): value '\(extra[3])' is not a number") }
                guard deadline.count >= 4, deadline.prefix(4).allSatisfy(\.isNumber) else {
                    throw InputError("\(where_): a target needs a deadline year or date, not '\(deadline)'")
                }
                guard (baseline != nil && factor != nil) || value != nil else {
                    throw InputError("\(where_): a target needs a baseline and a factor, or a value")
                }
                var countries: String?
                if !extra[5].isEmpty {
                    guard let key = Countries.key(extra[5]) else {
                        throw InputError("\(where_): target countries '\(extra[5])' must be ISO codes such as CN-KZ")
                    }
                    countries = key
                }
                target = ThreadTarget(
                    series: series, baselinePeriod: baseline, factor: factor, value: value, deadline: deadline, countries: countries)
            }
            entries.append(ThreadEntry(
                id: id, topic: fields[1].isEmpty ? "cooperation" : fields[1], title: fields[2].isEmpty ? id : fields[2],
                wordings: ["fr": wordings(fields[3]), "en": wordings(fields[4])], target: target))
        }
        return entries
    }
}

/// Matches text against thread wordings, blind to case and accents.
public enum Wording {
    /// The folded words of a text.
    public static func words(_ text: String) -> [Substring] {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        return folded.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) })
    }

    /// Whether every word of `pattern` (a trailing * matching any ending) is among `words`.
    public static func matches(_ pattern: String, words: [Substring]) -> Bool {
        var sawWord = false
        for part in pattern.split(whereSeparator: \.isWhitespace) {
            let isPrefix = part.hasSuffix("*")
            let partWords = Wording.words(String(isPrefix ? part.dropLast() : part))
            for (index, word) in partWords.enumerated() {
                sawWord = true
                let prefix = isPrefix && index == partWords.count - 1
                guard words.contains(where: { prefix ? $0.hasPrefix(word) : $0 == word }) else { return false }
            }
        }
        return sawWord
    }
}
