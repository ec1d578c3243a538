import CorpusGenerator
import Extraction
import Testing

/// The benchmark corpus must exercise the extractor as real readouts do: every
/// generated document yields its meeting, two participants and statements.
@Suite struct GeneratorTests {
    @Test func generatedReadoutsExtractLikeRealOnes() {
        var generator = CorpusGenerator(seed: 42)
        let extractor = Extractor()
        var people: Set<String> = []
        var figures = 0
        for index in 0..<300 {
            let text = generator.document(index: index)
            let release = extractor.extract(text)
            #expect(release.meeting.date != nil, "document \(index)")
            #expect(release.participants.count == 2, "document \(index): \(release.participants.map(\.name))")
            #expect(release.statements.count >= 4, "document \(index)")
            #expect(release.commitments.count >= 1, "document \(index)")
            people.formUnion(release.participants.map(\.name))
            figures += release.figures.count
        }
        print("generator: 300 documents, \(people.count) distinct participants, \(figures) figures")
        #expect(people.count > 100)
        #expect(figures > 150)
    }

    @Test func sameSeedSameCorpus() {
        var first = CorpusGenerator(seed: 5)
        var second = CorpusGenerator(seed: 5)
        #expect((0..<20).map { first.document(index: $0) } == (0..<20).map { second.document(index: $0) })
    }
}
