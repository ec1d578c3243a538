/// Finds who is reported as saying what.
///
/// A statement is a sentence whose subject is a person mention followed by a
/// speech verb ("Wang Yi a souligné", "M. Meredov a pour sa part indiqué",
/// "Xi et Poutine ont souligné"), an attribution after a quote or clause
/// ("…, a déclaré M. Xi", "…, a-t-il poursuivi", "…\" Xi said"), or a
/// source phrase ("Selon M. Wang, …"). Pronouns and "a-t-il" refer to the last
/// speaker; role references ("le président chinois") to the matching
/// participant; collective subjects ("les deux ministres") to all of them.
struct StatementFinder: Sendable {
    var text: AnalyzedText
    var participants: [Participant]
    private var lexicon: Lexicon { text.lexicon }

    /// The statements, in text order.
    func find() -> [Statement] {
        var statements: [Statement] = []
        var lastSpeaker: String?
        var open: [Int] = []  // statements that the following sentences of the paragraph continue
        var openParagraph = -1
        for sentence in text.sentences {
            let speakers = self.speakers(in: sentence, last: lastSpeaker)
            if speakers.isEmpty {
                if sentence.paragraph == openParagraph {
                    for index in open { statements[index].text += " " + sentence.text }
                }
                continue
            }
            open = []
            openParagraph = sentence.paragraph
            for speaker in speakers {
                open.append(statements.count)
                statements.append(Statement(speaker: speaker, text: sentence.text))
            }
            // A collective subject leaves "il"/"he" pointing at the last single speaker.
            if speakers.count == 1 { lastSpeaker = speakers[0] }
        }
        return statements
    }

    private var participantNames: [String] { participants.map(\.name) }

    /// The full name a run stands for, or the participant known only by that word.
    private func person(_ run: NameRun, in sentence: Sentence) -> String? {
        if let name = text.names.fullName(of: run, in: sentence, preferring: participantNames) { return name }
        let words = sentence.tokens[run.range].map(\.folded)
        return participants.first { Tokenizer.tokenize($0.name).map(\.folded) == words }?.name
    }

    /// The speakers a sentence attributes words to.
    func speakers(in sentence: Sentence, last: String?) -> [String] {
        let tokens = sentence.tokens
        // "Selon M. Wang, ...", "According to Li, ..."
        if let introducer = lexicon.attributionIntroducers.match(tokens, at: 0), introducer < tokens.count {
            if lexicon.stressedPronouns.contains(tokens[introducer].folded) { return last.map { [$0] } ?? [] }
            if let found = mentionForward(in: sentence, from: introducer) { return found }
        }
        var index = 0
        while index < tokens.count {
            var verbEnd: Int?
            if tokens[index].isWord && !tokens[index].isQuoted && lexicon.speechVerbs.contains(tokens[index]) {
                verbEnd = index + 1
            } else if !tokens[index].isQuoted, let end = lexicon.speechVerbPhrases.match(tokens, at: index) {
                verbEnd = end
            }
            guard let verbEnd else { index += 1; continue }
            if let subject = subjectBefore(index, in: sentence, last: last), !subject.isEmpty { return subject }
            if isAttributionClause(before: index, in: tokens), let found = mentionForward(in: sentence, from: verbEnd) {
                return found
            }
            index = verbEnd
        }
        return []
    }

    /// Whether the verb at `index` starts an inserted attribution (", a déclaré X", ", said X").
    private func isAttributionClause(before index: Int, in tokens: [Token]) -> Bool {
        var cursor = index - 1
        var skipped = 0
        while cursor >= 0, skipped < 2, lexicon.speechAuxiliaries.contains(tokens[cursor]) {
            cursor -= 1
            skipped += 1
        }
        guard cursor >= 0 else { return false }
        return [",", "»", "”", "\""].contains(tokens[cursor].folded)
    }

    /// A person mention starting at `start` (skipping an article): for inverted attributions.
    private func mentionForward(in sentence: Sentence, from start: Int) -> [String]? {
        let tokens = sentence.tokens
        var index = start
        while index < tokens.count, lexicon.speechAuxiliaries.contains(tokens[index]) && index - start < 3 { index += 1 }
        guard index < tokens.count else { return nil }
        for run in sentence.nameRuns {
            let begin = run.honorificStart ?? run.range.lowerBound
            if begin == index, let name = person(run, in: sentence) {
                return [name]
            }
            if begin > index { break }
        }
        if let role = roleReference(in: tokens, from: index) { return [role] }
        return nil
    }

    /// The subject that ends right before the verb at `verb` (over auxiliaries and fillers).
    private func subjectBefore(_ verb: Int, in sentence: Sentence, last: String?) -> [String]? {
        let tokens = sentence.tokens
        var end = verb
        var skipped = 0
        while end > 0, skipped < 6 {
            let previous = tokens[end - 1]
            if previous.isWord && (lexicon.speechAuxiliaries.contains(previous) || lexicon.adverbs.contains(previous)) {
                end -= 1
                skipped += 1
                continue
            }
            // A parenthetical of fillers between commas: "Tokaïev a, pour sa part, souligné".
            if previous.folded == ",", let open = parentheticalStart(endingAt: end - 1, in: tokens) {
                end = open
                skipped += 1
                continue
            }
            break
        }
        guard end > 0 else { return nil }
        if tokens[end - 1].folded == ",", let names = appositiveSubject(endingAt: end - 1, in: sentence) { return names }
        let token = tokens[end - 1]
        if lexicon.invertedPronouns.contains(token.folded) { return last.map { [$0] } }
        if token.isWord && lexicon.subjectPronouns.contains(token.folded) { return last.map { [$0] } }
        if lexicon.collectiveSpeakers.contains(where: { $0.matchesEnding(at: end, in: tokens) }) {
            return participantNames
        }
        if let names = namesEnding(at: end, in: sentence), !names.isEmpty { return names }
        if let role = roleReferenceEnding(at: end, in: tokens) { return [role] }
        return nil
    }

    /// "Le porte-parole, Lin Tao, a déclaré" / "Li Ming, ministre des Affaires étrangères, a déclaré":
    /// the subject set off by the comma at `close`.
    private func appositiveSubject(endingAt close: Int, in sentence: Sentence) -> [String]? {
        let tokens = sentence.tokens
        let runs = sentence.nameRuns
        var open = close - 1
        while open >= 0, close - open <= 30, tokens[open].folded != "," { open -= 1 }
        guard open >= 0, tokens[open].folded == "," else { return nil }
        // The name between the commas.
        if let run = runs.first(where: { ($0.honorificStart ?? $0.range.lowerBound) == open + 1 && $0.range.upperBound == close }) {
            return person(run, in: sentence).map { [$0] }
        }
        // A role between the commas, the name before it.
        guard open + 1 < close, lexicon.roleWords.contains(tokens[open + 1].folded)
                || tokens[open + 1].foldedParts.contains(where: { lexicon.roleWords.contains(String($0)) }),
              let run = runs.first(where: { $0.range.upperBound == open }) else { return nil }
        return person(run, in: sentence).map { [$0] }
    }

    /// The index of the comma opening a parenthetical of fillers that the comma at `close` ends.
    private func parentheticalStart(endingAt close: Int, in tokens: [Token]) -> Int? {
        var index = close - 1
        while index >= 0, close - index <= 5 {
            let token = tokens[index]
            if token.folded == "," { return index < close - 1 ? index : nil }
            guard token.isWord, lexicon.speechAuxiliaries.contains(token) || lexicon.adverbs.contains(token) else { return nil }
            index -= 1
        }
        return nil
    }

    /// Person names ending at `end`, following "X et Y" coordinations backwards.
    private func namesEnding(at end: Int, in sentence: Sentence) -> [String]? {
        let tokens = sentence.tokens
        let runs = sentence.nameRuns
        guard let run = runs.last(where: { $0.range.upperBound == end }) else { return nil }
        guard let name = person(run, in: sentence) else { return nil }
        var names = [name]
        var start = run.honorificStart ?? run.range.lowerBound
        while start >= 2, lexicon.conjunctions.contains(tokens[start - 1].folded),
              let previous = runs.last(where: { $0.range.upperBound == start - 1 }),
              let other = person(previous, in: sentence) {
            names.insert(other, at: 0)
            start = previous.honorificStart ?? previous.range.lowerBound
        }
        return names
    }

    /// A role reference ending at `end` ("le président chinois", "the Minister"), resolved to a participant.
    private func roleReferenceEnding(at end: Int, in tokens: [Token]) -> String? {
        var start = end
        while start > 0 {
            let folded = tokens[start - 1].folded
            if lexicon.roleWords.contains(folded) || lexicon.counterpartWords.contains(folded) || Countries.isCountryWord(folded)
                || lexicon.institutionWords.contains(folded) {
                start -= 1
            } else if start >= 2, lexicon.connectors.contains(folded) || lexicon.articles.contains(folded),
                      !lexicon.conjunctions.contains(folded), start < end {
                start -= 1  // "Président de la République"
            } else {
                break
            }
        }
        // Give back connectors and articles left at the front.
        while start < end, lexicon.connectors.contains(tokens[start].folded) || lexicon.articles.contains(tokens[start].folded) { start += 1 }
        guard start < end, start > 0, lexicon.determiners.contains(tokens[start - 1].folded) else { return nil }
        return resolveRole(Array(tokens[start..<end]))
    }

    /// A role reference starting at `start` ("le ministère kazakh" is not one; "le président chinois" is).
    private func roleReference(in tokens: [Token], from start: Int) -> String? {
        var index = start
        guard index < tokens.count, lexicon.determiners.contains(tokens[index].folded) else { return nil }
        index += 1
        let begin = index
        while index < tokens.count {
            let folded = tokens[index].folded
            guard lexicon.roleWords.contains(folded) || lexicon.counterpartWords.contains(folded) || Countries.isCountryWord(folded) else { break }
            index += 1
        }
        guard begin < index else { return nil }
        return resolveRole(Array(tokens[begin..<index]))
    }

    private func resolveRole(_ words: [Token]) -> String? {
        guard words.contains(where: { lexicon.roleWords.contains($0.folded) || lexicon.counterpartWords.contains($0.folded) }) else { return nil }
        // The very role phrase of one participant: "le Président de la République".
        let phrase = words.map(\.folded)
        let exact = participants.filter { participant in
            participant.role.map { Tokenizer.tokenize($0).map(\.folded) == phrase } ?? false
        }
        if exact.count == 1 { return exact[0].name }
        if let code = Countries.mentions(in: words).first?.code {
            let matching = participants.filter { $0.country == code }
            return matching.count == 1 ? matching[0].name : nil
        }
        let heads = words.map(\.folded).filter { lexicon.roleWords.contains($0) }
        let matching = participants.filter { participant in
            guard let role = participant.role else { return false }
            let roleWords = Set(Tokenizer.tokenize(role).map(\.folded))
            return heads.allSatisfy { roleWords.contains($0) }
        }
        return matching.count == 1 ? matching[0].name : nil
    }
}
