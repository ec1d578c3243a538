/// A press release ready to be stored: what the importer hands the archive.
///
/// The archive does not know how the text was read; it stores these values
/// and links them to the people, meeting and threads it already holds.
public struct NewSource: Sendable {
    /// Where the text came from: a path, a URL, or "-" for standard input.
    public var location: String
    /// SHA-256 of the exact bytes, lower-case hex.
    public var sha256: String
    public var language: String
    public var title: String
    public var publishedAt: String?
    public var body: String
    public var meeting: NewMeeting
    public var participants: [NewParticipant]
    public var statements: [NewStatement]
    public var commitments: [NewCommitment]
    public var documents: [NewDocument]
    public var figures: [NewFigure]

    public init(
        location: String, sha256: String, language: String, title: String, publishedAt: String?, body: String,
        meeting: NewMeeting, participants: [NewParticipant], statements: [NewStatement],
        commitments: [NewCommitment], documents: [NewDocument], figures: [NewFigure] = []
    ) {
        self.location = location
        self.sha256 = sha256
        self.language = language
        self.title = title
        self.publishedAt = publishedAt
        self.body = body
        self.meeting = meeting
        self.participants = participants
        self.statements = statements
        self.commitments = commitments
        self.documents = documents
        self.figures = figures
    }
}

/// The meeting a source reports.
public struct NewMeeting: Sendable {
    public var date: String?
    public var place: String?
    public var kind: String
    public var countries: [String]

    public init(date: String?, place: String?, kind: String, countries: [String]) {
        self.date = date
        self.place = place
        self.kind = kind
        self.countries = countries
    }
}

/// A participant with the role held at the meeting.
public struct NewParticipant: Sendable {
    public var name: String
    public var country: String?
    public var role: String?

    public init(name: String, country: String?, role: String?) {
        self.name = name
        self.country = country
        self.role = role
    }
}

/// A statement by a named speaker.
public struct NewStatement: Sendable {
    public var speaker: String
    public var text: String

    public init(speaker: String, text: String) {
        self.speaker = speaker
        self.text = text
    }
}

/// A commitment mention; `thread` is a known thread id when the text matched one.
public struct NewCommitment: Sendable {
    public var text: String
    public var topic: String
    public var thread: String?
    public var threadTitle: String?
    public var target: String?
    public var deadline: String?

    public init(text: String, topic: String, thread: String?, threadTitle: String?, target: String?, deadline: String?) {
        self.text = text
        self.topic = topic
        self.thread = thread
        self.threadTitle = threadTitle
        self.target = target
        self.deadline = deadline
    }
}

/// A signed or exchanged document.
public struct NewDocument: Sendable {
    public var title: String
    public var kind: String

    public init(title: String, kind: String) {
        self.title = title
        self.kind = kind
    }
}

/// A figure the text reports: `value` as written, in `unit` ("billion USD").
public struct NewFigure: Sendable {
    public var text: String
    public var value: Double
    public var unit: String
    public var period: String?
    public var sentence: String

    public init(text: String, value: Double, unit: String, period: String?, sentence: String) {
        self.text = text
        self.value = value
        self.unit = unit
        self.period = period
        self.sentence = sentence
    }
}
