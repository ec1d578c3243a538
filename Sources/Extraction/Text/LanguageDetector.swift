/// Tells French from English by counting frequent function words.
enum LanguageDetector {
    /// How many characters from the start of the text are read.
    static let characterLimit = 6000

    /// Each detection word with the languages that list it, so that a word is hashed once, not once per language.
    private static let languagesByWord: [String: [Language]] = Lexicon.all.reduce(into: [:]) { table, lexicon in
        for word in lexicon.detectionWords { table[word, default: []].append(lexicon.language) }
    }

    /// The length in bytes of the longest detection word.
    private static let longestWord = languagesByWord.keys.map(\.utf8.count).max() ?? 0

    /// The language whose detection words are most frequent in `text` (French on a tie).
    ///
    /// Words are the runs of letters (characters whose first scalar is alphabetic, as
    /// `Character.isLetter`) among the first ``characterLimit`` characters.
    static func detect(_ text: String) -> Language {
        var counts: [Language: Int] = [:]
        func count(_ word: Substring, isASCII: Bool) {
            // Folding keeps the length of an ASCII word: a long one is no detection word.
            if isASCII && word.utf8.count > longestWord { return }
            for language in languagesByWord[TextFolding.fold(word)] ?? [] {
                counts[language, default: 0] += 1
            }
        }
        // Iterating over Characters cost a thousand instructions each; this walks the
        // bytes and leaves grapheme breaking to String only around non-ASCII text.
        // An ASCII scalar followed by another (or by nothing) is a character of its own:
        // only CR LF joins, and no non-ASCII scalar joins an ASCII one from the left
        // except a Prepend scalar, which the slow path steps over with what follows it.
        let utf8 = text.utf8
        var index = text.startIndex
        var wordStart: String.Index?
        var isASCIIWord = true
        var characters = 0
        while index < text.endIndex, characters < characterLimit {
            let byte = utf8[index]
            let after = utf8.index(after: index)
            let next: String.Index
            let isLetter: Bool
            let isASCII = byte < 0x80 && (after == utf8.endIndex || utf8[after] < 0x80)
            if isASCII {
                let lower = byte | 0x20
                isLetter = lower >= 97 && lower <= 122
                next = byte == 0x0D && after < utf8.endIndex && utf8[after] == 0x0A ? utf8.index(after: after) : after
            } else {
                isLetter = text.unicodeScalars[index].properties.isAlphabetic
                next = text.index(after: index)
            }
            if isLetter {
                if wordStart == nil { wordStart = index; isASCIIWord = true }
                if !isASCII { isASCIIWord = false }
            } else if let start = wordStart {
                count(text[start..<index], isASCII: isASCIIWord)
                wordStart = nil
            }
            index = next
            characters += 1
        }
        if let start = wordStart { count(text[start..<index], isASCII: isASCIIWord) }
        var best = Language.french
        for lexicon in Lexicon.all where counts[lexicon.language, default: 0] > counts[best, default: 0] {
            best = lexicon.language
        }
        return best
    }
}
