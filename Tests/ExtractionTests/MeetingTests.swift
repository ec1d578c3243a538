import Testing
@testable import Extraction

@Suite struct DateTests {
    @Test func frenchOrdinalDate() {
        let result = release("Wang Yi rencontre Bakhtiyor Saidov", published: "2024-12-02 10:00",
                             "Le 1er décembre 2024, Wang Yi a rencontré à Chengdu le ministre ouzbek Bakhtiyor Saidov.")
        #expect(result.meeting.date == "2024-12-01")
    }

    @Test func englishMonthDayYear() {
        let result = release("Minister meets counterpart",
                             "On October 28, 2025, Foreign Minister Li Ming met with Foreign Minister Arman Bekov of Kazakhstan in Astana.")
        #expect(result.meeting.date == "2025-10-28")
    }

    @Test func abbreviatedMonthInCaption() {
        let result = release("Premier meets PM",
                             "Chinese Premier Li Ming meets with Kazakh Prime Minister Arman Bekov in Shanghai, east China, Nov. 4, 2024. (Xinhua/Zhang Wei)")
        #expect(result.meeting.date == "2024-11-04")
        #expect(result.participants.count == 2)
    }

    @Test func weekdayResolvedAgainstPublicationDate() {
        // 2023-04-07 is a Friday: "jeudi" is the day before.
        let result = release("Li Ming s'entretient avec Paul Durand", published: "2023-04-07 00:00",
                             "Le président chinois Li Ming s'entretient jeudi à Pékin avec son homologue français Paul Durand.")
        #expect(result.meeting.date == "2023-04-06")
    }

    @Test func weekdayResolvedAgainstDateline() {
        let result = release("Li Ming rencontre Arman Bekov", published: "2015-09-02 00:00",
                             "BEIJING, 31 août (Xinhua) -- Le président chinois Li Ming a rencontré lundi à Beijing le président kazakh Arman Bekov.")
        #expect(result.meeting.date == "2015-08-31")
        #expect(result.meeting.place == "Beijing")
    }

    @Test func yesterdayAndNoReference() {
        let result = release("Li Ming reçu au Kremlin par Ivan Petrov",
                             "Le président chinois a été reçu hier au Kremlin par son homologue russe. Li Ming et Ivan Petrov ont discuté de l'Ukraine.")
        #expect(result.meeting.date == nil)
        #expect(result.meeting.place == "Kremlin")
        #expect(result.meeting.kind == .talks)
        #expect(result.participants.map(\.country) == ["CN", "RU"])
        #expect(result.participants.map(\.role) == ["président chinois", "homologue russe"])
    }

    @Test func updatedLineIsNotTheMeetingDate() {
        let result = release("Wang Yi s'entretient par téléphone avec Arman Bekov",
                             "fmprc.gov.cn| Mis à jour : 2021-01-22",
                             "Le 21 janvier 2021, Wang Yi a eu un entretien téléphonique avec le ministre kazakh Arman Bekov.")
        #expect(result.meeting.date == "2021-01-21")
        #expect(result.publishedAt == nil)
    }
}

@Suite struct KindTests {
    private func kind(_ title: String, _ body: String) -> MeetingKind {
        release(title, body).meeting.kind
    }

    @Test func kindsFromTitleAndLead() {
        #expect(kind("Li Ming s'entretient par téléphone avec Arman Bekov", "Li Ming a parlé avec Arman Bekov.") == .phoneCall)
        #expect(kind("Li Ming Speaks with Arman Bekov on the Phone", "Li Ming held a phone conversation with Arman Bekov.") == .phoneCall)
        #expect(kind("Entretien par visioconférence", "Li Ming et Arman Bekov ont tenu un entretien par visioconférence.") == .videoCall)
        #expect(kind("Le deuxième dialogue stratégique Chine-Kazakhstan se tient", "Li Ming et Arman Bekov ont tenu le dialogue.") == .strategicDialogue)
        #expect(kind("Li Ming et Arman Bekov rencontrent conjointement la presse", "Ils ont parlé.") == .pressConference)
        #expect(kind("Li Ming Holds Talks with Arman Bekov", "Li Ming held talks with Arman Bekov.") == .talks)
        #expect(kind("Li Ming s'entretient avec Arman Bekov", "Li Ming s'entretient avec Arman Bekov.") == .talks)
        #expect(kind("Li Ming rencontre Arman Bekov", "Li Ming a rencontré Arman Bekov.") == .meeting)
        #expect(kind("Premier meets PM", "Li Ming met with Arman Bekov.") == .meeting)
        #expect(kind("Paul Durand holds working dinner with Li Ming", "They talked.") == .meeting)
        #expect(kind("Nouvelles de la semaine", "Li Ming a reçu Arman Bekov.") == .meeting)
        #expect(kind("Nouvelles de la semaine", "Li Ming est en visite au Kazakhstan.") == .visit)
        #expect(kind("Nouvelles de la semaine", "Le temps était beau.") == .other)
        #expect(kind("La Chine et le Kazakhstan signent un accord sur les visas", "Les ministres ont signé un accord.") == .signing)
        #expect(kind("Li Ming s'entretient avec Arman Bekov", "Après les entretiens, ils ont signé un accord.") == .talks)
    }

    @Test func earliestPlainCueWins() {
        #expect(kind("Nouvelles", "Li Ming a rencontré Arman Bekov et les deux hommes ont eu des entretiens.") == .meeting)
        #expect(kind("Nouvelles", "Li Ming s'est entretenu avec Arman Bekov puis a rencontré la délégation.") == .talks)
    }
}

@Suite struct PlaceTests {
    @Test func cityAfterPreposition() {
        #expect(release("Li Ming rencontre Arman Bekov", "Le 15 juillet 2025, Li Ming a rencontré à Tianjin Arman Bekov, ministre kazakh.").meeting.place == "Tianjin")
    }

    @Test func venues() {
        #expect(release("Li Ming s'entretient avec Paul Durand", "Le président Li Ming s'entretient jeudi au Grand Palais du peuple avec son homologue français Paul Durand.").meeting.place == "Grand Palais du peuple")
        #expect(release("Li Ming Holds Talks with Arman Bekov", "On March 28, 2019, Foreign Minister Li Ming held talks with Foreign Minister Arman Bekov of Kazakhstan at the Diaoyutai State Guest House in Beijing.").meeting.place == "Diaoyutai State Guest House in Beijing")
        #expect(release("Talks in Astana", "Li Ming held talks at Akorda, the presidential palace in Astana, with President Arman Bekov.").meeting.place == "Akorda, the presidential palace in Astana")
    }

    @Test func noPlaceForCallsOrLowercasePhrases() {
        #expect(release("Li Ming s'entretient par téléphone avec Arman Bekov", "Li Ming a eu un entretien téléphonique à Pékin avec Arman Bekov.").meeting.place == nil)
        #expect(release("Li Ming rencontre la presse", "Le 3 juillet 2024 à midi, Li Ming a rencontré la presse avec Arman Bekov à l'issue de leur entretien.").meeting.place == nil)
        #expect(release("Li Ming rencontre Arman Bekov", "Li Ming a rencontré Arman Bekov aux États-Unis.").meeting.place == nil)
    }
}

@Suite struct LeadDateTests {
    @Test func historicalDatesInTheLeadAreNotTheMeeting() {
        let result = release(
            "Li Ming rencontre Arman Bekov", published: "2024-05-10 12:00",
            "Li Ming a rencontré jeudi à Pékin Arman Bekov. Les relations diplomatiques ont été établies le 3 janvier 1992."
        )
        #expect(result.meeting.date == "2024-05-09")
    }
}
