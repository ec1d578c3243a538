/// Tells French from English by counting frequent function words.
enum LanguageDetector {
    /// Each detection word with the languages that list it, so that a word is hashed once, not once per language.
    private static let languagesByWord: [String: [Language]] = Lexicon.all.reduce(into: [:]) { table, lexicon in
        for word in lexicon.detectionWords { table[word, default: []].append(lexicon.language) }
    }

    /// The language whose detection words are most frequent in `text` (French on a tie).
    static func detect(_ text: String) -> Language {
        var counts: [Language: Int] = [:]
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            for language in languagesByWord[TextFolding.fold(word)] ?? [] {
                counts[language, default: 0] += 1
            }
            word = ""
        }
        for character in text.prefix(6000) {
            if isLetter(character) { word.append(character) } else { flush() }
        }
        flush()
        var best = Language.french
        for lexicon in Lexicon.all where counts[lexicon.language, default: 0] > counts[best, default: 0] {
            best = lexicon.language
        }
        return best
    }

    /// `Character.isLetter`, with the answer for ASCII worked out without a Unicode property lookup.
    @inline(__always) private static func isLetter(_ character: Character) -> Bool {
        if let ascii = character.asciiValue {
            let lower = ascii | 0x20
            return lower >= 97 && lower <= 122
        }
        return character.isLetter
    }
}
