/// Finds the figures a text reports: amounts of money, quantities and
/// percentages, each with its sentence and the period it refers to.
///
/// A figure is a number with a unit: a currency symbol before it ("$41
/// billion", "US$ 1.5 billion"), or a scale, currency, measure or percent word
/// after it ("43,8 milliards de dollars", "9,2 pour cent", "1.5 million tons").
/// A bare number ("4,700 Chinese businesses", "15 years") is not a figure.
/// The period is the one year the sentence names outside a deadline ("En
/// 2024, ..."; not "d'ici 2030"), with a part of the year when one is named
/// ("au premier semestre 2025" → 2025-H1).
struct FigureFinder: Sendable {
    var text: AnalyzedText
    private var lexicon: Lexicon { text.lexicon }

    /// The figures, in text order.
    func find() -> [Figure] {
        var result: [Figure] = []
        for sentence in text.sentences {
            let tokens = sentence.tokens
            var period: String??
            var index = 0
            while index < tokens.count {
                guard let found = figure(at: index, in: tokens, of: sentence.text) else { index += 1; continue }
                if period == nil { period = self.period(of: tokens, in: sentence.text) }
                result.append(Figure(
                    text: sentence.text(found.range), value: found.value, unit: found.unit,
                    period: period ?? nil, sentence: sentence.text))
                index = found.range.upperBound
            }
        }
        return result
    }

    /// The figure whose number is at `index`, if a unit goes with it; the tokens are cut from the sentence `source`.
    private func figure(at index: Int, in tokens: [Token], of source: String) -> (range: Range<Int>, value: Double, unit: String)? {
        guard tokens[index].isNumber, let number = number(at: index, in: tokens, of: source) else { return nil }
        var start = index
        var currency: String?
        // "$41", "US$ 1.5", "USD 300".
        if index > 0 {
            let before = tokens[index - 1]
            let symbol = before.text(in: source)
            if let code = Lexicon.currencySymbols[String(symbol)] ?? (before.isAllCaps ? lexicon.currencyWords[before.folded] : nil) {
                currency = code
                start = index - 1
                if symbol == "$", index > 1, tokens[index - 2].isAllCaps, tokens[index - 2].text(in: source).count <= 2 {
                    start = index - 2
                }
            }
        }
        var cursor = number.end
        var scale: String?
        if cursor < tokens.count, let word = lexicon.magnitudeWords[tokens[cursor].folded] {
            scale = word
            cursor += 1
        }
        if currency == nil, let percent = lexicon.percentWords.match(tokens, at: cursor) {
            return (start..<percent, number.value, "%")
        }
        var measure: String?
        if currency == nil {
            // "milliards de dollars", "billion US dollars": linkers only lead to a unit word.
            var look = cursor
            while look < tokens.count, lexicon.unitLinkers.contains(tokens[look].folded), look - cursor < 2 { look += 1 }
            if look < tokens.count {
                if let code = lexicon.currencyWords[tokens[look].folded] {
                    currency = code
                    cursor = look + 1
                } else if let symbol = lexicon.measureWords[tokens[look].folded] {
                    measure = symbol
                    cursor = look + 1
                }
            }
        }
        guard let unit = currency ?? measure else { return nil }
        return (start..<cursor, number.value, [scale, unit].compactMap { $0 }.joined(separator: " "))
    }

    /// The number starting at `index`: "43,8", "4,700", "66.4", and French "4 700" written as two tokens.
    private func number(at index: Int, in tokens: [Token], of source: String) -> (value: Double, end: Int)? {
        var digits = String(tokens[index].text(in: source))
        var end = index + 1
        // Groups of three digits after a space continue a short number ("1 500 milliards").
        if digits.count <= 3 {
            while end < tokens.count, tokens[end].isNumber, tokens[end].text(in: source).count == 3,
                  tokens[end].text(in: source).allSatisfy(\.isASCII),
                  source[tokens[end - 1].endIndex..<tokens[end].startIndex].allSatisfy(\.isWhitespace)
            {
                digits += String(tokens[end].text(in: source))
                end += 1
            }
        }
        guard let value = Self.parse(digits, decimalComma: lexicon.decimalComma) else { return nil }
        return (value, end)
    }

    /// The value of a written number. The last separator is the decimal one unless it is
    /// followed by exactly three digits in a language that groups thousands with it.
    static func parse(_ written: String, decimalComma: Bool) -> Double? {
        let thousands: Character = decimalComma ? "." : ","
        let decimal: Character = decimalComma ? "," : "."
        var text = written
        // "1,234.5" or "1.234,5": both separators, the last one is the decimal one.
        if text.contains(","), text.contains(".") {
            let last = text.last { $0 == "," || $0 == "." }!
            let other: Character = last == "," ? "." : ","
            text.removeAll { $0 == other }
            return Double(pointed(text, last))
        }
        let groups = text.split(separator: thousands, omittingEmptySubsequences: false)
        if groups.count > 1, groups.dropFirst().allSatisfy({ $0.count == 3 }), (1...3).contains(groups[0].count) {
            text.removeAll { $0 == thousands }
        } else if groups.count == 2 {
            // "66.4" in a decimal-comma text, "43,8" in a decimal-point text: one separator, not a group of three.
            text = pointed(text, thousands)
        }
        return Double(pointed(text, decimal))
    }

    /// `text` with every `separator` written as a period, as Foundation's `replacingOccurrences`
    /// writes it; an ASCII text (the usual number) is rewritten on its bytes, without NSString.
    private static func pointed(_ text: String, _ separator: Character) -> String {
        guard let byte = separator.asciiValue, text.utf8.allSatisfy({ $0 < 0x80 }) else {
            return text.replacingOccurrences(of: String(separator), with: ".")
        }
        return String(decoding: text.utf8.map { $0 == byte ? UInt8(ascii: ".") : $0 }, as: UTF8.self)
    }

    /// The period the sentence reports: its one year outside deadlines, with a part of the year.
    private func period(of tokens: [Token], in source: String) -> String? {
        var years: Set<String> = []
        for index in tokens.indices where Self.isYear(tokens[index], in: source) {
            let deadline = (max(0, index - 3)..<index).contains { lexicon.deadlineIntroducers.match(tokens, at: $0) == index }
            if !deadline { years.insert(String(tokens[index].text(in: source))) }
        }
        guard years.count == 1, let year = years.first else { return nil }
        for rule in lexicon.periodParts where rule.pattern.firstMatch(in: tokens, skipping: lexicon.adverbs) != nil {
            return "\(year)-\(rule.suffix)"
        }
        return year
    }

    private static func isYear(_ token: Token, in source: String) -> Bool {
        let text = token.text(in: source)
        guard text.count == 4, text.allSatisfy(\.isASCII), let year = Int(text) else { return false }
        return (1950...2100).contains(year)
    }
}
