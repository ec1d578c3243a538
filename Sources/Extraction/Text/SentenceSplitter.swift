/// Splits a paragraph into sentences.
///
/// A sentence ends at `.`, `!` or `?` followed by a space and an uppercase
/// letter, a digit or an opening quote, except after an abbreviation or a
/// single initial. Quotations (« », “ ”, " ") stay inside one sentence unless
/// they are left open.
struct SentenceSplitter: Sendable {
    /// Folded words after which a period does not end a sentence.
    var abbreviations: Set<String>

    /// The splitter for every supported language.
    static let standard = SentenceSplitter(abbreviations: Lexicon.all.reduce(into: []) { $0.formUnion($1.abbreviations) })

    // Comparisons rather than sets of scalars: these run on every scalar, and hashing showed in profiles.
    @inline(__always) private static func isOpeningQuote(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "«" || scalar == "“" || scalar == "\"" || scalar == "„"
    }
    @inline(__always) private static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "!" || scalar == "?"
    }
    @inline(__always) private static func isClosingQuote(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "»" || scalar == "”" || scalar == "\""
    }

    /// The sentences of `paragraph`, trimmed.
    func split(_ paragraph: String) -> [String] {
        let withQuotes = split(paragraph, respectingQuotes: true)
        return withQuotes ?? split(paragraph, respectingQuotes: false) ?? [paragraph]
    }

    private func split(_ text: String, respectingQuotes: Bool) -> [String]? {
        let scalars = text.unicodeScalars
        var sentences: [String] = []
        var start = scalars.startIndex
        var index = scalars.startIndex
        var depth = 0
        var straightOpen = false
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            switch scalar {
            case "«", "“": depth += 1
            case "»", "”": depth = max(0, depth - 1)
            case "\"": straightOpen.toggle()
            default: break
            }
            let inside = respectingQuotes && (depth > 0 || straightOpen)
            let closesQuote = Self.isClosingQuote(scalar) && depth == 0 && !straightOpen
            var isEnd = false
            if !inside && Self.isSentenceEnd(scalar) {
                isEnd = endsSentence(scalars, at: index, from: start)
            } else if respectingQuotes && closesQuote {
                // ". »" or ".”": the quotation closes a sentence.
                if let previous = lastNonSpace(scalars, before: index, from: start), Self.isSentenceEnd(previous) {
                    isEnd = startsSentence(scalars, after: next)
                }
            }
            if isEnd {
                let piece = text[start..<next].trimmingCharacters()
                if !piece.isEmpty { sentences.append(piece) }
                start = next
            }
            index = next
        }
        if respectingQuotes && (depth > 0 || straightOpen) { return nil }
        let tail = text[start...].trimmingCharacters()
        if !tail.isEmpty { sentences.append(tail) }
        return sentences
    }

    private func lastNonSpace(_ scalars: String.UnicodeScalarView, before index: String.Index, from start: String.Index) -> Unicode.Scalar? {
        var cursor = index
        while cursor > start {
            cursor = scalars.index(before: cursor)
            if !ScalarClass.isWhitespace(scalars[cursor]) { return scalars[cursor] }
        }
        return nil
    }

    /// Whether a space then an uppercase letter, digit or opening quote follows `index`.
    private func startsSentence(_ scalars: String.UnicodeScalarView, after index: String.Index) -> Bool {
        var cursor = index
        guard cursor < scalars.endIndex, ScalarClass.isWhitespace(scalars[cursor]) else { return cursor == scalars.endIndex }
        while cursor < scalars.endIndex, ScalarClass.isWhitespace(scalars[cursor]) { cursor = scalars.index(after: cursor) }
        guard cursor < scalars.endIndex else { return true }
        let scalar = scalars[cursor]
        return ScalarClass.isUppercase(scalar) || ScalarClass.isNumber(scalar) || Self.isOpeningQuote(scalar) || scalar == "("
    }

    private func endsSentence(_ scalars: String.UnicodeScalarView, at index: String.Index, from start: String.Index) -> Bool {
        let next = scalars.index(after: index)
        if next < scalars.endIndex, Self.isClosingQuote(scalars[next]) { return false }  // handled at the quote
        guard startsSentence(scalars, after: next) else { return false }
        guard scalars[index] == "." else { return true }
        // The word before the period.
        var wordStart = index
        while wordStart > start {
            let previous = scalars.index(before: wordStart)
            if ScalarClass.isLetter(scalars[previous]) { wordStart = previous } else { break }
        }
        let word = scalars[wordStart..<index]
        if word.count == 1, ScalarClass.isUppercase(word.first!) { return false }
        if abbreviations.contains(TextFolding.fold(String(word))) { return false }
        return true
    }
}
