/// Splits a paragraph into sentences.
///
/// A sentence ends at `.`, `!` or `?` followed by a space and an uppercase
/// letter, a digit or an opening quote, except after an abbreviation or a
/// single initial. Quotations (« », “ ”, " ") stay inside one sentence unless
/// they are left open.
struct SentenceSplitter: Sendable {
    /// Folded words after which a period does not end a sentence.
    var abbreviations: Set<String>

    private static let openingQuotes: Set<Character> = ["«", "“", "\"", "„"]

    /// The sentences of `paragraph`, trimmed.
    func split(_ paragraph: String) -> [String] {
        let withQuotes = split(paragraph, respectingQuotes: true)
        return withQuotes ?? split(paragraph, respectingQuotes: false) ?? [paragraph]
    }

    private func split(_ text: String, respectingQuotes: Bool) -> [String]? {
        var sentences: [String] = []
        var start = text.startIndex
        var index = text.startIndex
        var depth = 0
        var straightOpen = false
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            switch character {
            case "«", "“": depth += 1
            case "»", "”": depth = max(0, depth - 1)
            case "\"": straightOpen.toggle()
            default: break
            }
            let inside = respectingQuotes && (depth > 0 || straightOpen)
            let closesQuote = (character == "»" || character == "”" || character == "\"") && depth == 0 && !straightOpen
            var isEnd = false
            if !inside && (character == "." || character == "!" || character == "?") {
                isEnd = endsSentence(text, at: index, from: start)
            } else if respectingQuotes && closesQuote {
                // ". »" or ".”": the quotation closes a sentence.
                if let previous = lastNonSpace(text, before: index, from: start), ".!?".contains(previous) {
                    isEnd = startsSentence(text, after: next)
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

    private func lastNonSpace(_ text: String, before index: String.Index, from start: String.Index) -> Character? {
        var cursor = index
        while cursor > start {
            cursor = text.index(before: cursor)
            if !CharacterClass.isWhitespace(text[cursor]) { return text[cursor] }
        }
        return nil
    }

    /// Whether a space then an uppercase letter, digit or opening quote follows `index`.
    private func startsSentence(_ text: String, after index: String.Index) -> Bool {
        var cursor = index
        guard cursor < text.endIndex, CharacterClass.isWhitespace(text[cursor]) else { return cursor == text.endIndex }
        while cursor < text.endIndex, CharacterClass.isWhitespace(text[cursor]) { cursor = text.index(after: cursor) }
        guard cursor < text.endIndex else { return true }
        let character = text[cursor]
        return CharacterClass.isUppercase(character) || CharacterClass.isNumber(character) || Self.openingQuotes.contains(character) || character == "("
    }

    private func endsSentence(_ text: String, at index: String.Index, from start: String.Index) -> Bool {
        let next = text.index(after: index)
        if next < text.endIndex, "»”\"".contains(text[next]) { return false }  // handled at the quote
        guard startsSentence(text, after: next) else { return false }
        guard text[index] == "." else { return true }
        // The word before the period.
        var wordStart = index
        while wordStart > start {
            let previous = text.index(before: wordStart)
            if CharacterClass.isLetter(text[previous]) { wordStart = previous } else { break }
        }
        let word = text[wordStart..<index]
        if word.count == 1, word.first!.isUppercase { return false }
        if abbreviations.contains(TextFolding.fold(word)) { return false }
        return true
    }
}
