/// Everything the extractor knows about one language, as data.
///
/// A class, not a struct: the tables are immutable and shared, and a struct
/// of some seventy sets and tables cost a retain and a release of each field
/// whenever a finder copied it or read it through a computed property.
///
/// Parsing code reads these tables and never spells out words itself, so a
/// third language is a matter of writing one more `Lexicon` value (see
/// `French.swift` and `English.swift`). All words are stored in the folded
/// form produced by ``TextFolding/fold(_:)``: lowercase, no diacritics, `'`
/// for every apostrophe.
final class Lexicon: Sendable {
    /// The language these tables describe.
    let language: Language
    /// Frequent function words, used to recognise the language.
    let detectionWords: Set<String>
    /// Function words and other common words that never start or belong to a person's name.
    let functionWords: Set<String>
    /// Month names and abbreviations → month number (1–12).
    let months: [String: Int]
    /// Weekday names → ISO weekday (1 = Monday … 7 = Sunday).
    let weekdays: [String: Int]
    /// Relative day words → offset in days from the reference date.
    let relativeDays: [String: Int]
    /// Suffixes written after a day number ("1er", "4th").
    let dayOrdinalSuffixes: Set<String>
    /// Words after which a period does not end a sentence (without the period).
    let abbreviations: Set<String>

    /// Cues of the meeting format, in the order they are tried.
    let kindCues: [KindCue]
    /// The patterns of ``kindCues``, in the same order, indexed for one scan.
    let kindCuePatterns: PatternSet
    /// Adverbs and fillers that may sit between the words of any pattern.
    let adverbs: WordSet

    /// Speech verbs as single words (participles, preterites, presents).
    let speechVerbs: WordSet
    /// Speech verbs of several words ("fait savoir", "pointed out").
    let speechVerbPhrases: PatternSet
    /// Auxiliaries and fillers between a subject and its speech verb.
    let speechAuxiliaries: WordSet
    /// Subject pronouns that refer to the last speaker.
    let subjectPronouns: Set<String>
    /// Stressed pronouns after a source phrase ("selon lui", "according to him") that refer to the last speaker.
    let stressedPronouns: Set<String>
    /// Inverted auxiliary + pronoun forms ("a-t-il") that refer to the last speaker.
    let invertedPronouns: Set<String>
    /// Phrases that introduce a source at the start of a sentence ("selon", "according to").
    let attributionIntroducers: PatternSet
    /// Collective subjects that stand for every participant ("les deux ministres").
    let collectiveSpeakers: PatternSet

    /// Decision and pledge markers: a commitment whatever the subject.
    let commitmentMarkers: PatternSet
    /// Readiness, willingness, hope and obligation: never a commitment.
    let readinessMarkers: PatternSet
    /// Word endings of the third person plural future ("-ront").
    let futureSuffixes: StemList
    /// Words with a future ending that are not commitments ("front", "devront").
    let futureExclusions: WordSet
    /// Future auxiliaries ("will", "shall").
    let futureAuxiliaries: WordSet
    /// Collective subjects of a future verb, matched as the words right before it.
    let collectiveSubjects: PatternSet
    /// Plural pronouns that continue a collective subject ("elles", "they").
    let pluralPronouns: Set<String>
    /// Clitics between a subject and its verb ("se", "s'", "y").
    let subjectClitics: WordSet
    /// Coordinations that start a further agreed action ("et de", "and to").
    let coordinatedActions: PatternSet
    /// "and" / "et".
    let conjunctions: Set<String>
    /// Words about doubling (prefix match) and trade, for the trade-doubling thread.
    let doublingStems: StemList
    /// Words that make a "double" word something else ("double-digit", "double imposition").
    let doublingExclusions: Set<String>
    /// Words about bilateral trade (prefix match).
    let tradeStems: StemList
    /// Topic keyword table (prefix match), in priority order.
    let topics: [TopicRule]
    /// Known commitment threads with their wordings.
    let threads: [ThreadRule]
    /// Phrases meaning "soon".
    let soonPhrases: PatternSet
    /// Phrases before a deadline year ("d'ici", "by").
    let deadlineIntroducers: PatternSet
    /// Prepositions before a plain year ("en", "in").
    let yearPrepositions: Set<String>
    /// Words before an amount that make it a target ("à", "to").
    let targetIntroducers: Set<String>
    /// Words of an amount ("milliards", "billion", "dollars").
    let amountWords: Set<String>

    /// Scale words after a number → the English scale of the unit ("milliards" → "billion").
    let magnitudeWords: [String: String]
    /// Currency names and codes → ISO 4217 code ("dollars" → "USD", "tenges" → "KZT").
    let currencyWords: [String: String]
    /// Units of measure after a number → their symbol ("tonnes" → "t").
    let measureWords: [String: String]
    /// Words after a number that make it a percentage ("pour cent", "percent").
    let percentWords: PatternSet
    /// Words between a scale and its currency or unit ("de", "of", "US").
    let unitLinkers: Set<String>
    /// Whether a comma is the decimal separator ("43,8") rather than a thousands separator ("4,700").
    let decimalComma: Bool
    /// Parts of a year before the year ("premier semestre 2025") → the period suffix ("H1").
    let periodParts: [PeriodPartRule]

    /// Cues that documents were signed or exchanged.
    let signingCues: PatternSet
    /// Document nouns and their kinds, longest first.
    let documentKinds: [DocumentKindRule]
    /// Quantity nouns before a document noun ("série", "nombre", "number").
    let documentQuantifiers: Set<String>
    /// Words after a generic "documents" that introduce the specific ones ("notamment").
    let documentSpecifiers: Set<String>
    /// Phrases that end a document title.
    let documentStops: PatternSet
    /// Word endings of present participles ("-ant", "-ing") that end a document title after a comma.
    let participleSuffixes: [String]
    /// Auxiliaries of the passive ("été", "were") before a signing participle.
    let passiveAuxiliaries: Set<String>
    /// Determiners and possessives.
    let determiners: Set<String>
    /// Articles only (no possessives): "le", "the".
    let articles: Set<String>
    /// Prepositions of a complement ("du président X", "of President X"): who follows is only mentioned.
    let complementPrepositions: Set<String>
    /// Word endings of infinitives, for coordinated actions (empty: any word).
    let infinitiveSuffixes: [String]
    /// Whether adjectives and noun modifiers come before the noun ("joint statement").
    let adjectivesPrecedeNouns: Bool
    /// Words that end an open list ("etc").
    let listEnders: Set<String>
    /// Elided words written with an apostrophe ("l", "d", "qu").
    let elisions: Set<String>

    /// Role vocabulary (titles, offices, lowercase role adjectives).
    let roleWords: Set<String>
    /// Institution and office words that may sit inside a role phrase.
    let institutionWords: Set<String>
    /// Words for "counterpart".
    let counterpartWords: Set<String>
    /// Connectors inside a role phrase ("de", "of", "'s").
    let connectors: Set<String>
    /// Honorifics before a name ("m", "mr", "mme").
    let honorifics: Set<String>
    /// Lowercase particles inside names ("bin", "von", "van der").
    let nameParticles: Set<String>
    /// Locative prepositions before a place.
    let locativePrepositions: Set<String>
    /// Nouns of venues.
    let venueWords: Set<String>
    /// Capitalised words that are never part of a person's name.
    let nonNameWords: Set<String>
    /// Folded line prefixes of web debris (update lines, share links, footers).
    let debrisPrefixes: StemList
    /// Words of a line that marks publication or update time, not the meeting.
    let debrisWords: Set<String>

    /// Creates the tables of one language; the properties above say what each one holds.
    init(
        language: Language,
        detectionWords: Set<String>,
        functionWords: Set<String>,
        months: [String: Int],
        weekdays: [String: Int],
        relativeDays: [String: Int],
        dayOrdinalSuffixes: Set<String>,
        abbreviations: Set<String>,
        kindCues: [KindCue],
        adverbs: Set<String>,
        speechVerbs: Set<String>,
        speechVerbPhrases: PatternSet,
        speechAuxiliaries: Set<String>,
        subjectPronouns: Set<String>,
        stressedPronouns: Set<String>,
        invertedPronouns: Set<String>,
        attributionIntroducers: PatternSet,
        collectiveSpeakers: PatternSet,
        commitmentMarkers: PatternSet,
        readinessMarkers: PatternSet,
        futureSuffixes: [String],
        futureExclusions: Set<String>,
        futureAuxiliaries: Set<String>,
        collectiveSubjects: PatternSet,
        pluralPronouns: Set<String>,
        subjectClitics: Set<String>,
        coordinatedActions: PatternSet,
        conjunctions: Set<String>,
        doublingStems: [String],
        doublingExclusions: Set<String>,
        tradeStems: [String],
        topics: [TopicRule],
        threads: [ThreadRule],
        soonPhrases: PatternSet,
        deadlineIntroducers: PatternSet,
        yearPrepositions: Set<String>,
        targetIntroducers: Set<String>,
        amountWords: Set<String>,
        magnitudeWords: [String: String],
        currencyWords: [String: String],
        measureWords: [String: String],
        percentWords: PatternSet,
        unitLinkers: Set<String>,
        decimalComma: Bool,
        periodParts: [PeriodPartRule],
        signingCues: PatternSet,
        documentKinds: [DocumentKindRule],
        documentQuantifiers: Set<String>,
        documentSpecifiers: Set<String>,
        documentStops: PatternSet,
        participleSuffixes: [String],
        passiveAuxiliaries: Set<String>,
        determiners: Set<String>,
        articles: Set<String>,
        complementPrepositions: Set<String>,
        infinitiveSuffixes: [String],
        adjectivesPrecedeNouns: Bool,
        listEnders: Set<String>,
        elisions: Set<String>,
        roleWords: Set<String>,
        institutionWords: Set<String>,
        counterpartWords: Set<String>,
        connectors: Set<String>,
        honorifics: Set<String>,
        nameParticles: Set<String>,
        locativePrepositions: Set<String>,
        venueWords: Set<String>,
        nonNameWords: Set<String>,
        debrisPrefixes: [String],
        debrisWords: Set<String>
    ) {
        self.language = language
        self.detectionWords = detectionWords
        self.functionWords = functionWords
        self.months = months
        self.weekdays = weekdays
        self.relativeDays = relativeDays
        self.dayOrdinalSuffixes = dayOrdinalSuffixes
        self.abbreviations = abbreviations
        self.kindCues = kindCues
        self.kindCuePatterns = PatternSet(kindCues.map(\.pattern))
        self.adverbs = WordSet(adverbs)
        self.speechVerbs = WordSet(speechVerbs)
        self.speechVerbPhrases = speechVerbPhrases
        self.speechAuxiliaries = WordSet(speechAuxiliaries)
        self.subjectPronouns = subjectPronouns
        self.stressedPronouns = stressedPronouns
        self.invertedPronouns = invertedPronouns
        self.attributionIntroducers = attributionIntroducers
        self.collectiveSpeakers = collectiveSpeakers
        self.commitmentMarkers = commitmentMarkers
        self.readinessMarkers = readinessMarkers
        self.futureSuffixes = StemList(futureSuffixes)
        self.futureExclusions = WordSet(futureExclusions)
        self.futureAuxiliaries = WordSet(futureAuxiliaries)
        self.collectiveSubjects = collectiveSubjects
        self.pluralPronouns = pluralPronouns
        self.subjectClitics = WordSet(subjectClitics)
        self.coordinatedActions = coordinatedActions
        self.conjunctions = conjunctions
        self.doublingStems = StemList(doublingStems)
        self.doublingExclusions = doublingExclusions
        self.tradeStems = StemList(tradeStems)
        self.topics = topics
        self.threads = threads
        self.soonPhrases = soonPhrases
        self.deadlineIntroducers = deadlineIntroducers
        self.yearPrepositions = yearPrepositions
        self.targetIntroducers = targetIntroducers
        self.amountWords = amountWords
        self.magnitudeWords = magnitudeWords
        self.currencyWords = currencyWords
        self.measureWords = measureWords
        self.percentWords = percentWords
        self.unitLinkers = unitLinkers
        self.decimalComma = decimalComma
        self.periodParts = periodParts
        self.signingCues = signingCues
        self.documentKinds = documentKinds
        self.documentQuantifiers = documentQuantifiers
        self.documentSpecifiers = documentSpecifiers
        self.documentStops = documentStops
        self.participleSuffixes = participleSuffixes
        self.passiveAuxiliaries = passiveAuxiliaries
        self.determiners = determiners
        self.articles = articles
        self.complementPrepositions = complementPrepositions
        self.infinitiveSuffixes = infinitiveSuffixes
        self.adjectivesPrecedeNouns = adjectivesPrecedeNouns
        self.listEnders = listEnders
        self.elisions = elisions
        self.roleWords = roleWords
        self.institutionWords = institutionWords
        self.counterpartWords = counterpartWords
        self.connectors = connectors
        self.honorifics = honorifics
        self.nameParticles = nameParticles
        self.locativePrepositions = locativePrepositions
        self.venueWords = venueWords
        self.nonNameWords = nonNameWords
        self.debrisPrefixes = StemList(debrisPrefixes)
        self.debrisWords = debrisWords
    }
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
    var stems: StemList

    init(topic: String, stems: [String]) {
        self.topic = topic
        self.stems = StemList(stems)
    }
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
