/// The corpus layout of a press release with the web debris taken out.
///
/// Title line, optional `YYYY-MM-DD HH:MM` publication line, then body
/// paragraphs (one per non-empty line). Repeated headlines, photo credits,
/// image file names, update lines, share links, footers and other date lines
/// are dropped; wire datelines ("BEIJING, 31 août (Xinhua) --") are cut from
/// their paragraph and remembered as a reference date.
struct TextLayout: Sendable {
    /// The first non-empty line.
    var title: String
    /// `YYYY-MM-DDTHH:MM`, from the publication line or a "23 Août 2025 08:40" line.
    var publishedAt: String?
    /// The publication day, when known.
    var publicationDate: CalendarDate?
    /// The day of the first wire dateline, with the publication year.
    var datelineDate: CalendarDate?
    /// Body paragraphs, debris removed.
    var paragraphs: [String]

    /// Lines equal to the title are dropped as repeated headlines up to this many words.
    static let headlineWords = 30

    /// A first line longer than this many words is not a title but the start of the body.
    static let titleWords = 60

    /// The number of space-separated words in `line`, counting no further than `limit + 1`.
    private static func wordCount(_ line: String, over limit: Int) -> Int {
        var count = 0
        for _ in line.split(separator: " ", omittingEmptySubsequences: true) {
            count += 1
            if count > limit { break }
        }
        return count
    }

    /// A title for a text without one: its first sentence, or its first ``headlineWords`` words and an ellipsis.
    private static func opening(of line: String) -> String {
        let words = line.split(separator: " ", maxSplits: headlineWords, omittingEmptySubsequences: true).prefix(headlineWords)
        var result: [Substring] = []
        for word in words {
            result.append(word)
            if let last = word.last, ".!?".contains(last), result.count >= 3 { return result.joined(separator: " ") }
        }
        return result.joined(separator: " ") + " …"
    }

    /// The non-empty lines of `text`, trimmed.
    private static func lines(of text: String) -> [String] {
        var contiguous = text
        return contiguous.withUTF8 { utf8 in
            var lines: [String] = []
            var start = 0
            while start < utf8.count {
                var end = start
                while end < utf8.count, utf8[end] != UInt8(ascii: "\n") { end += 1 }
                let line = text.trimmed(start..<end, utf8: utf8)
                if !line.isEmpty { lines.append(line) }
                start = end + 1
            }
            return lines
        }
    }

    /// The date relative days are counted from: the dateline, else the publication day.
    var referenceDate: CalendarDate? { datelineDate ?? publicationDate }

    /// Reads `text` in the corpus layout.
    init(_ text: String) {
        let lines = Self.lines(of: text)
        var bodyLines = lines.dropFirst()[...]
        title = lines.first ?? ""
        // A first line too long to be a headline is body text: the title is its opening words.
        if let first = lines.first, Self.wordCount(first, over: Self.titleWords) > Self.titleWords {
            title = Self.opening(of: first)
            bodyLines = lines[...]
        }
        publishedAt = nil
        publicationDate = nil
        datelineDate = nil
        paragraphs = []
        let foldedTitle = TextFolding.fold(title)
        var datelines: [(day: Int, month: Int)] = []
        for line in bodyLines {
            if let stamp = Self.isoStamp(line) {
                if publishedAt == nil { publishedAt = stamp.text; publicationDate = stamp.date }
                continue
            }
            let folded = line.utf8.count > 400 ? "" : TextFolding.fold(line)
            // A repeated headline (a long line equal to a title derived from the first sentence is body text).
            if !folded.isEmpty && folded == foldedTitle && line.spaceSeparatedWordCount <= Self.headlineWords { continue }
            if let stamp = Self.writtenStamp(line) {
                if publishedAt == nil { publishedAt = stamp.text; publicationDate = stamp.date }
                continue
            }
            if Self.isDebris(line, folded: folded) { continue }
            var body = Substring(line)
            if let dateline = Self.dateline(in: line) {
                body = line[dateline.end...]
                if let day = dateline.day { datelines.append(day) }
            }
            let cleaned = String(body).trimmingCharacters()
            guard !cleaned.isEmpty else { continue }
            // A hard-wrapped line continues its paragraph: no final punctuation before, lowercase after.
            if let previous = paragraphs.last, let last = previous.last, !".!?»\"”:)".contains(last),
               let first = cleaned.first, first.isLowercase {
                paragraphs[paragraphs.count - 1] = previous + " " + cleaned
                continue
            }
            paragraphs.append(cleaned)
        }
        if let first = datelines.first, let year = publicationDate?.year {
            datelineDate = CalendarDate(year: year, month: first.month, day: first.day)
        }
    }

    // MARK: - Date lines

    private static func digits(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) else { return nil }
        return Int(text)
    }

    /// `YYYY-MM-DD HH:MM` alone on its line.
    private static func isoStamp(_ line: String) -> (text: String, date: CalendarDate?)? {
        guard line.utf8.count == 16 else { return nil }
        if let stamp = canonicalISOStamp(line) { return stamp }
        let parts = line.split(separator: " ")
        guard parts.count == 2 else { return nil }
        let day = parts[0].split(separator: "-")
        let time = parts[1].split(separator: ":")
        guard day.count == 3, time.count == 2, day[0].count == 4, day[1].count == 2, day[2].count == 2,
              let year = digits(day[0]), let month = digits(day[1]), let dayOfMonth = digits(day[2]),
              let hour = digits(time[0]), let minute = digits(time[1]) else { return nil }
        return ("\(day[0])-\(day[1])-\(day[2])T\(CalendarDate.pad(hour)):\(CalendarDate.pad(minute))",
                CalendarDate(year: year, month: month, day: dayOfMonth))
    }

    /// ``isoStamp(_:)`` of a line written exactly `YYYY-MM-DD HH:MM`, read from its bytes; nil
    /// for any other line, which the general reading then takes (one space or several, a
    /// one-digit hour). Splitting and reading the parts as Characters cost more than the rest
    /// of the layout's work on a release's publication line.
    private static func canonicalISOStamp(_ line: String) -> (text: String, date: CalendarDate?)? {
        var line = line
        return line.withUTF8 { bytes -> (text: String, date: CalendarDate?)? in
            guard bytes.count == 16, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
                  bytes[10] == UInt8(ascii: " "), bytes[13] == UInt8(ascii: ":") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for offset in range {
                    let digit = Int(bytes[offset]) - 48
                    guard digit >= 0 && digit <= 9 else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
                  number(11..<13) != nil, number(14..<16) != nil else { return nil }
            // Two-digit hour and minute are written as they are padded: the text is the line with a T.
            let text = String(unsafeUninitializedCapacity: 16) { buffer in
                for offset in 0..<16 { buffer[offset] = offset == 10 ? UInt8(ascii: "T") : bytes[offset] }
                return 16
            }
            return (text, CalendarDate(year: year, month: month, day: day))
        }
    }

    /// "23 Août 2025 08:40 (UTC+01:00)" or "August 23, 2025 08:40": a publication time.
    private static func writtenStamp(_ line: String) -> (text: String, date: CalendarDate?)? {
        guard line.utf8.count <= 60, let first = line.first, first.isLetter || first.isNumber else { return nil }
        let tokens = Tokenizer.tokenize(line).filter { $0.folded != "," }
        guard tokens.count >= 6, tokens.count <= 14 else { return nil }
        var day: Int?, monthValue: Int?, year: Int?
        var index = 0
        if let value = Int(tokens[0].folded), let found = monthNumber(tokens[1].folded) {
            day = value; monthValue = found; index = 2
        } else if let found = monthNumber(tokens[0].folded) {
            var next = 1
            if tokens[next].folded == "." { next += 1 }
            guard next < tokens.count, let value = Int(tokens[next].folded) else { return nil }
            day = value; monthValue = found; index = next + 1
        } else {
            return nil
        }
        guard index + 3 < tokens.count, tokens[index].folded.count == 4, let value = Int(tokens[index].folded),
              let hour = Int(tokens[index + 1].folded), tokens[index + 2].folded == ":",
              let minute = Int(tokens[index + 3].folded) else { return nil }
        year = value
        guard let date = CalendarDate(year: year!, month: monthValue!, day: day!) else { return nil }
        return ("\(date.iso)T\(CalendarDate.pad(hour)):\(CalendarDate.pad(minute))", date)
    }

    private static func monthNumber(_ folded: String) -> Int? {
        for lexicon in Lexicon.all { if let value = lexicon.months[folded] { return value } }
        return nil
    }

    // MARK: - Debris

    private static let imageSuffixes = [".jpg", ".jpeg", ".png", ".gif", ".webp"]

    private static func isDebris(_ line: String, folded: String) -> Bool {
        if folded.isEmpty { return false }  // Long paragraphs are never debris.
        let head = FoldedHead(firstBytesOf: folded)
        for lexicon in Lexicon.all where lexicon.debrisPrefixes.isPrefix(of: folded, head: head) { return true }
        // Every test below looks at counts up to 20 words.
        let wordCount = line.spaceSeparatedWordCount(upTo: 20)
        if wordCount <= 20 {
            let bytes = Array(folded.utf8)
            if debrisWordBytes.contains(where: { contains(bytes, $0) }) { return true }
        }
        if wordCount <= 3 && imageSuffixes.contains(where: { folded.hasSuffix($0) }) { return true }
        if line.hasPrefix("(") && line.hasSuffix(")") && wordCount <= 12 { return true }
        if line.hasPrefix("[") && line.hasSuffix("]") && wordCount <= 12 { return true }
        // A numeric date stamp with a separator bar: "12/03/2025 | Press release | ...".
        if line.containsASCII("|"), let first = line.split(separator: " ").first,
           first.filter({ $0 == "/" }).count == 2, first.allSatisfy({ $0.isNumber || $0 == "/" }) { return true }
        // Short bylines without a sentence: "Paris / La Gazette".
        if wordCount < 5 && !line.contains(where: { ".!?»\"".contains($0) }) { return true }
        return false
    }

    /// The debris words of every language, as bytes for ``contains(_:_:)``.
    private static let debrisWordBytes: [[UInt8]] = Lexicon.all.flatMap { $0.debrisWords.map { Array($0.utf8) } }

    /// Plain byte search (Foundation's `contains` goes through NSString).
    private static func contains(_ haystack: [UInt8], _ pattern: [UInt8]) -> Bool {
        guard !pattern.isEmpty, haystack.count >= pattern.count else { return pattern.isEmpty }
        for start in 0...(haystack.count - pattern.count) where haystack[start] == pattern[0] {
            if haystack[start..<start + pattern.count].elementsEqual(pattern) { return true }
        }
        return false
    }

    // MARK: - Wire datelines

    /// False when the bytes show that `line` does not open with a place and a comma within
    /// 31 Characters, as ``dateline(in:)`` requires; most paragraphs are ruled out this way
    /// without walking their Characters.
    ///
    /// Before the first comma byte, an ASCII byte followed by ASCII is a Character of its own
    /// (or one with a Prepend scalar before it), so a digit or a sign there is no place word;
    /// and where every scalar is a Character of its own, 31 of them put the comma too far.
    private static func mayStartWithPlace(_ line: String) -> Bool {
        line.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            var scalars = 0
            var isOneScalarPerCharacter = true
            for offset in utf8.indices {
                let byte = utf8[offset]
                if byte == UInt8(ascii: ",") { return !isOneScalarPerCharacter || scalars < 31 }
                if byte & 0xC0 != 0x80 { scalars += 1 }
                if byte < 0x80 {
                    let lower = byte | 0x20
                    let isPlaceByte = (lower >= 97 && lower <= 122) || byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-")
                        || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ".")
                    if !isPlaceByte && (offset + 1 == utf8.count || utf8[offset + 1] < 0x80) { return false }
                    if byte == 0x0D { isOneScalarPerCharacter = false }
                } else if byte >= 0xC0, !Tokenizer.decode(utf8, at: offset).0.neverJoinsNeighbours {
                    isOneScalarPerCharacter = false
                }
                // 31 scalars, each a Character, and no comma among them: the comma is too far.
                if isOneScalarPerCharacter && scalars >= 31 { return false }
            }
            return false
        } ?? true
    }

    /// "BEIJING, 31 août (Xinhua) --": where the body starts, and the day and month.
    private static func dateline(in line: String) -> (end: String.Index, day: (day: Int, month: Int)?)? {
        guard mayStartWithPlace(line) else { return nil }
        // Both searches look only as far as a dateline can reach, not along the whole paragraph.
        guard let comma = line.prefix(31).firstIndex(of: ",") else { return nil }
        let place = line[..<comma]
        guard let initial = place.first, initial.isUppercase,
              place.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" || $0 == "'" || $0 == "." }) else { return nil }
        let rest = line[line.index(after: comma)...]
        guard let open = rest.prefix(26).firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") else { return nil }
        var cursor = line.index(after: close)
        while cursor < line.endIndex, line[cursor] == " " { cursor = line.index(after: cursor) }
        var dashes = 0
        while cursor < line.endIndex, "-—–".contains(line[cursor]) { cursor = line.index(after: cursor); dashes += 1 }
        guard dashes > 0 else { return nil }
        while cursor < line.endIndex, line[cursor] == " " { cursor = line.index(after: cursor) }
        let dateTokens = Tokenizer.tokenize(String(rest[..<open])).filter(\.isWord)
        var day: (day: Int, month: Int)?
        if dateTokens.count == 2 {
            if let value = Int(dateTokens[0].folded), let found = monthNumber(dateTokens[1].folded) {
                day = (value, found)
            } else if let found = monthNumber(dateTokens[0].folded), let value = Int(dateTokens[1].folded) {
                day = (value, found)
            }
        }
        return (cursor, day)
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace.
    func trimmingCharacters() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}

extension String {
    /// The text between the UTF-8 offsets `range` (on Character boundaries) as
    /// ``StringProtocol/trimmingCharacters()`` trims it; `utf8` is the string's storage.
    ///
    /// Where ASCII whitespace meets ASCII text the Characters are the scalars, so the
    /// bytes answer; anything else at either edge (a non-ASCII space, a mark joining a
    /// space) is left to the Character view.
    func trimmed(_ range: Range<Int>, utf8: UnsafeBufferPointer<UInt8>) -> String {
        @inline(__always) func isSpace(_ byte: UInt8) -> Bool { byte == 32 || (byte >= 9 && byte <= 13) }
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isSpace(utf8[lower]) { lower += 1 }
        while upper > lower, isSpace(utf8[upper - 1]) { upper -= 1 }
        if lower == upper { return "" }
        if utf8[lower] < 0x80 && utf8[upper - 1] < 0x80 {
            return String(decoding: UnsafeBufferPointer(rebasing: utf8[lower..<upper]), as: UTF8.self)
        }
        let start = self.utf8.index(self.utf8.startIndex, offsetBy: range.lowerBound)
        let end = self.utf8.index(self.utf8.startIndex, offsetBy: range.upperBound)
        return self[start..<end].trimmingCharacters()
    }
}
