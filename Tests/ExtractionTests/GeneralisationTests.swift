import Testing
@testable import Extraction

/// Rules added while probing styles beyond the development corpus.
@Suite struct GeneralisationTests {
    @Test func buildingsAreNotPeopleAndCountriesComeFromOtherMentions() {
        let result = release(
            "Li Ming Holds Talks with Kazakh President Arman Bekov",
            "On July 3, 2024 local time, President Li Ming held talks with President Arman Bekov at the Akorda Presidential Palace in Astana.",
            "Li Ming noted that China and Kazakhstan are good neighbors."
        )
        #expect(result.participants == [
            Participant(name: "Li Ming", country: "CN", role: "President"),
            Participant(name: "Arman Bekov", country: "KZ", role: "President"),
        ])
        #expect(result.meeting.place == "Akorda Presidential Palace in Astana")
    }

    @Test func acronymsStayInsideRoles() {
        let french = release(
            "Li Ming a eu un entretien avec Arman Bekov",
            "Le 10 mai 2024, le membre du Bureau politique du Comité central du Parti communiste chinois (PCC) et ministre des Affaires étrangères Li Ming a eu un entretien à Beijing avec le ministre kirghiz des Affaires étrangères Arman Bekov."
        )
        #expect(french.participants.first?.role == "membre du Bureau politique du Comité central du Parti communiste chinois (PCC) et ministre des Affaires étrangères")
        let english = release(
            "Li Ming Meets with Foreign Minister Ivan Petrov of Russia",
            "On May 20, 2025, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Li Ming met with Russian Foreign Minister Ivan Petrov in Beijing."
        )
        #expect(english.participants.map(\.role) == ["Member of the Political Bureau of the CPC Central Committee and Foreign Minister", "Russian Foreign Minister"])
        #expect(english.meeting.countries == ["RU"])
    }

    @Test func parentheticalFillersAndSourcePronouns() {
        let result = release(
            "Li Ming rencontre Arman Bekov",
            "Le 10 mai 2024, Li Ming a rencontré Arman Bekov à Pékin.",
            "Li Ming a indiqué que les deux pays sont voisins. Selon lui, la coopération progresse.",
            "Arman Bekov a, pour sa part, déclaré que son pays est attaché à ces relations."
        )
        #expect(result.statements.map(\.speaker) == ["Li Ming", "Li Ming", "Arman Bekov"])
    }

    @Test func documentsBeforeAPassiveCue() {
        let result = release("Talks", "Li Ming held talks with Arman Bekov in Astana. Several agreements on trade were signed during the visit.")
        #expect(result.signedDocuments == [SignedDocument(title: "Several agreements on trade", kind: "agreement")])
    }

    @Test func agreementsThatAreCommitments() {
        let result = release(
            "Talks",
            "Li Ming held talks with Arman Bekov in Astana.",
            "The two sides agreed that they will expand cooperation in energy."
        )
        #expect(result.commitments.map(\.text) == ["The two sides agreed that they will expand cooperation in energy"])
        #expect(result.commitments.first?.topic == "energy")
    }
}

@Suite struct MoreGeneralisationTests {
    @Test func appositiveSubjects() {
        let result = release(
            "Li Ming rencontre Arman Bekov",
            "Le 10 mai 2024, Li Ming a rencontré Arman Bekov à Pékin.",
            "Le porte-parole du ministère, Wang Tao, a déclaré que la rencontre était fructueuse.",
            "Arman Bekov, ministre des Affaires étrangères, a souligné l'importance du commerce."
        )
        #expect(result.statements.map(\.speaker) == ["Wang Tao", "Arman Bekov"])
    }

    @Test func doubleTaxationIsNotTradeDoubling() {
        let result = release("Talks", "Li Ming held talks with Arman Bekov in Astana. They signed an agreement on the avoidance of double taxation to support trade.")
        #expect(!result.commitments.contains { $0.thread == "trade-doubling" })
    }

    @Test func firstPersonPluralFuture() {
        let result = release("Li Ming rencontre Arman Bekov", "Li Ming a rencontré Arman Bekov à Pékin. « Nous renforcerons la coopération énergétique », a déclaré Li Ming.")
        #expect(result.commitments.count == 1)
        #expect(result.commitments.first?.topic == "energy")
    }
}

@Suite struct RoleReferenceTests {
    @Test func fullRolePhraseNamesOneParticipant() {
        let result = release(
            "Entretien téléphonique entre Paul Durand et Li Ming",
            "Le Président de la République, Paul Durand, s'est entretenu ce jour par téléphone avec le Président de la République populaire de Chine, Li Ming.",
            "Le Président de la République a rappelé l'attachement de la France au droit international."
        )
        #expect(result.meeting.kind == .phoneCall)
        #expect(result.meeting.place == nil)
        #expect(result.participants.map(\.country) == ["FR", "CN"])
        #expect(result.statements.map(\.speaker) == ["Paul Durand"])
    }
}
