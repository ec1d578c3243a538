/// Finds the people who met, their role phrases and countries.
///
/// Names come from the meeting sentence(s) only: runs of capitalised name
/// words, honorific + name, or a single word standing for a full name found
/// elsewhere in the text. Leaders only mentioned in a complement ("sous la
/// direction du président X") are left out. The role is the phrase before the
/// name, else the appositive after it; the country comes from the role, a
/// following "of Kazakhstan", role-only mentions ("son homologue russe"), or
/// the countries the text names that no other participant has.
struct ParticipantFinder: Sendable {
    var text: AnalyzedText
    private var lexicon: Lexicon { text.lexicon }
    private var scanner: NameScanner { NameScanner(lexicon: text.lexicon) }

    init(text: AnalyzedText) {
        self.text = text
    }

    /// A participant with where its role sits, for later passes.
    struct Found: Sendable {
        var participant: Participant
        var roleRange: Range<Int>?
        var nameRange: Range<Int>
        var sentence: Int
    }

    /// The participants, in order of mention.
    func find(meetingSentences: [Sentence]) -> [Participant] {
        var found: [Found] = []
        var roleOnly: [(code: String, role: String)] = []
        for (position, sentence) in meetingSentences.enumerated() {
            // The title is a last resort: its capitalised words are less reliable.
            if sentence.paragraph < 0 && found.count >= 2 { break }
            let mentions = participants(in: sentence, position: position)
            for mention in mentions where !found.contains(where: { $0.participant.name == mention.participant.name }) {
                found.append(mention)
            }
            roleOnly += roleOnlyMentions(in: sentence, excluding: mentions)
        }
        // Complete roles from another mention of the same name ("President Xi Jinping" for "Xi").
        for index in found.indices where found[index].participant.role == nil || found[index].participant.country == nil {
            let needsRole = found[index].participant.role == nil
            if let role = roleElsewhere(for: found[index].participant.name, needingCountry: !needsRole) {
                if needsRole { found[index].participant.role = role.text }
                if found[index].participant.country == nil { found[index].participant.country = role.country }
            }
        }
        var participants = found.map(\.participant)
        // Role-only mentions ("le président chinois ... son homologue russe") in order.
        for mention in roleOnly {
            guard !participants.contains(where: { $0.country == mention.code }),
                  let index = participants.firstIndex(where: { $0.country == nil }) else { continue }
            participants[index].country = mention.code
            if participants[index].role == nil { participants[index].role = mention.role }
        }
        // Countries the text names that no other participant has.
        let ranked = rankedCountries()
        for index in participants.indices where participants[index].country == nil {
            let taken = Set(participants.compactMap(\.country))
            participants[index].country = ranked.first { !taken.contains($0) }
        }
        return participants
    }

    /// Countries named in the title and the first paragraphs, most mentioned first (title breaks ties).
    func rankedCountries() -> [String] {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for sentence in [text.title] + Array(text.lead(paragraphs: 3)) {
            for mention in Countries.mentions(in: sentence.tokens) {
                counts[mention.code, default: 0] += sentence.paragraph < 0 ? 2 : 1
                if !order.contains(mention.code) { order.append(mention.code) }
            }
        }
        return order.enumerated().sorted { lhs, rhs in
            let (left, right) = (counts[lhs.element]!, counts[rhs.element]!)
            return left != right ? left > right : lhs.offset < rhs.offset
        }.map(\.element)
    }

    // MARK: - Mentions

    private func participants(in sentence: Sentence, position: Int) -> [Found] {
        let tokens = sentence.tokens
        var result: [Found] = []
        var previousExcluded = false
        var previousEnd = -1
        for run in sentence.nameRuns {
            let preferred = result.map(\.participant.name)
            let nameStart = run.honorificStart ?? run.range.lowerBound
            let role = roleBefore(nameStart, in: tokens)
            // A lone surname with no full form in the text still names a person after a title or role:
            // "President Tokayev", "M. Macron".
            guard let name = text.names.fullName(of: run, in: sentence, preferring: preferred)
                ?? (run.honorificStart != nil || role != nil ? sentence.text(run.range) : nil) else { continue }
            let phraseStart = role?.lowerBound ?? nameStart
            var excluded = false
            var beforeIndex = phraseStart - 1
            if beforeIndex > 0, lexicon.articles.contains(tokens[beforeIndex].folded) { beforeIndex -= 1 }
            if beforeIndex >= 0 {
                let before = tokens[beforeIndex].folded
                if lexicon.complementPrepositions.contains(before) { excluded = true }
                if lexicon.conjunctions.contains(before) && previousExcluded && beforeIndex <= previousEnd + 1 { excluded = true }
            }
            previousExcluded = excluded
            previousEnd = run.range.upperBound - 1
            if excluded { continue }
            var roleRange = role
            if roleRange == nil { roleRange = roleAfter(run.range.upperBound, in: tokens) }
            let roleText = roleRange.map { sentence.text($0) }
            var country = roleRange.flatMap { Countries.mentions(in: Array(tokens[$0])).first?.code }
            if country == nil { country = complementCountry(after: run.range.upperBound, in: tokens) }
            result.append(Found(
                participant: Participant(name: name, country: country, role: roleText),
                roleRange: roleRange, nameRange: run.range, sentence: position
            ))
        }
        return result
    }

    private func isRoleWord(_ folded: String) -> Bool {
        if lexicon.roleWords.contains(folded) || lexicon.counterpartWords.contains(folded) { return true }
        guard folded.containsASCII("-") else { return false }
        return folded.split(separator: "-").contains { lexicon.roleWords.contains(String($0)) }
    }

    private func isRolePart(_ token: Token) -> Bool {
        let folded = token.folded
        if isRoleWord(folded) || lexicon.institutionWords.contains(folded) || Countries.isCountryWord(folded) { return true }
        if token.isCapitalized && lexicon.nonNameWords.contains(folded) { return true }
        // Acronyms of institutions: "the CPC Central Committee".
        return token.isAllCaps && !token.isNumber
    }

    /// The role phrase right before a name ("le président chinois Xi Jinping" → "président chinois").
    func roleBefore(_ nameStart: Int, in tokens: [Token]) -> Range<Int>? {
        var end = nameStart
        var index = nameStart - 1
        if index >= 0 && tokens[index].folded == "," { end = index; index -= 1 }
        var start = end
        while index >= 0 {
            let token = tokens[index]
            let folded = token.folded
            if folded == "'s" || (token.isWord && lexicon.connectors.contains(folded)) {
                start = index
            } else if token.isWord && lexicon.articles.contains(folded),
                      index > 0, lexicon.connectors.contains(tokens[index - 1].folded) {
                start = index
            } else if token.isWord && !token.isParenthesized && isRolePart(token) && !scanner.isNameToken(token) {
                start = index
            } else if token.folded == ")", let open = acronymParenthesisStart(closingAt: index, in: tokens) {
                // "du Parti communiste chinois (PCC) et ministre ...".
                start = open
                index = open
            } else {
                break
            }
            index -= 1
        }
        return trimmedRole(start..<end, in: tokens)
    }

    private func acronymParenthesisStart(closingAt close: Int, in tokens: [Token]) -> Int? {
        var index = close - 1
        while index >= 0, close - index <= 3 {
            if tokens[index].folded == "(" { return index < close - 1 ? index : nil }
            guard tokens[index].isAllCaps else { return nil }
            index -= 1
        }
        return nil
    }

    /// The appositive role after a name (", membre du Bureau politique ... et ministre des Affaires étrangères,").
    func roleAfter(_ nameEnd: Int, in tokens: [Token]) -> Range<Int>? {
        guard nameEnd + 1 < tokens.count, tokens[nameEnd].folded == ",", isRoleWord(tokens[nameEnd + 1].folded) else { return nil }
        let start = nameEnd + 1
        var end = start
        while end < tokens.count {
            let folded = tokens[end].folded
            if folded == "," {
                // ", and Minister of ..." continues the role.
                if end + 2 < tokens.count, lexicon.conjunctions.contains(tokens[end + 1].folded), isRoleWord(tokens[end + 2].folded) {
                    end += 2
                    continue
                }
                break
            }
            if folded == "." || folded == ";" || folded == "(" || (!tokens[end].isWord && tokens[end].folded != "-" && tokens[end].folded != "'s") {
                break
            }
            end += 1
        }
        return trimmedRole(start..<end, in: tokens)
    }

    private func trimmedRole(_ range: Range<Int>, in tokens: [Token]) -> Range<Int>? {
        var lower = range.lowerBound
        var upper = range.upperBound
        let edge: (Token) -> Bool = { token in
            self.lexicon.connectors.contains(token.folded) || self.lexicon.determiners.contains(token.folded)
                || token.folded == "'s" || token.folded == ","
        }
        while lower < upper, edge(tokens[lower]) { lower += 1 }
        while upper > lower, edge(tokens[upper - 1]) || tokens[upper - 1].folded == "," { upper -= 1 }
        guard lower < upper, tokens[lower..<upper].contains(where: { isRoleWord($0.folded) }) else { return nil }
        return lower..<upper
    }

    /// "Beibut Atamkulov of Kazakhstan", "X du Kazakhstan".
    private func complementCountry(after nameEnd: Int, in tokens: [Token]) -> String? {
        var index = nameEnd
        guard index < tokens.count, lexicon.complementPrepositions.contains(tokens[index].folded) else { return nil }
        index += 1
        if index < tokens.count, lexicon.articles.contains(tokens[index].folded) {
            index += 1
        }
        guard index < tokens.count, let mention = Countries.mention(in: tokens, at: index), !mention.isAdjective else { return nil }
        return mention.code
    }

    /// Countries of role phrases without a name ("le président chinois a été reçu par son homologue russe").
    private func roleOnlyMentions(in sentence: Sentence, excluding mentions: [Found]) -> [(code: String, role: String)] {
        let tokens = sentence.tokens
        var covered = Set<Int>()
        for mention in mentions {
            covered.formUnion(mention.nameRange)
            if let role = mention.roleRange { covered.formUnion(role) }
        }
        var result: [(code: String, role: String)] = []
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            guard !covered.contains(index), isRoleWord(tokens[index].folded) else { continue }
            var cursor = index + 1
            var code: String?
            while cursor < tokens.count, cursor - index <= 2 {
                if let mention = Countries.mention(in: tokens, at: cursor), mention.isAdjective { code = mention.code; cursor = mention.range.upperBound; break }
                cursor += 1
            }
            var first = index
            if code == nil, index > 0, let mention = Countries.mention(in: tokens, at: index - 1), mention.isAdjective {
                code = mention.code
                cursor = index + 1
                first = index - 1
            }
            guard let code else { continue }
            if cursor < tokens.count, scanner.isNameToken(tokens[cursor]) { continue }
            result.append((code, sentence.text(first..<cursor)))
            index = cursor - 1
        }
        return result
    }

    /// The role written with another mention of `name` in the text.
    private func roleElsewhere(for name: String, needingCountry: Bool) -> (text: String, country: String?)? {
        let words = Set(Tokenizer.tokenize(name).map(\.folded))
        for sentence in [text.title] + text.sentences {
            for run in sentence.nameRuns where run.range.count >= 2 {
                let runWords = Set(sentence.tokens[run.range].map(\.folded))
                guard runWords == words else { continue }
                let nameStart = run.honorificStart ?? run.range.lowerBound
                if let role = roleBefore(nameStart, in: sentence.tokens) ?? roleAfter(run.range.upperBound, in: sentence.tokens) {
                    let country = Countries.mentions(in: Array(sentence.tokens[role])).first?.code
                    if needingCountry && country == nil { continue }
                    return (sentence.text(role), country)
                }
            }
        }
        return nil
    }
}
