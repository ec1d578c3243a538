/// Tells French from English by counting frequent function words.
enum LanguageDetector {
    /// The language whose detection words are most frequent in `text` (French on a tie).
    static func detect(_ text: String) -> Language {
        var counts: [Language: Int] = [:]
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            let folded = TextFolding.fold(word)
            for lexicon in Lexicon.all where lexicon.detectionWords.contains(folded) {
                counts[lexicon.language, default: 0] += 1
            }
            word = ""
        }
        for character in text.prefix(6000) {
            if character.isLetter { word.append(character) } else { flush() }
        }
        flush()
        var best = Language.french
        for lexicon in Lexicon.all where counts[lexicon.language, default: 0] > counts[best, default: 0] {
            best = lexicon.language
        }
        return best
    }
}
