/// Picks the sentences that report the meeting itself.
///
/// The first sentence with a meeting cue in the first three body paragraphs;
/// further cue sentences are added while fewer than two people are named;
/// the title closes the list as a last resort.
struct MeetingSentenceLocator: Sendable {
    var text: AnalyzedText
    var classifier: MeetingKindClassifier

    /// The meeting sentences, most telling first.
    func locate() -> [Sentence] {
        var lead = text.lead(paragraphs: 3)
        if !lead.contains(where: classifier.isMeetingSentence) { lead = text.lead(paragraphs: 6) }
        var result: [Sentence] = []
        var people: Set<String> = []
        for sentence in lead where classifier.isMeetingSentence(sentence) {
            result.append(sentence)
            for run in sentence.nameRuns {
                if let name = text.names.fullName(of: run, in: sentence) { people.insert(name) }
            }
            if people.count >= 2 { break }
        }
        result.append(text.title)
        return result
    }
}
