/// One word or punctuation mark of a sentence.
struct Token: Sendable {
    /// The text as written.
    var text: Substring
    /// The folded text (see ``TextFolding``).
    var folded: String
    /// Whether this is a word (letters or digits) rather than punctuation.
    var isWord: Bool
    /// Whether the token sits inside parentheses.
    var isParenthesized: Bool
    /// Whether the token sits inside quotation marks.
    var isQuoted: Bool

    /// Whether the word starts with an uppercase letter.
    var isCapitalized: Bool
    /// Whether the word is written in capitals only (acronyms, shouted headlines).
    var isAllCaps: Bool
    /// Whether the word is a number.
    var isNumber: Bool
    /// Whether the word contains a digit.
    var hasDigit: Bool

    init(text: Substring, folded: String, isWord: Bool, isParenthesized: Bool, isQuoted: Bool) {
        self.text = text
        self.folded = folded
        self.isWord = isWord
        self.isParenthesized = isParenthesized
        self.isQuoted = isQuoted
        var capitalized = false, allCaps = isWord, number = isWord, digit = false, letters = 0
        var count = 0
        if isWord {
            for scalar in text.unicodeScalars {
                let letter = ScalarClass.isLetter(scalar)
                let upper = letter && ScalarClass.isUppercase(scalar)
                if count == 0 { capitalized = upper }
                count += 1
                // An ASCII letter is never a combining mark: skip the property lookup.
                if letter {
                    letters += 1
                    if !upper && (scalar.isASCII || scalar.properties.generalCategory != .nonspacingMark) { allCaps = false }
                }
                let isDigit = ScalarClass.isNumber(scalar)
                if isDigit { digit = true }
                if !isDigit && scalar != "," && scalar != "." { number = false }
            }
        }
        isCapitalized = capitalized
        isAllCaps = allCaps && letters > 0 && count > 1
        isNumber = number
        hasDigit = digit
    }

    /// The parts of a hyphenated word, folded.
    var foldedParts: [Substring] { folded.split(separator: "-") }
}

/// Splits a sentence into ``Token``s.
///
/// French elisions become their own token ("l'", "d'", "s'"), English
/// possessives too ("'s"); hyphenated words stay whole ("Kassym-Jomart", "a-t-il").
enum Tokenizer {
    private static let elisions: Set<String> = Lexicon.all.reduce(into: []) { $0.formUnion($1.elisions) }

    // Comparisons rather than sets of scalars: these run on every scalar, and hashing showed in profiles.
    @inline(__always) private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "’" || scalar == "‘"
    }
    @inline(__always) private static func isOpeningQuote(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "«" || scalar == "“" || scalar == "„"
    }
    @inline(__always) private static func isClosingQuote(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "»" || scalar == "”"
    }
    @inline(__always) private static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "‑"
    }

    @inline(__always) private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        ScalarClass.isLetter(scalar) || ScalarClass.isNumber(scalar)
    }

    /// The tokens of `text`.
    static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var parentheses = 0
        var quoteDepth = 0
        var straightQuoteOpen = false

        func emit(_ range: Range<String.Index>, isWord: Bool) {
            let piece = text[range]
            tokens.append(Token(
                text: piece, folded: TextFolding.fold(piece), isWord: isWord,
                isParenthesized: parentheses > 0, isQuoted: quoteDepth > 0 || straightQuoteOpen
            ))
        }
        func scalar(after position: String.Index) -> (Unicode.Scalar, String.Index)? {
            let next = scalars.index(after: position)
            return next < scalars.endIndex ? (scalars[next], next) : nil
        }

        while index < scalars.endIndex {
            let current = scalars[index]
            if ScalarClass.isWhitespace(current) {
                index = scalars.index(after: index)
                continue
            }
            if isWordScalar(current) {
                var start = index
                var cursor = index
                var numeric = true
                while cursor < scalars.endIndex {
                    let character = scalars[cursor]
                    if isWordScalar(character) {
                        if !ScalarClass.isNumber(character) { numeric = false }
                        cursor = scalars.index(after: cursor)
                        continue
                    }
                    guard let (after, next) = scalar(after: cursor) else { break }
                    if isHyphen(character), isWordScalar(after) {
                        cursor = next
                        continue
                    }
                    if (character == "," || character == "."), numeric, ScalarClass.isNumber(after) {
                        cursor = next
                        continue
                    }
                    if isApostrophe(character), ScalarClass.isLetter(after) {
                        if elisions.contains(TextFolding.fold(text[start..<cursor])) {
                            emit(start..<next, isWord: true)
                            start = next
                            cursor = next
                            numeric = true
                            continue
                        }
                        if after == "s" || after == "S" {
                            if let (afterNext, _) = scalar(after: next), ScalarClass.isLetter(afterNext) {
                                cursor = next
                                continue
                            }
                            break
                        }
                        cursor = next
                        continue
                    }
                    break
                }
                emit(start..<cursor, isWord: true)
                index = cursor
                continue
            }
            let next = scalars.index(after: index)
            if isApostrophe(current), next < scalars.endIndex, scalars[next] == "s" || scalars[next] == "S" {
                let afterNext = scalars.index(after: next)
                if afterNext == scalars.endIndex || !ScalarClass.isLetter(scalars[afterNext]) {
                    emit(index..<afterNext, isWord: false)
                    index = afterNext
                    continue
                }
            }
            switch current {
            case "(", "[": parentheses += 1; emit(index..<next, isWord: false)
            case ")", "]": emit(index..<next, isWord: false); parentheses = max(0, parentheses - 1)
            case _ where isOpeningQuote(current): emit(index..<next, isWord: false); quoteDepth += 1
            case _ where isClosingQuote(current): quoteDepth = max(0, quoteDepth - 1); emit(index..<next, isWord: false)
            case "\"":
                if straightQuoteOpen { straightQuoteOpen = false; emit(index..<next, isWord: false) }
                else { emit(index..<next, isWord: false); straightQuoteOpen = true }
            default: emit(index..<next, isWord: false)
            }
            index = next
        }
        return tokens
    }
}

/// Unicode scalar tests with an ASCII fast path.
enum ScalarClass {
    @inline(__always) static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { let value = scalar.value | 0x20; return value >= 97 && value <= 122 }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.generalCategory == .nonspacingMark
    }

    @inline(__always) static func isNumber(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 48 && scalar.value <= 57 }
        return scalar.properties.numericType != nil
    }

    @inline(__always) static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 65 && scalar.value <= 90 }
        return scalar.properties.isUppercase
    }

    @inline(__always) static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value == 32 || (scalar.value >= 9 && scalar.value <= 13) }
        return scalar.properties.isWhitespace
    }
}

extension Array where Element == Token {
    /// The original text from token `range.lowerBound` to `range.upperBound - 1`, in `source`.
    func text(_ range: Range<Int>, in source: String) -> String {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= count else { return "" }
        return String(source[self[range.lowerBound].text.startIndex..<self[range.upperBound - 1].text.endIndex])
    }
}
