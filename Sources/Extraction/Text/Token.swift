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
        if isWord {
            for (offset, character) in text.enumerated() {
                let letter = CharacterClass.isLetter(character)
                let upper = letter && CharacterClass.isUppercase(character)
                if offset == 0 { capitalized = upper }
                if letter { letters += 1; if !upper { allCaps = false } }
                let isDigit = CharacterClass.isNumber(character)
                if isDigit { digit = true }
                if !isDigit && character != "," && character != "." { number = false }
            }
        }
        isCapitalized = capitalized
        isAllCaps = allCaps && letters > 0 && text.count > 1
        isNumber = number
        hasDigit = digit
    }

    /// The parts of a hyphenated word, folded.
    var foldedParts: [Substring] { folded.split(separator: "-") }
}

/// Character tests with an ASCII fast path (Unicode properties are slow to look up).
enum CharacterClass {
    @inline(__always) static func isLetter(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return (ascii | 0x20) >= 97 && (ascii | 0x20) <= 122 }
        return character.isLetter
    }

    @inline(__always) static func isNumber(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return ascii >= 48 && ascii <= 57 }
        return character.isNumber
    }

    @inline(__always) static func isUppercase(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return ascii >= 65 && ascii <= 90 }
        return character.isUppercase
    }

    @inline(__always) static func isWhitespace(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return ascii == 32 || (ascii >= 9 && ascii <= 13) }
        return character.isWhitespace
    }
}

/// Splits a sentence into ``Token``s.
///
/// French elisions become their own token ("l'", "d'", "s'"), English
/// possessives too ("'s"); hyphenated words stay whole ("Kassym-Jomart", "a-t-il").
enum Tokenizer {
    private static let elisions: Set<String> = Lexicon.all.reduce(into: []) { $0.formUnion($1.elisions) }
    private static let apostrophes: Set<Character> = ["'", "’", "‘"]
    private static let openingQuotes: Set<Character> = ["«", "“", "„"]
    private static let closingQuotes: Set<Character> = ["»", "”"]

    /// The tokens of `text`.
    static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var index = text.startIndex
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

        while index < text.endIndex {
            let character = text[index]
            if CharacterClass.isWhitespace(character) {
                index = text.index(after: index)
                continue
            }
            if CharacterClass.isLetter(character) || CharacterClass.isNumber(character) {
                var start = index
                var cursor = index
                while cursor < text.endIndex {
                    let current = text[cursor]
                    if CharacterClass.isLetter(current) || CharacterClass.isNumber(current) {
                        cursor = text.index(after: cursor)
                        continue
                    }
                    let next = text.index(after: cursor)
                    let nextCharacter: Character? = next < text.endIndex ? text[next] : nil
                    if current == "-" || current == "‑", let after = nextCharacter, CharacterClass.isLetter(after) || CharacterClass.isNumber(after) {
                        cursor = next
                        continue
                    }
                    if (current == "," || current == "."), let after = nextCharacter, CharacterClass.isNumber(after),
                       text[start..<cursor].allSatisfy({ CharacterClass.isNumber($0) || $0 == "," || $0 == "." }) {
                        cursor = next
                        continue
                    }
                    if apostrophes.contains(current), let after = nextCharacter, CharacterClass.isLetter(after) {
                        let prefix = TextFolding.fold(text[start..<cursor])
                        if elisions.contains(prefix) {
                            emit(start..<next, isWord: true)
                            start = next
                            cursor = next
                            continue
                        }
                        let afterNext = text.index(after: next)
                        if (after == "s" || after == "S") && (afterNext == text.endIndex || !CharacterClass.isLetter(text[afterNext])) {
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
            if apostrophes.contains(character) {
                let next = text.index(after: index)
                if next < text.endIndex, text[next] == "s" || text[next] == "S" {
                    let afterNext = text.index(after: next)
                    if afterNext == text.endIndex || !CharacterClass.isLetter(text[afterNext]) {
                        emit(index..<afterNext, isWord: false)
                        index = afterNext
                        continue
                    }
                }
            }
            let next = text.index(after: index)
            switch character {
            case "(", "[": parentheses += 1; emit(index..<next, isWord: false)
            case ")", "]": emit(index..<next, isWord: false); parentheses = max(0, parentheses - 1)
            case _ where openingQuotes.contains(character): emit(index..<next, isWord: false); quoteDepth += 1
            case _ where closingQuotes.contains(character): quoteDepth = max(0, quoteDepth - 1); emit(index..<next, isWord: false)
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

extension Array where Element == Token {
    /// The original text from token `range.lowerBound` to `range.upperBound - 1`, in `source`.
    func text(_ range: Range<Int>, in source: String) -> String {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= count else { return "" }
        return String(source[self[range.lowerBound].text.startIndex..<self[range.upperBound - 1].text.endIndex])
    }
}
