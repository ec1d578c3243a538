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
    var isCapitalized: Bool {
        guard isWord, let first = text.first else { return false }
        return first.isUppercase
    }

    /// Whether the word is written in capitals only (acronyms, shouted headlines).
    var isAllCaps: Bool {
        guard isWord, text.count > 1 else { return false }
        return text.allSatisfy { !$0.isLetter || $0.isUppercase } && text.contains(where: \.isLetter)
    }

    /// Whether the word is a number.
    var isNumber: Bool { isWord && text.allSatisfy { $0.isNumber || $0 == "," || $0 == "." } }

    /// The parts of a hyphenated word, folded.
    var foldedParts: [Substring] { folded.split(separator: "-") }
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
            if character.isWhitespace {
                index = text.index(after: index)
                continue
            }
            if character.isLetter || character.isNumber {
                var start = index
                var cursor = index
                while cursor < text.endIndex {
                    let current = text[cursor]
                    if current.isLetter || current.isNumber {
                        cursor = text.index(after: cursor)
                        continue
                    }
                    let next = text.index(after: cursor)
                    let nextCharacter: Character? = next < text.endIndex ? text[next] : nil
                    if current == "-" || current == "‑", let after = nextCharacter, after.isLetter || after.isNumber {
                        cursor = next
                        continue
                    }
                    if (current == "," || current == "."), let after = nextCharacter, after.isNumber,
                       text[start..<cursor].allSatisfy({ $0.isNumber || $0 == "," || $0 == "." }) {
                        cursor = next
                        continue
                    }
                    if apostrophes.contains(current), let after = nextCharacter, after.isLetter {
                        let prefix = TextFolding.fold(text[start..<cursor])
                        if elisions.contains(prefix) {
                            emit(start..<next, isWord: true)
                            start = next
                            cursor = next
                            continue
                        }
                        let afterNext = text.index(after: next)
                        if (after == "s" || after == "S") && (afterNext == text.endIndex || !text[afterNext].isLetter) {
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
                    if afterNext == text.endIndex || !text[afterNext].isLetter {
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
