/// Finds forward-looking or agreed actions of the sides.
///
/// A sentence holds a commitment when it has a decision or pledge marker
/// ("sont convenues de", "pledged", "set a new goal") with any subject, or a
/// future verb ("renforceront", "will") whose subject is collective ("les
/// deux parties", "X et Y", "we"). Readiness, hope and obligation are not
/// commitments. One commitment per sentence, split at each further marker and
/// at coordinated actions under a marker ("et d'accélérer"). Every sentence
/// about doubling bilateral trade is one, in the "trade-doubling" thread.
struct CommitmentFinder: Sendable {
    var text: AnalyzedText
    private var lexicon: Lexicon { text.lexicon }
    private var scanner: NameScanner { NameScanner(lexicon: text.lexicon) }

    /// The commitments, in text order (the title never gives one).
    func find() -> [Commitment] {
        var result: [Commitment] = []
        var previousCollective = false
        for sentence in text.sentences {
            let tokens = sentence.tokens
            let pieces = self.pieces(in: tokens, previousCollective: previousCollective)
            previousCollective = lexicon.collectiveSubjects.firstMatch(in: tokens) != nil
            let doubling = mentionsDoubling(tokens)
            if pieces.isEmpty {
                if let doubling {
                    result.append(commitment(sentence, 0..<tokens.count, doubling: doubling))
                }
                continue
            }
            var doublingPiece: Int?
            if let doubling {
                doublingPiece = pieces.firstIndex { $0.contains(doubling) } ?? 0
            }
            for (index, piece) in pieces.enumerated() {
                result.append(commitment(sentence, piece, doubling: index == doublingPiece ? doubling : nil))
            }
        }
        return result
    }

    /// The token ranges of the commitments of one sentence.
    private func pieces(in tokens: [Token], previousCollective: Bool) -> [Range<Int>] {
        var anchors: [(start: Int, isMarker: Bool)] = []
        let markers = lexicon.commitmentMarkers.allMatches(in: tokens, skipping: lexicon.adverbs)
        for marker in markers where !isGovernedByReadiness(marker.lowerBound, in: tokens) {
            anchors.append((marker.lowerBound, true))
        }
        // A marker clause already starts at the sentence start; a future verb only counts without one.
        if anchors.isEmpty, let future = firstCollectiveFuture(in: tokens, previousCollective: previousCollective) {
            anchors.append((future, false))
        }
        guard !anchors.isEmpty else { return [] }
        var starts = anchors.map(\.start)
        starts[0] = 0
        // Coordinated actions under a marker: "sont convenues d'approfondir ..., et d'accélérer ...".
        for anchor in anchors where anchor.isMarker {
            let limit = starts.first { $0 > anchor.start } ?? tokens.count
            var index = anchor.start + 1
            while index < limit {
                if let end = lexicon.coordinatedActions.match(tokens, at: index), end < tokens.count, end <= limit,
                   tokens[end].isWord, isVerbLike(tokens[end].folded) {
                    starts.append(index + 1)
                    index = end
                    continue
                }
                index += 1
            }
        }
        starts = Array(Set(starts)).sorted()
        var ranges: [Range<Int>] = []
        for (position, start) in starts.enumerated() {
            var end = position + 1 < starts.count ? starts[position + 1] : tokens.count
            while end > start, !tokens[end - 1].isWord || lexicon.conjunctions.contains(tokens[end - 1].folded) {
                if tokens[end - 1].folded == "»" || tokens[end - 1].folded == "”" || tokens[end - 1].folded == "\"" { break }
                end -= 1
            }
            if end > start { ranges.append(start..<end) }
        }
        return ranges
    }

    private func isVerbLike(_ folded: String) -> Bool {
        if lexicon.infinitiveSuffixes.isEmpty { return !lexicon.determiners.contains(folded) }
        return lexicon.infinitiveSuffixes.contains { folded.hasSuffix($0) }
    }

    private func isGovernedByReadiness(_ index: Int, in tokens: [Token]) -> Bool {
        let start = max(0, index - 5)
        return lexicon.readinessMarkers.firstMatch(in: Array(tokens[start..<index])) != nil
    }

    /// The start of the subject of the first future verb with a collective subject.
    private func firstCollectiveFuture(in tokens: [Token], previousCollective: Bool) -> Int? {
        for index in tokens.indices where tokens[index].isWord && isFuture(tokens, at: index) {
            guard let subject = collectiveSubject(endingBefore: index, in: tokens, previousCollective: previousCollective) else { continue }
            if isGovernedByReadiness(subject, in: tokens) { continue }
            return subject
        }
        return nil
    }

    private func isFuture(_ tokens: [Token], at index: Int) -> Bool {
        if lexicon.futureAuxiliaries.contains(tokens[index]) { return true }
        // The suffix test first: it rules out most words without counting their characters or hashing them.
        let head = tokens[index].head
        return lexicon.futureSuffixes.isSuffix(of: tokens, at: index)
            && (head.isASCII ? head.length > 5 : tokens[index].folded.count > 5)
            && !lexicon.futureExclusions.contains(tokens[index])
    }

    /// The start of a collective subject right before `verb`, if there is one.
    private func collectiveSubject(endingBefore verb: Int, in tokens: [Token], previousCollective: Bool) -> Int? {
        var end = verb
        var skipped = 0
        while end > 0, skipped < 3, lexicon.subjectClitics.contains(tokens[end - 1]) || lexicon.adverbs.contains(tokens[end - 1]) {
            end -= 1
            skipped += 1
        }
        guard end > 0 else { return nil }
        for pattern in lexicon.collectiveSubjects where pattern.matchesEnding(at: end, in: tokens) {
            var start = end - pattern.count
            if start > 0, lexicon.determiners.contains(tokens[start - 1].folded) { start -= 1 }
            return start
        }
        let last = tokens[end - 1]
        if lexicon.pluralPronouns.contains(last.folded) {
            let earlier = Array(tokens[..<(end - 1)])
            if previousCollective || lexicon.collectiveSubjects.firstMatch(in: earlier) != nil { return end - 1 }
            return nil
        }
        // "La Chine et le Kazakhstan", "Xi et Nazarbaïev".
        guard isSide(last) else { return nil }
        var cursor = end - 2
        if cursor >= 0, lexicon.determiners.contains(tokens[cursor].folded) { cursor -= 1 }
        guard cursor >= 1, lexicon.conjunctions.contains(tokens[cursor].folded) else { return nil }
        cursor -= 1
        guard isSide(tokens[cursor]) else { return nil }
        if cursor > 0, lexicon.determiners.contains(tokens[cursor - 1].folded) { cursor -= 1 }
        return cursor
    }

    private func isSide(_ token: Token) -> Bool {
        guard token.isWord else { return false }
        if let country = Countries.code(forWord: token.folded), !country.isAdjective { return true }
        return scanner.isNameToken(token)
    }

    /// The index of the "doubl…" word when the sentence is about doubling trade.
    private func mentionsDoubling(_ tokens: [Token]) -> Int? {
        guard let doubling = tokens.indices.first(where: { index in
            guard lexicon.doublingStems.isPrefix(of: tokens, at: index), !lexicon.doublingExclusions.contains(tokens[index].folded) else { return false }
            return index + 1 >= tokens.count || !lexicon.doublingExclusions.contains(tokens[index + 1].folded)
        }) else { return nil }
        let aboutTrade = tokens.indices.contains { lexicon.tradeStems.isPrefix(of: tokens, at: $0) }
        return aboutTrade ? doubling : nil
    }

    // MARK: - Attributes

    private func commitment(_ sentence: Sentence, _ range: Range<Int>, doubling: Int?) -> Commitment {
        let tokens = Array(sentence.tokens[range])
        return Commitment(
            text: sentence.text(range),
            topic: topic(of: tokens),
            thread: doubling != nil ? "trade-doubling" : thread(of: tokens),
            deadline: deadline(in: tokens, of: sentence.text),
            target: doubling != nil ? "double" : target(in: tokens, sentence: sentence, offset: range.lowerBound)
        )
    }

    private func topic(of tokens: [Token]) -> String {
        var best = "cooperation"
        var bestCount = 0
        for rule in lexicon.topics {
            // Counted, not filtered: filtering copied the matching tokens into a new array for every rule.
            var count = 0
            for index in tokens.indices where tokens[index].isWord && rule.stems.isPrefix(of: tokens, at: index) { count += 1 }
            if count > bestCount { best = rule.topic; bestCount = count }
        }
        return best
    }

    private func thread(of tokens: [Token]) -> String? {
        for rule in lexicon.threads where rule.patterns.contains(where: { $0.firstMatch(in: tokens) != nil }) {
            return rule.thread
        }
        return nil
    }

    private func isYear(_ token: Token) -> Bool {
        token.isWord && token.folded.count == 4 && Int(token.folded).map { (1900...2100).contains($0) } == true
    }

    /// The year or "soon" the tokens, cut from the sentence `source`, set as a deadline.
    private func deadline(in tokens: [Token], of source: String) -> String? {
        var index = 0
        while index < tokens.count {
            if let end = lexicon.deadlineIntroducers.match(tokens, at: index), end < tokens.count, isYear(tokens[end]) {
                return String(tokens[end].text(in: source))
            }
            index += 1
        }
        for index in tokens.indices.dropLast() where lexicon.yearPrepositions.contains(tokens[index].folded) && isYear(tokens[index + 1]) {
            return String(tokens[index + 1].text(in: source))
        }
        if lexicon.soonPhrases.firstMatch(in: tokens) != nil { return "soon" }
        return nil
    }

    /// "to $50 billion", "à 50 milliards de dollars".
    private func target(in tokens: [Token], sentence: Sentence, offset: Int) -> String? {
        for index in tokens.indices where lexicon.targetIntroducers.contains(tokens[index].folded) {
            var cursor = index + 1
            let start = cursor
            if cursor < tokens.count, tokens[cursor].folded == "$" { cursor += 1 }
            guard cursor < tokens.count, tokens[cursor].isNumber else { continue }
            cursor += 1
            var sawAmount = tokens[start].folded == "$"
            while cursor < tokens.count, lexicon.amountWords.contains(tokens[cursor].folded) || (sawAmount && tokens[cursor].folded == "de") {
                sawAmount = sawAmount || lexicon.amountWords.contains(tokens[cursor].folded)
                cursor += 1
            }
            if sawAmount { return sentence.text((offset + start)..<(offset + cursor)) }
        }
        return nil
    }
}
