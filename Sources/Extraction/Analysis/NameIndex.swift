/// A run of capitalised tokens that names a person.
struct NameRun: Sendable {
    /// The name tokens.
    var range: Range<Int>
    /// Whether an honorific ("M.", "Mr") precedes the run; its first token index if so.
    var honorificStart: Int?
}

/// Recognises person-name tokens and runs in a sentence.
struct NameScanner: Sendable {
    var lexicon: Lexicon

    /// Words (of any language) that never belong to a person's name.
    static let stopWords = WordSet({
        var words = Countries.singleWords
        for lexicon in Lexicon.all {
            words.formUnion(lexicon.functionWords)
            words.formUnion(lexicon.roleWords)
            words.formUnion(lexicon.institutionWords)
            words.formUnion(lexicon.nonNameWords)
            words.formUnion(lexicon.venueWords)
            words.formUnion(lexicon.months.keys)
            words.formUnion(lexicon.weekdays.keys)
            words.formUnion(lexicon.relativeDays.keys)
            words.formUnion(lexicon.honorifics)
            words.formUnion(lexicon.determiners)
            words.formUnion(lexicon.counterpartWords)
            words.formUnion(lexicon.connectors)
        }
        return words
    }())

    /// Whether the token can be part of a person's name.
    @inline(__always) func isNameToken(_ token: Token) -> Bool {
        // An ASCII word has as many characters as bytes: no need to walk its graphemes.
        guard token.isWord, token.isCapitalized, !token.isAllCaps,
              token.head.isASCII ? token.head.length >= 2 : token.folded.count >= 2,
              !token.isParenthesized, !token.isQuoted else { return false }
        if token.hasDigit { return false }
        if Self.stopWords.contains(token) { return false }
        if token.folded.containsASCII("-") {
            for part in token.foldedParts where Self.stopWords.contains(String(part)) { return false }
        }
        return true
    }

    private func isVenue(_ token: Token) -> Bool {
        token.isWord && Self.venueWords.contains(token)
    }

    /// Venue words of every language.
    private static let venueWords = WordSet(Lexicon.all.reduce(into: []) { $0.formUnion($1.venueWords) })

    /// An initial ("F.") followed by a name word: its length (2), else nil. The tokens are cut from `source`.
    private func initialLength(_ tokens: [Token], at index: Int, in source: String) -> Int? {
        // Counting the characters of a word walks its graphemes: the cheap tests go first.
        guard index + 2 < tokens.count, tokens[index].isWord, tokens[index].isCapitalized, tokens[index + 1].folded == ".",
              tokens[index].text(in: source).count == 1, isNameToken(tokens[index + 2]),
              honorificLength(tokens, at: index) == nil else { return nil }
        return 2
    }

    /// Lowercase name particles ("bin", "von der") followed by a name word: their count, else nil.
    private func particleLength(_ tokens: [Token], at index: Int) -> Int? {
        var cursor = index
        while cursor < tokens.count, cursor - index < 2, tokens[cursor].isWord, !tokens[cursor].isCapitalized,
              NameScanner.particles.contains(tokens[cursor].folded) {
            cursor += 1
        }
        guard cursor > index, cursor < tokens.count, isNameToken(tokens[cursor]) else { return nil }
        return cursor - index
    }

    /// Name particles of every language.
    static let particles: Set<String> = Lexicon.all.reduce(into: []) { $0.formUnion($1.nameParticles) }

    /// Honorifics of every language.
    private static let honorifics = WordSet(Lexicon.all.reduce(into: []) { $0.formUnion($1.honorifics) })

    /// Whether the token at `index` is an honorific ("M.", "Mr", "Mme").
    func honorificLength(_ tokens: [Token], at index: Int) -> Int? {
        guard index < tokens.count, tokens[index].isWord, tokens[index].isCapitalized else { return nil }
        guard Self.honorifics.contains(tokens[index]) else { return nil }
        if index + 1 < tokens.count && tokens[index + 1].folded == "." { return 2 }
        // A one-letter honorific ("M") needs its period.
        return tokens[index].folded.count == 1 ? nil : 1
    }

    /// Every run of name tokens of the sentence `source`. After a locative preposition the first token is a
    /// place and is left out.
    func runs(in tokens: [Token], of source: String) -> [NameRun] {
        var result: [NameRun] = []
        var index = 0
        while index < tokens.count {
            var honorific: Int?
            var start = index
            if let length = honorificLength(tokens, at: index), index + length < tokens.count,
               isNameToken(tokens[index + length]) {
                honorific = index
                start = index + length
            }
            guard isNameToken(tokens[start]) || (honorific == nil && initialLength(tokens, at: start, in: source) != nil) else {
                index += 1
                continue
            }
            var end = start
            while end < tokens.count {
                if isNameToken(tokens[end]) { end += 1; continue }
                // "S. Jaishankar", "John F. Kennedy".
                if let length = initialLength(tokens, at: end, in: source) { end += length; continue }
                // "Faisal bin Farhan", "Ursula von der Leyen".
                if end > start, let length = particleLength(tokens, at: end) { end += length; continue }
                break
            }
            if end < tokens.count, isVenue(tokens[end]) {
                // "Akorda Presidential Palace", "Diaoyutai State Guest House": a building, not a person.
                index = end
                continue
            }
            var before = start - 1
            if before > 0, lexicon.articles.contains(tokens[before].folded) { before -= 1 }
            if honorific == nil, before >= 0, lexicon.locativePrepositions.contains(tokens[before].folded) {
                // "à Tianjin Murat Nurtleu": Tianjin is where, the rest is who.
                start += 1
            }
            if start < end { result.append(NameRun(range: start..<end, honorificStart: honorific)) }
            index = end
        }
        return result
    }
}

/// The full person names (two or more words) that a text mentions, in order of appearance.
struct NameIndex: Sendable {
    /// A full name and its folded words.
    struct Name: Sendable, Equatable {
        var text: String
        var words: [String]
    }

    /// The names, first appearance first.
    private(set) var names: [Name] = []

    init(sentences: [Sentence], lexicon: Lexicon) {
        var seen: Set<String> = []
        // Body first: title-case headlines ("Wang Yi Holds Talks") capitalise verbs too.
        let ordered = sentences.filter { $0.paragraph >= 0 } + sentences.filter { $0.paragraph < 0 }
        for sentence in ordered {
            for run in sentence.nameRuns where (2...3).contains(run.range.count) {
                let words = sentence.tokens[run.range].map(\.folded)
                if words.count > 2, knownName(inside: words) != nil { continue }
                let key = words.joined(separator: " ")
                if seen.insert(key).inserted {
                    names.append(Name(text: sentence.text(run.range), words: words))
                }
            }
        }
    }

    /// A known two-word name inside a longer run of words.
    func knownName(inside words: [String]) -> Name? {
        guard words.count > 2 else { return nil }
        for start in 0..<(words.count - 1) {
            if let found = name(withWords: Array(words[start..<start + 2])) { return found }
        }
        return nil
    }

    /// The full name with exactly these folded words.
    func name(withWords words: [String]) -> Name? {
        names.first { $0.words == words }
    }

    /// The full name a single word refers to, preferring `preferred` names (participants).
    func resolve(_ folded: String, preferring preferred: [String] = []) -> Name? {
        let candidates = names.filter { name in
            name.words.contains(folded) || name.words.contains { $0.split(separator: "-").contains(Substring(folded)) }
        }
        if let favourite = candidates.first(where: { preferred.contains($0.text) }) { return favourite }
        return candidates.first
    }

    /// The full name of a run of name tokens: itself when it has two or more words, else the name it refers to.
    func fullName(of run: NameRun, in sentence: Sentence, preferring preferred: [String] = []) -> String? {
        let words = sentence.tokens[run.range].map(\.folded)
        if words.count >= 2 {
            return name(withWords: words)?.text ?? knownName(inside: words)?.text ?? sentence.text(run.range)
        }
        return resolve(words[0], preferring: preferred)?.text
    }
}
