/// Finds where the meeting took place: a city or venue after a locative preposition.
///
/// "à Almaty", "in Shanghai", "au palais présidentiel d'Astana", "au Grand
/// Palais du peuple", "at the Diaoyutai State Guest House in Beijing", "at
/// Akorda, the presidential palace in Astana". Countries, months and
/// weekdays are not places, nor lowercase phrases ("à midi").
struct PlaceFinder: Sendable {
    var lexicon: Lexicon
    var names: NameIndex

    /// The first place named in `sentences`.
    func find(in sentences: [Sentence]) -> String? {
        for sentence in sentences {
            if let place = place(in: sentence) { return place }
        }
        return nil
    }

    private func isVenue(_ token: Token) -> Bool {
        token.isWord && Lexicon.all.contains { $0.venueWords.contains(token.folded) }
    }

    private func isExcluded(_ token: Token) -> Bool {
        lexicon.months[token.folded] != nil || lexicon.weekdays[token.folded] != nil
            || lexicon.functionWords.contains(token.folded) || Countries.isCountryWord(token.folded)
    }

    private func isPlaceWord(_ token: Token) -> Bool {
        token.isWord && !token.isParenthesized && (token.isCapitalized || isVenue(token)) && !isExcluded(token)
            && !token.hasDigit
    }

    /// The place in one sentence, if any.
    func place(in sentence: Sentence) -> String? {
        let tokens = sentence.tokens
        for index in tokens.indices where lexicon.locativePrepositions.contains(tokens[index].folded) {
            if let range = venue(in: tokens, from: index + 1) { return sentence.text(range) }
        }
        return nil
    }

    /// The place phrase starting at `start` (after the preposition).
    private func venue(in tokens: [Token], from start: Int) -> Range<Int>? {
        var first = start
        if first < tokens.count, lexicon.determiners.contains(tokens[first].folded),
           first + 1 < tokens.count, isPlaceWord(tokens[first + 1]) {
            first += 1
        }
        guard first < tokens.count, isPlaceWord(tokens[first]) else { return nil }
        if Countries.mention(in: tokens, at: first) != nil { return nil }
        var end = first
        var hasVenue = false
        while end < tokens.count, isPlaceWord(tokens[end]) || (end > first && tokens[end].isCapitalized && !isExcluded(tokens[end])) {
            if isVenue(tokens[end]) { hasVenue = true }
            // Stop before a person's full name: "à Tianjin Murat Nurtleu".
            if end > first, startsKnownName(tokens, at: end) { break }
            end += 1
            if end - first >= 6 { break }
        }
        guard end > first else { return nil }
        if hasVenue {
            // Lowercase adjectives and one complement: "palais présidentiel d'Astana", "Palais du peuple".
            while end < tokens.count, tokens[end].isWord, !tokens[end].isCapitalized,
                  !lexicon.functionWords.contains(tokens[end].folded), !lexicon.connectors.contains(tokens[end].folded),
                  !lexicon.locativePrepositions.contains(tokens[end].folded), end - first < 8 {
                if lexicon.speechVerbs.contains(tokens[end]) { break }
                end += 1
                break
            }
            // One complement: "du peuple", "d'Astana", "of the People".
            if end + 1 < tokens.count, lexicon.connectors.contains(tokens[end].folded),
               !lexicon.conjunctions.contains(tokens[end].folded), tokens[end + 1].isWord {
                var next = end + 1
                if lexicon.articles.contains(tokens[next].folded) { next += 1 }
                if next < tokens.count, tokens[next].isWord, !lexicon.determiners.contains(tokens[next].folded),
                   !lexicon.functionWords.contains(tokens[next].folded) || tokens[next].isCapitalized {
                    end = next + 1
                }
            }
            // "... Guest House in Beijing".
            if end + 1 < tokens.count, lexicon.locativePrepositions.contains(tokens[end].folded), isPlaceWord(tokens[end + 1]) {
                end += 2
            }
            return first..<end
        }
        // "Akorda, the presidential palace in Astana".
        if end + 2 < tokens.count, tokens[end].folded == "," {
            var cursor = end + 1
            var sawVenue = false
            while cursor < tokens.count, cursor - end <= 6, tokens[cursor].isWord {
                if isVenue(tokens[cursor]) { sawVenue = true }
                if sawVenue, lexicon.locativePrepositions.contains(tokens[cursor].folded),
                   cursor + 1 < tokens.count, isPlaceWord(tokens[cursor + 1]) {
                    return first..<(cursor + 2)
                }
                cursor += 1
            }
        }
        return first..<min(end, first + 3)
    }

    private func startsKnownName(_ tokens: [Token], at index: Int) -> Bool {
        guard index + 1 < tokens.count else { return false }
        return names.name(withWords: [tokens[index].folded, tokens[index + 1].folded]) != nil
    }
}
