import Testing
@testable import Extraction

@Suite struct CommitmentTests {
    private func commitments(_ paragraphs: String...) -> [Commitment] {
        let body = ["Le 2 mai 2024, Li Ming a rencontré Arman Bekov à Pékin."] + paragraphs
        return Extractor().extract("Li Ming rencontre Arman Bekov\n\n" + body.joined(separator: "\n\n")).commitments
    }

    private func englishCommitments(_ paragraphs: String...) -> [Commitment] {
        let body = ["On May 2, 2024, Li Ming met with Arman Bekov in Beijing."] + paragraphs
        return Extractor().extract("Li Ming meets Arman Bekov\n\n" + body.joined(separator: "\n\n")).commitments
    }

    @Test func collectiveFutureIsACommitment() {
        let found = commitments("Les deux parties renforceront la coopération énergétique.")
        #expect(found.map(\.text) == ["Les deux parties renforceront la coopération énergétique"])
        #expect(found.first?.topic == "energy")
    }

    @Test func readinessHopeAndObligationAreNot() {
        #expect(commitments(
            "La Chine est disposée à renforcer la coopération.",
            "Le Kazakhstan espère approfondir les échanges.",
            "Les deux parties devront renforcer la connectivité.",
            "Les deux pays doivent mettre en œuvre le consensus.",
            "La Chine cherchera à établir un voisinage amical."
        ).isEmpty)
        #expect(englishCommitments(
            "China is willing to work with Kazakhstan.",
            "The two sides should align their plans.",
            "China stands ready to coordinate closely."
        ).isEmpty)
    }

    @Test func decisionMarkersWithAnySubject() {
        let found = commitments("La partie chinoise a également décidé d'ouvrir un deuxième atelier Luban au Kazakhstan et d'organiser une Année du tourisme au Kazakhstan en 2025.")
        #expect(found.count == 2)
        #expect(found.map(\.thread) == ["luban-workshop", "year-of-tourism"])
        #expect(found.last?.deadline == "2025")
        #expect(found.last?.text == "d'organiser une Année du tourisme au Kazakhstan en 2025")
    }

    @Test func furtherMarkersSplitTheSentence() {
        let found = englishCommitments(
            "Li Ming and Arman Bekov pledged on Wednesday to bolster cooperation, setting out targets to double bilateral trade by 2030."
        )
        #expect(found.count == 2)
        #expect(found.map(\.thread) == [nil, "trade-doubling"])
        #expect(found.last?.deadline == "2030")
        #expect(found.last?.target == "double")
    }

    @Test func tradeDoublingWithoutFutureMarker() {
        let found = commitments("Les deux ministres ont souligné que l'objectif de doubler les échanges commerciaux d'ici 2030 est à portée de main.")
        #expect(found.count == 1)
        #expect(found.first?.thread == "trade-doubling")
        #expect(found.first?.deadline == "2030")
    }

    @Test func englishFutureWithWeAndTheTwoSides() {
        let found = englishCommitments(
            "\"We will also work together to foster new growth points,\" Li said.",
            "The two sides will hold the next round of talks in Astana.",
            "The summit will be a success."
        )
        #expect(found.count == 2)
    }

    @Test func pronounContinuesACollectiveSubject() {
        let found = commitments(
            "Les deux parties estiment que la région partage un destin commun.",
            "Elles travailleront ensemble pour préparer le sommet.",
            "Ils viendront demain."
        )
        #expect(found.map(\.text) == ["Elles travailleront ensemble pour préparer le sommet"])
    }

    @Test func titleNeverGivesACommitment() {
        let result = Extractor().extract("LE KAZAKHSTAN ET LA CHINE S'ENGAGENT À DOUBLER LEURS ÉCHANGES COMMERCIAUX\n\nLi Ming a rencontré Arman Bekov à Pékin.\n")
        #expect(result.commitments.isEmpty)
    }
}

@Suite struct SignedDocumentTests {
    private func documents(_ sentence: String) -> [SignedDocument] {
        Extractor().extract("Li Ming rencontre Arman Bekov\n\nLi Ming a rencontré Arman Bekov à Pékin. " + sentence + "\n").signedDocuments
    }

    @Test func genericDocumentsGiveWayToTheSpecificOnes() {
        #expect(documents("À l'issue des entretiens, les deux parties ont signé des documents, notamment un mémorandum de coopération entre les deux ministères.") == [
            SignedDocument(title: "un mémorandum de coopération entre les deux ministères", kind: "memorandum"),
        ])
    }

    @Test func phraseBoundaries() {
        #expect(documents("Ils ont signé une déclaration conjointe sur le partenariat stratégique et ont assisté à la signature d'une série d'accords sur la culture, l'énergie, les finances, etc.") == [
            SignedDocument(title: "une déclaration conjointe sur le partenariat stratégique", kind: "joint_declaration"),
            SignedDocument(title: "une série d'accords sur la culture, l'énergie, les finances, etc.", kind: "agreement"),
        ])
        #expect(documents("Ils ont assisté à l'échange d'un certain nombre de documents sur la coopération entre les deux pays, couvrant l'énergie et le commerce.") == [
            SignedDocument(title: "un certain nombre de documents sur la coopération entre les deux pays", kind: "documents"),
        ])
    }

    @Test func englishDocuments() {
        let result = Extractor().extract("Talks\n\nLi Ming held talks with Arman Bekov. The two sides signed a joint statement and a memorandum of understanding on trade.\n")
        #expect(result.signedDocuments == [
            SignedDocument(title: "a joint statement", kind: "joint_statement"),
            SignedDocument(title: "a memorandum of understanding on trade", kind: "memorandum"),
        ])
    }

    @Test func noCueNoDocument() {
        #expect(documents("Les deux parties mettront en œuvre la feuille de route du plan de développement.").isEmpty)
    }
}
