/// Finds the documents a text says were signed or exchanged.
///
/// In a sentence with a signing cue, each document noun after the cue gives
/// one title: from its determiner ("la", "un certain nombre de", "une série
/// d'") to the end of the phrase (before ", couvrant", " et ont", ";", the
/// end of the sentence, or the next document). A generic "documents" followed
/// by "notamment"/"including" gives way to the specific documents named after.
struct SignedDocumentFinder: Sendable {
    var text: AnalyzedText
    private var lexicon: Lexicon { text.lexicon }

    /// The documents, in text order.
    func find() -> [SignedDocument] {
        var result: [SignedDocument] = []
        for sentence in text.sentences {
            let tokens = sentence.tokens
            guard let cue = lexicon.signingCues.firstMatch(in: tokens) else { continue }
            // After the cue ("ont signé un accord"), else before it ("several agreements were signed").
            var index = cue.lowerBound
            var limit = tokens.count
            if !hasDocument(in: tokens, from: cue.lowerBound, to: tokens.count) {
                index = 0
                limit = cue.lowerBound
            }
            while index < limit {
                guard let (kindEnd, kind) = documentKind(in: tokens, at: index) else { index += 1; continue }
                // "des documents, notamment un mémorandum ...": keep only the specific ones.
                var after = kindEnd
                if after < tokens.count, tokens[after].folded == "," { after += 1 }
                if kind == "documents", after < tokens.count, lexicon.documentSpecifiers.contains(tokens[after].folded) {
                    index = after + 1
                    continue
                }
                let start = phraseStart(before: index, in: tokens)
                var end = min(phraseEnd(after: kindEnd, in: tokens), max(limit, kindEnd))
                if limit < tokens.count {
                    while end > kindEnd, tokens[end - 1].isWord, !lexicon.documentKinds.contains(where: { $0.pattern.match(tokens, at: end - 1) != nil }),
                          lexicon.speechAuxiliaries.contains(tokens[end - 1]) || lexicon.passiveAuxiliaries.contains(tokens[end - 1].folded) {
                        end -= 1
                    }
                }
                var title = sentence.text(start..<end)
                if end < tokens.count, tokens[end].folded == ".", lexicon.listEnders.contains(tokens[end - 1].folded) { title += "." }
                result.append(SignedDocument(title: title, kind: kind))
                index = max(end, index + 1)
            }
        }
        return result
    }

    private func hasDocument(in tokens: [Token], from start: Int, to end: Int) -> Bool {
        (start..<end).contains { documentKind(in: tokens, at: $0) != nil }
    }

    private func documentKind(in tokens: [Token], at index: Int) -> (Int, String)? {
        guard tokens[index].isWord else { return nil }
        for rule in lexicon.documentKinds {
            if let end = rule.pattern.match(tokens, at: index) { return (end, rule.kind) }
        }
        return nil
    }

    /// Back from the document noun to its determiner, over quantity phrases and (in English) adjectives.
    private func phraseStart(before noun: Int, in tokens: [Token]) -> Int {
        var index = noun - 1
        var steps = 0
        var best = noun
        while index >= 0, steps < 6, tokens[index].isWord {
            let folded = tokens[index].folded
            if lexicon.determiners.contains(folded) || tokens[index].isNumber { return index }
            if lexicon.documentQuantifiers.contains(folded) || lexicon.connectors.contains(folded) && !lexicon.conjunctions.contains(folded) {
                index -= 1
                steps += 1
                continue
            }
            // English adjectives and noun modifiers: "cooperation documents", "comprehensive agreement".
            if lexicon.adjectivesPrecedeNouns && !lexicon.functionWords.contains(folded) && !tokens[index].isCapitalized
                && !lexicon.signingCues.contains(where: { $0.match(tokens, at: index) != nil }) {
                best = index
                index -= 1
                steps += 1
                continue
            }
            break
        }
        return best
    }

    /// Where the document phrase that continues after `start` ends.
    private func phraseEnd(after start: Int, in tokens: [Token]) -> Int {
        var index = start
        while index < tokens.count, index - start < 40 {
            let token = tokens[index]
            if token.folded == ";" || token.folded == "." && index == tokens.count - 1 { return index }
            if token.folded == "." && index + 1 < tokens.count && !tokens[index + 1].isWord { return index }
            if token.folded == ",", index + 1 < tokens.count {
                let next = tokens[index + 1].folded
                if lexicon.participleSuffixes.contains(where: { next.hasSuffix($0) }) && next.count > 4 { return index }
                if lexicon.documentStops.contains(where: { $0.match(tokens, at: index + 1) != nil }) { return index }
            }
            if lexicon.documentStops.contains(where: { $0.match(tokens, at: index) != nil }) { return index }
            if lexicon.conjunctions.contains(token.folded), index + 1 < tokens.count {
                var next = index + 1
                if lexicon.determiners.contains(tokens[next].folded) { next += 1 }
                if next < tokens.count, next > index + 1, documentKind(in: tokens, at: next) != nil { return index }
            }
            index += 1
        }
        return index
    }
}
