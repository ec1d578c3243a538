/// Decides the meeting format from the title, then the lead paragraphs.
///
/// Inside one segment a special format (call, dialogue, press conference,
/// signing) wins; otherwise the earliest talks/meeting cue decides. "Received"
/// only counts when nothing else is found, a visit only when nothing at all is.
struct MeetingKindClassifier: Sendable {
    var lexicon: Lexicon

    /// The strongest cue found in `tokens`, earliest first among equals.
    func strongestCue(in tokens: [Token], isTitle: Bool = false) -> (kind: MeetingKind, strength: KindCue.Strength, position: Int)? {
        var best: (kind: MeetingKind, strength: KindCue.Strength, position: Int)?
        let cues = lexicon.kindCues
        let starts = lexicon.kindCuePatterns.firstMatchStarts(in: tokens, skipping: lexicon.adverbs) { isTitle || !cues[$0].titleOnly }
        for (cue, start) in zip(cues, starts) where isTitle || !cue.titleOnly {
            guard let start else { continue }
            if let current = best {
                if cue.strength > current.strength
                    || (cue.strength == current.strength && cue.strength != .special && start < current.position) {
                    best = (cue.kind, cue.strength, start)
                }
            } else {
                best = (cue.kind, cue.strength, start)
            }
        }
        return best
    }

    /// Whether the sentence reports the meeting itself (any cue but a plain visit).
    func isMeetingSentence(_ sentence: Sentence) -> Bool {
        guard let cue = strongestCue(in: sentence.tokens) else { return false }
        return cue.strength >= .weak
    }

    /// The kind of meeting, from the title and the lead sentences.
    func classify(title: Sentence, lead: ArraySlice<Sentence>) -> MeetingKind {
        var weak: MeetingKind?
        var fallback: MeetingKind?
        let segments: [(tokens: [Token], isTitle: Bool)] = [
            (title.tokens, true), (lead.flatMap { $0.tokens + [Self.separator] }, false),
        ]
        for (tokens, isTitle) in segments {
            guard let cue = strongestCue(in: tokens, isTitle: isTitle) else { continue }
            switch cue.strength {
            case .special, .plain: return cue.kind
            case .weak: weak = weak ?? cue.kind
            case .fallback: fallback = fallback ?? cue.kind
            }
        }
        return weak ?? fallback ?? .other
    }

    private static let separator = Tokenizer.tokenize("¶")[0]
}
