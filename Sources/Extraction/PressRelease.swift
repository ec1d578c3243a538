/// What one press release says about one meeting: the rows the importer stores.
///
/// Encodes to the JSON that `bilat extract` prints and `score.py` reads
/// (snake_case keys, ISO 3166-1 alpha-2 country codes).
public struct PressRelease: Codable, Equatable, Sendable {
    public var title: String
    public var language: Language
    /// Publication time as `YYYY-MM-DDTHH:MM`, when the text gives it.
    public var publishedAt: String?
    public var meeting: MeetingInfo
    public var participants: [Participant]
    public var statements: [Statement]
    public var commitments: [Commitment]
    public var signedDocuments: [SignedDocument]
    /// Amounts, quantities and percentages the text reports.
    public var figures: [Figure]

    public init(
        title: String, language: Language, publishedAt: String?, meeting: MeetingInfo,
        participants: [Participant], statements: [Statement], commitments: [Commitment],
        signedDocuments: [SignedDocument], figures: [Figure] = []
    ) {
        self.title = title
        self.language = language
        self.publishedAt = publishedAt
        self.meeting = meeting
        self.participants = participants
        self.statements = statements
        self.commitments = commitments
        self.signedDocuments = signedDocuments
        self.figures = figures
    }

    enum CodingKeys: String, CodingKey {
        case title, language, meeting, participants, statements, commitments, figures
        case publishedAt = "published_at"
        case signedDocuments = "signed_documents"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decode(String.self, forKey: .title)
        language = try container.decode(Language.self, forKey: .language)
        publishedAt = try container.decodeIfPresent(String.self, forKey: .publishedAt)
        meeting = try container.decode(MeetingInfo.self, forKey: .meeting)
        participants = try container.decode([Participant].self, forKey: .participants)
        statements = try container.decode([Statement].self, forKey: .statements)
        commitments = try container.decode([Commitment].self, forKey: .commitments)
        signedDocuments = try container.decode([SignedDocument].self, forKey: .signedDocuments)
        figures = try container.decodeIfPresent([Figure].self, forKey: .figures) ?? []
    }

    // Absent values are written as null, not left out: the JSON has a fixed shape.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)
        try container.encode(language, forKey: .language)
        try container.encode(publishedAt, forKey: .publishedAt)
        try container.encode(meeting, forKey: .meeting)
        try container.encode(participants, forKey: .participants)
        try container.encode(statements, forKey: .statements)
        try container.encode(commitments, forKey: .commitments)
        try container.encode(signedDocuments, forKey: .signedDocuments)
        try container.encode(figures, forKey: .figures)
    }
}

/// The language a press release is written in.
public enum Language: String, Codable, Sendable, CaseIterable {
    case french = "fr"
    case english = "en"
}

/// The format of a meeting, following the corpus label vocabulary.
public enum MeetingKind: String, Codable, Sendable, CaseIterable {
    case talks
    case meeting
    case phoneCall = "phone_call"
    case videoCall = "video_call"
    case pressConference = "press_conference"
    case strategicDialogue = "strategic_dialogue"
    case signing
    case visit
    case other
}

/// When, where and between whom a meeting took place.
public struct MeetingInfo: Codable, Equatable, Sendable {
    /// `YYYY-MM-DD`, when the text gives or implies a full date.
    public var date: String?
    /// The city or venue as written; nil for calls and where no place is named.
    public var place: String?
    public var kind: MeetingKind
    /// ISO 3166-1 alpha-2 codes of the sides, sorted.
    public var countries: [String]

    public init(date: String?, place: String?, kind: MeetingKind, countries: [String]) {
        self.date = date
        self.place = place
        self.kind = kind
        self.countries = countries
    }

    enum CodingKeys: String, CodingKey { case date, place, kind, countries }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(date, forKey: .date)
        try container.encode(place, forKey: .place)
        try container.encode(kind, forKey: .kind)
        try container.encode(countries, forKey: .countries)
    }
}

/// A person who took part in the meeting, with the role phrase as written.
public struct Participant: Codable, Equatable, Sendable {
    public var name: String
    public var country: String?
    public var role: String?

    public init(name: String, country: String?, role: String?) {
        self.name = name
        self.country = country
        self.role = role
    }

    enum CodingKeys: String, CodingKey { case name, country, role }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(country, forKey: .country)
        try container.encode(role, forKey: .role)
    }
}

/// Something a speaker is reported as saying.
public struct Statement: Codable, Equatable, Sendable {
    /// The speaker's full name as it appears among the participants or in the text.
    public var speaker: String
    public var text: String

    public init(speaker: String, text: String) {
        self.speaker = speaker
        self.text = text
    }
}

/// A forward-looking or agreed action of the sides.
public struct Commitment: Codable, Equatable, Sendable {
    public var text: String
    /// trade, energy, connectivity, security, culture, multilateral, technology, political, cooperation.
    public var topic: String
    /// Stable id of a commitment followed across meetings ("trade-doubling"), when known.
    public var thread: String?
    /// "2030", "2025-12-31", "soon", ... when the text gives one.
    public var deadline: String?
    /// Quantified target ("double", "$50 billion"), when the text gives one.
    public var target: String?

    public init(text: String, topic: String, thread: String?, deadline: String?, target: String? = nil) {
        self.text = text
        self.topic = topic
        self.thread = thread
        self.deadline = deadline
        self.target = target
    }

    enum CodingKeys: String, CodingKey { case text, topic, thread, deadline, target }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(topic, forKey: .topic)
        try container.encode(thread, forKey: .thread)
        try container.encode(deadline, forKey: .deadline)
        try container.encode(target, forKey: .target)
    }
}

/// A document the text says was signed or exchanged.
public struct SignedDocument: Codable, Equatable, Sendable {
    public var title: String
    /// joint_declaration, joint_statement, memorandum, agreement, programme, plan, treaty, diplomatic_notes, documents, other.
    public var kind: String

    public init(title: String, kind: String) {
        self.title = title
        self.kind = kind
    }
}

/// A number with its unit that the text reports ("43,8 milliards de dollars" → 43.8 billion USD).
public struct Figure: Codable, Equatable, Sendable {
    /// The figure as written.
    public var text: String
    /// The number as written, not scaled: 43.8 for "43,8 milliards".
    public var value: Double
    /// Scale and unit: "billion USD", "million t", "%".
    public var unit: String
    /// The year (or "2025-H1", "2025-Q3") the sentence says the figure is for, when it names one.
    public var period: String?
    /// The sentence the figure stands in.
    public var sentence: String

    public init(text: String, value: Double, unit: String, period: String?, sentence: String) {
        self.text = text
        self.value = value
        self.unit = unit
        self.period = period
        self.sentence = sentence
    }

    enum CodingKeys: String, CodingKey { case text, value, unit, period, sentence }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(value, forKey: .value)
        try container.encode(unit, forKey: .unit)
        try container.encode(period, forKey: .period)
        try container.encode(sentence, forKey: .sentence)
    }
}
