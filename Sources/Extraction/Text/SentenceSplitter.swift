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
        // The scan reads scalars from the UTF-8 bytes by offset, as the tokenizer does.
        var contiguous = paragraph
        return contiguous.withUTF8 { utf8 in
            split(paragraph, utf8: utf8, respectingQuotes: true)
                ?? split(paragraph, utf8: utf8, respectingQuotes: false) ?? [paragraph]
        }
    }

    private func split(_ text: String, utf8: UnsafeBufferPointer<UInt8>, respectingQuotes: Bool) -> [String]? {
        var sentences: [String] = []
        var start = 0
        var index = 0
        var depth = 0
        var straightOpen = false
        while index < utf8.count {
            let (scalar, next) = Tokenizer.decode(utf8, at: index)
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
                isEnd = endsSentence(utf8, at: index, scalar: scalar, next: next, from: start)
            } else if respectingQuotes && closesQuote {
                // ". »" or ".”": the quotation closes a sentence.
                if let previous = lastNonSpace(utf8, before: index, from: start), Self.isSentenceEnd(previous) {
                    isEnd = startsSentence(utf8, after: next)
                }
            }
            if isEnd {
                let piece = text.trimmed(start..<next, utf8: utf8)
                if !piece.isEmpty { sentences.append(piece) }
                start = next
            }
            index = next
        }
        if respectingQuotes && (depth > 0 || straightOpen) { return nil }
        let tail = text.trimmed(start..<utf8.count, utf8: utf8)
        if !tail.isEmpty { sentences.append(tail) }
        return sentences
    }

    /// The offset of the scalar before the one at `offset` (a scalar boundary after `start`).
    @inline(__always) private func scalarStart(_ utf8: UnsafeBufferPointer<UInt8>, before offset: Int) -> Int {
        var cursor = offset - 1
        while utf8[cursor] & 0xC0 == 0x80 { cursor -= 1 }
        return cursor
    }

    private func lastNonSpace(_ utf8: UnsafeBufferPointer<UInt8>, before index: Int, from start: Int) -> Unicode.Scalar? {
        var cursor = index
        while cursor > start {
            cursor = scalarStart(utf8, before: cursor)
            let scalar = Tokenizer.decode(utf8, at: cursor).0
            if !ScalarClass.isWhitespace(scalar) { return scalar }
        }
        return nil
    }

    /// Whether a space then an uppercase letter, digit or opening quote follows `index`.
    private func startsSentence(_ utf8: UnsafeBufferPointer<UInt8>, after index: Int) -> Bool {
        var cursor = index
        guard cursor < utf8.count, ScalarClass.isWhitespace(Tokenizer.decode(utf8, at: cursor).0) else { return cursor == utf8.count }
        var scalar: Unicode.Scalar = " "
        while cursor < utf8.count {
            let next: Int
            (scalar, next) = Tokenizer.decode(utf8, at: cursor)
            guard ScalarClass.isWhitespace(scalar) else { break }
            cursor = next
        }
        guard cursor < utf8.count else { return true }
        return ScalarClass.isUppercase(scalar) || ScalarClass.isNumber(scalar) || Self.isOpeningQuote(scalar) || scalar == "("
    }

    private func endsSentence(
        _ utf8: UnsafeBufferPointer<UInt8>, at index: Int, scalar: Unicode.Scalar, next: Int, from start: Int
    ) -> Bool {
        if next < utf8.count, Self.isClosingQuote(Tokenizer.decode(utf8, at: next).0) { return false }  // handled at the quote
        guard startsSentence(utf8, after: next) else { return false }
        guard scalar == "." else { return true }
        // The word before the period.
        var wordStart = index
        var scalars = 0
        while wordStart > start {
            let previous = scalarStart(utf8, before: wordStart)
            if ScalarClass.isLetter(Tokenizer.decode(utf8, at: previous).0) { wordStart = previous; scalars += 1 } else { break }
        }
        if scalars == 1, ScalarClass.isUppercase(Tokenizer.decode(utf8, at: wordStart).0) { return false }
        if abbreviations.contains(TextFolding.fold(UnsafeBufferPointer(rebasing: utf8[wordStart..<index]))) { return false }
        return true
    }
}
