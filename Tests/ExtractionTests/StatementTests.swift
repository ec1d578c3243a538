import Testing
@testable import Extraction

@Suite struct StatementTests {
    private func speakers(_ result: PressRelease) -> [String] { result.statements.map(\.speaker) }

    @Test func subjectThenSpeechVerb() {
        let result = release(
            "Li Ming rencontre Arman Bekov",
            "Le 15 juillet 2025, Li Ming a rencontré à Tianjin Arman Bekov.",
            "Li Ming a souligné que les deux pays sont voisins. La coopération progresse.",
            "M. Bekov a pour sa part indiqué que le Kazakhstan est prêt à coopérer."
        )
        #expect(speakers(result) == ["Li Ming", "Arman Bekov"])
        #expect(result.statements.first?.text == "Li Ming a souligné que les deux pays sont voisins. La coopération progresse.")
    }

    @Test func frenchGuillemetsWithAttributionAfter() {
        let result = release(
            "Li Ming s'entretient avec Paul Durand",
            "Le président chinois Li Ming s'entretient avec son homologue français Paul Durand.",
            "« Les relations progressent. Nous maintenons le dialogue, » a déclaré M. Li.",
            "« Le monde change, » a-t-il poursuivi.",
            "Il a fait remarquer que M. Durand est le bienvenu."
        )
        #expect(speakers(result) == ["Li Ming", "Li Ming", "Li Ming"])
    }

    @Test func englishCurlyAndStraightQuotes() {
        let result = release(
            "Talks",
            "Li Ming held talks with Arman Bekov in Astana.",
            "“We will deepen cooperation,” Li said.",
            "\"Our friendship is strong,\" said Bekov.",
            "He noted that trade keeps growing."
        )
        #expect(speakers(result) == ["Li Ming", "Arman Bekov", "Arman Bekov"])
    }

    @Test func coordinatedAndCollectiveSubjects() {
        let result = release(
            "Li Ming reçu par Ivan Petrov",
            "Selon l'agence TASS, Li Ming et Ivan Petrov ont discuté de l'Ukraine.",
            "Li et Petrov ont souligné la nécessité de la paix.",
            "Les deux dirigeants ont salué les progrès.",
            "Les deux parties ont échangé leurs vues."
        )
        #expect(speakers(result) == ["Li Ming", "Ivan Petrov", "Li Ming", "Ivan Petrov"])
    }

    @Test func sourcePhraseAndRoleReference() {
        let result = release(
            "Ministers meet",
            "Le ministre kazakh du Commerce, Arman Bekov, a rencontré le ministre chinois du Commerce, Wang Tao, à Pékin.",
            "Selon M. Wang, le commerce continue de croître.",
            "Le ministre kazakh a déclaré que les résultats sont bons."
        )
        #expect(speakers(result) == ["Wang Tao", "Arman Bekov"])
    }
}
