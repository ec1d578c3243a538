/// Everything the extractor knows about one language, as data.
///
/// Parsing code reads these tables and never spells out words itself, so a
/// third language is a matter of writing one more `Lexicon` value (see
/// `French.swift` and `English.swift`). All words are stored in the folded
/// form produced by ``TextFolding/fold(_:)``: lowercase, no diacritics, `'`
/// for every apostrophe.
struct Lexicon: Sendable {
    /// The language these tables describe.
    var language: Language
    /// Frequent function words, used to recognise the language.
    var detectionWords: Set<String>
    /// Function words and other common words that never start or belong to a person's name.
    var functionWords: Set<String>
    /// Month names and abbreviations → month number (1–12).
    var months: [String: Int]
    /// Weekday names → ISO weekday (1 = Monday … 7 = Sunday).
    var weekdays: [String: Int]
    /// Relative day words → offset in days from the reference date.
    var relativeDays: [String: Int]
    /// Suffixes written after a day number ("1er", "4th").
    var dayOrdinalSuffixes: Set<String>
    /// Words after which a period does not end a sentence (without the period).
    var abbreviations: Set<String>

    /// Cues of the meeting format, in the order they are tried.
    var kindCues: [KindCue]
    /// Adverbs and fillers that may sit between the words of any pattern.
    var adverbs: Set<String>

    /// Speech verbs as single words (participles, preterites, presents).
    var speechVerbs: Set<String>
    /// Speech verbs of several words ("fait savoir", "pointed out").
    var speechVerbPhrases: PatternSet
    /// Auxiliaries and fillers between a subject and its speech verb.
    var speechAuxiliaries: Set<String>
    /// Subject pronouns that refer to the last speaker.
    var subjectPronouns: Set<String>
    /// Stressed pronouns after a source phrase ("selon lui", "according to him") that refer to the last speaker.
    var stressedPronouns: Set<String>
    /// Inverted auxiliary + pronoun forms ("a-t-il") that refer to the last speaker.
    var invertedPronouns: Set<String>
    /// Phrases that introduce a source at the start of a sentence ("selon", "according to").
    var attributionIntroducers: PatternSet
    /// Collective subjects that stand for every participant ("les deux ministres").
    var collectiveSpeakers: PatternSet

    /// Decision and pledge markers: a commitment whatever the subject.
    var commitmentMarkers: PatternSet
    /// Readiness, willingness, hope and obligation: never a commitment.
    var readinessMarkers: PatternSet
    /// Word endings of the third person plural future ("-ront").
    var futureSuffixes: [String]
    /// Words with a future ending that are not commitments ("front", "devront").
    var futureExclusions: Set<String>
    /// Future auxiliaries ("will", "shall").
    var futureAuxiliaries: Set<String>
    /// Collective subjects of a future verb, matched as the words right before it.
    var collectiveSubjects: PatternSet
    /// Plural pronouns that continue a collective subject ("elles", "they").
    var pluralPronouns: Set<String>
    /// Clitics between a subject and its verb ("se", "s'", "y").
    var subjectClitics: Set<String>
    /// Coordinations that start a further agreed action ("et de", "and to").
    var coordinatedActions: PatternSet
    /// "and" / "et".
    var conjunctions: Set<String>
    /// Words about doubling (prefix match) and trade, for the trade-doubling thread.
    var doublingStems: [String]
    /// Words that make a "double" word something else ("double-digit", "double imposition").
    var doublingExclusions: Set<String>
    /// Words about bilateral trade (prefix match).
    var tradeStems: [String]
    /// Topic keyword table (prefix match), in priority order.
    var topics: [TopicRule]
    /// Known commitment threads with their wordings.
    var threads: [ThreadRule]
    /// Phrases meaning "soon".
    var soonPhrases: PatternSet
    /// Phrases before a deadline year ("d'ici", "by").
    var deadlineIntroducers: PatternSet
    /// Prepositions before a plain year ("en", "in").
    var yearPrepositions: Set<String>
    /// Words before an amount that make it a target ("à", "to").
    var targetIntroducers: Set<String>
    /// Words of an amount ("milliards", "billion", "dollars").
    var amountWords: Set<String>

    /// Scale words after a number → the English scale of the unit ("milliards" → "billion").
    var magnitudeWords: [String: String]
    /// Currency names and codes → ISO 4217 code ("dollars" → "USD", "tenges" → "KZT").
    var currencyWords: [String: String]
    /// Units of measure after a number → their symbol ("tonnes" → "t").
    var measureWords: [String: String]
    /// Words after a number that make it a percentage ("pour cent", "percent").
    var percentWords: PatternSet
    /// Words between a scale and its currency or unit ("de", "of", "US").
    var unitLinkers: Set<String>
    /// Whether a comma is the decimal separator ("43,8") rather than a thousands separator ("4,700").
    var decimalComma: Bool
    /// Parts of a year before the year ("premier semestre 2025") → the period suffix ("H1").
    var periodParts: [PeriodPartRule]

    /// Cues that documents were signed or exchanged.
    var signingCues: PatternSet
    /// Document nouns and their kinds, longest first.
    var documentKinds: [DocumentKindRule]
    /// Quantity nouns before a document noun ("série", "nombre", "number").
    var documentQuantifiers: Set<String>
    /// Words after a generic "documents" that introduce the specific ones ("notamment").
    var documentSpecifiers: Set<String>
    /// Phrases that end a document title.
    var documentStops: PatternSet
    /// Word endings of present participles ("-ant", "-ing") that end a document title after a comma.
    var participleSuffixes: [String]
    /// Auxiliaries of the passive ("été", "were") before a signing participle.
    var passiveAuxiliaries: Set<String>
    /// Determiners and possessives.
    var determiners: Set<String>
    /// Articles only (no possessives): "le", "the".
    var articles: Set<String>
    /// Prepositions of a complement ("du président X", "of President X"): who follows is only mentioned.
    var complementPrepositions: Set<String>
    /// Word endings of infinitives, for coordinated actions (empty: any word).
    var infinitiveSuffixes: [String]
    /// Whether adjectives and noun modifiers come before the noun ("joint statement").
    var adjectivesPrecedeNouns: Bool
    /// Words that end an open list ("etc").
    var listEnders: Set<String>
    /// Elided words written with an apostrophe ("l", "d", "qu").
    var elisions: Set<String>

    /// Role vocabulary (titles, offices, lowercase role adjectives).
    var roleWords: Set<String>
    /// Institution and office words that may sit inside a role phrase.
    var institutionWords: Set<String>
    /// Words for "counterpart".
    var counterpartWords: Set<String>
    /// Connectors inside a role phrase ("de", "of", "'s").
    var connectors: Set<String>
    /// Honorifics before a name ("m", "mr", "mme").
    var honorifics: Set<String>
    /// Lowercase particles inside names ("bin", "von", "van der").
    var nameParticles: Set<String>
    /// Locative prepositions before a place.
    var locativePrepositions: Set<String>
    /// Nouns of venues.
    var venueWords: Set<String>
    /// Capitalised words that are never part of a person's name.
    var nonNameWords: Set<String>
    /// Folded line prefixes of web debris (update lines, share links, footers).
    var debrisPrefixes: [String]
    /// Words of a line that marks publication or update time, not the meeting.
    var debrisWords: Set<String>
}

/// A cue of the meeting format.
struct KindCue: Sendable {
    /// How much a cue counts: special formats win over plain talks or meetings.
    enum Strength: Int, Sendable, Comparable {
        case fallback = 0, weak, plain, special
        static func < (lhs: Strength, rhs: Strength) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    var pattern: TokenPattern
    var kind: MeetingKind
    var strength: Strength
    /// Whether the cue only counts in the title (signing words are everywhere in bodies).
    var titleOnly: Bool

    init(_ pattern: String, _ kind: MeetingKind, _ strength: Strength, titleOnly: Bool = false) {
        self.pattern = TokenPattern(pattern)
        self.kind = kind
        self.strength = strength
        self.titleOnly = titleOnly
    }
}

/// Keywords of a commitment topic.
struct TopicRule: Sendable {
    var topic: String
    var stems: [String]
}

/// A known commitment thread and the phrases that name it.
struct ThreadRule: Sendable {
    var thread: String
    var patterns: [TokenPattern]

    init(_ thread: String, _ patterns: [String]) {
        self.thread = thread
        self.patterns = patterns.map(TokenPattern.init)
    }
}

/// A part of a year ("first half") and the period suffix it gives ("H1").
struct PeriodPartRule: Sendable {
    var pattern: TokenPattern
    var suffix: String

    init(_ pattern: String, _ suffix: String) {
        self.pattern = TokenPattern(pattern)
        self.suffix = suffix
    }
}

/// A document noun phrase and the kind it gives.
struct DocumentKindRule: Sendable {
    var pattern: TokenPattern
    var kind: String

    init(_ pattern: String, _ kind: String) {
        self.pattern = TokenPattern(pattern)
        self.kind = kind
    }
}

extension Lexicon {
    /// The tables of every supported language.
    static let all: [Lexicon] = [.french, .english]

    /// The tables for `language`.
    static func forLanguage(_ language: Language) -> Lexicon {
        switch language {
        case .french: .french
        case .english: .english
        }
    }
}

extension Lexicon {
    /// Currency symbols written before a number, in every language.
    static let currencySymbols: [String: String] = ["$": "USD", "€": "EUR", "¥": "CNY", "£": "GBP", "₸": "KZT", "₽": "RUB"]

    /// A table of folded words to names from "word:name" pairs.
    static func named(_ list: String) -> [String: String] {
        var table: [String: String] = [:]
        for pair in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let parts = pair.split(separator: ":")
            if parts.count == 2 { table[TextFolding.fold(parts[0])] = String(parts[1]) }
        }
        return table
    }

    /// A set of folded words from a space-separated list.
    static func words(_ list: String) -> Set<String> {
        Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { TextFolding.fold($0) })
    }

    /// Patterns from their notations.
    static func patterns(_ notations: [String]) -> PatternSet {
        PatternSet(notations.map(TokenPattern.init))
    }

    /// A table of folded words to numbers from "word:number" pairs.
    static func numbered(_ list: String) -> [String: Int] {
        var table: [String: Int] = [:]
        for pair in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let parts = pair.split(separator: ":")
            if parts.count == 2, let value = Int(parts[1]) { table[TextFolding.fold(parts[0])] = value }
        }
        return table
    }
}
