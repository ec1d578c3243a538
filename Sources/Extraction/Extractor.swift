/// Reads a press release in the corpus layout and finds the meeting it reports.
public struct Extractor: Sendable {
    /// Creates an extractor; it holds no state and can be shared.
    public init() {}

    /// Extracts everything bilat stores from `text` (already decoded, see ``SourceDecoder``).
    public func extract(_ text: String) -> PressRelease {
        let analyzed = AnalyzedText(text)
        let lexicon = analyzed.lexicon
        let classifier = MeetingKindClassifier(lexicon: lexicon)
        let lead = analyzed.lead(paragraphs: 3)
        let meetingSentences = MeetingSentenceLocator(text: analyzed, classifier: classifier).locate()

        let kind = classifier.classify(title: analyzed.title, lead: analyzed.lead(paragraphs: 2))
        let participantFinder = ParticipantFinder(text: analyzed)
        let participants = participantFinder.find(meetingSentences: meetingSentences)
        let date = MeetingDateFinder(lexicon: lexicon).find(
            meeting: meetingSentences, lead: lead, reference: analyzed.layout.referenceDate
        )
        var place: String?
        if kind != .phoneCall && kind != .videoCall {
            place = PlaceFinder(lexicon: lexicon, names: analyzed.names).find(in: meetingSentences + [analyzed.title])
        }
        var countries: [String] = []
        for participant in participants {
            if let code = participant.country, !countries.contains(code) { countries.append(code) }
        }
        if countries.count < 2 {
            for code in participantFinder.rankedCountries() where countries.count < 2 && !countries.contains(code) {
                countries.append(code)
            }
        }
        return PressRelease(
            title: analyzed.layout.title,
            language: lexicon.language,
            publishedAt: analyzed.layout.publishedAt,
            meeting: MeetingInfo(date: date, place: place, kind: kind, countries: countries.sorted()),
            participants: participants,
            statements: StatementFinder(text: analyzed, participants: participants).find(),
            commitments: CommitmentFinder(text: analyzed).find(),
            signedDocuments: SignedDocumentFinder(text: analyzed).find(),
            figures: FigureFinder(text: analyzed).find()
        )
    }
}
