import Testing
@testable import Extraction

@Suite struct LayoutTests {
    @Test func publicationLineGivesPublishedAt() {
        let result = release("Le ministre rencontre son homologue", published: "2024-03-05 09:07",
                             "Le 4 mars 2024, le ministre Li Ming a rencontré à Pékin son homologue Arman Bekov.")
        #expect(result.publishedAt == "2024-03-05T09:07")
    }

    /// The usual `YYYY-MM-DD HH:MM` line is read from its bytes, the other spellings of it in
    /// general; both give the same publication time, and a date that does not exist gives no day.
    @Test(arguments: [
        ("2024-03-05 09:07", "2024-03-05T09:07", "2024-03-05"),
        ("2024-03-05  9:07", "2024-03-05T09:07", "2024-03-05"),
        ("2024-03-05 9:070", "2024-03-05T09:70", "2024-03-05"),
        ("2024-02-30 09:07", "2024-02-30T09:07", nil),
    ] as [(String, String, String?)])
    func publicationLineSpellings(line: String, publishedAt: String, day: String?) {
        let layout = TextLayout("Le ministre rencontre son homologue\n\n\(line)\n\nLe ministre Li Ming a rencontré à Pékin son homologue.")
        #expect(layout.publishedAt == publishedAt)
        #expect(layout.publicationDate?.iso == day)
    }

    @Test func writtenPublicationTimeGivesPublishedAt() {
        let result = release("Le ministre rencontre son homologue", published: "23 Août 2025 08:40 (UTC+01:00)",
                             "Le ministre Li Ming a rencontré mercredi à Pékin son homologue Arman Bekov.")
        #expect(result.publishedAt == "2025-08-23T08:40")
        #expect(result.meeting.date == "2025-08-20")
    }

    @Test func noPublicationLineGivesNull() {
        let result = release("Minister meets counterpart", "On May 2, 2023, Minister Li Ming met with Minister Arman Bekov in Beijing.")
        #expect(result.publishedAt == nil)
    }

    @Test func debrisIsDropped() {
        let result = release(
            "Li Ming rencontre Arman Bekov", published: "2024-03-05 09:07",
            "LI MING RENCONTRE ARMAN BEKOV",
            "(Xinhua/Zhang Wei)",
            "photo_2024.jpg",
            "Dernière mise à jour à 08h57 le 05/03",
            "Le ministre Li Ming a rencontré mardi à Pékin son homologue Arman Bekov.",
            "Li Ming a déclaré que les relations sont excellentes.",
            " Recommander à    Imprimer",
            "[ Envoyer ce lien à un ami ]",
            "L'adresse: 2 rue de la Paix, Pékin Numéro de Téléphone: 86-10",
            "READ MORE: Another story"
        )
        #expect(result.meeting.kind == .meeting)
        #expect(result.meeting.date == "2024-03-05")
        #expect(result.statements.map(\.text) == ["Li Ming a déclaré que les relations sont excellentes."])
    }

    @Test func datelineIsStrippedAndGivesReferenceDate() {
        let result = release(
            "Premier meets PM", published: "2024-11-05 00:00",
            "SHANGHAI, Nov. 4 (Xinhua) -- Chinese Premier Li Ming met with Kazakh Prime Minister Arman Bekov in Shanghai on Monday."
        )
        #expect(result.meeting.date == "2024-11-04")
        #expect(result.meeting.place == "Shanghai")
        #expect(result.participants.first?.role == "Chinese Premier")
    }

    @Test func distributedByLineIsNotADate() {
        let result = release(
            "Minister holds working dinner with Li Ming",
            "12/03/2025 | Press release | Distributed by Public on 12/04/2025 05:34",
            "Mr Paul Durand, Minister for Europe and Foreign Affairs, had a working dinner today with Mr Li Ming, Minister of Foreign Affairs of the People's Republic of China."
        )
        #expect(result.publishedAt == nil)
        #expect(result.meeting.date == nil)
        #expect(result.meeting.kind == .meeting)
        #expect(result.participants.map(\.name) == ["Paul Durand", "Li Ming"])
        #expect(result.participants.last?.country == "CN")
    }

    @Test func languageDetection() {
        #expect(LanguageDetector.detect("Le ministre a rencontré son homologue et les deux parties ont signé des accords.") == .french)
        #expect(LanguageDetector.detect("The minister met his counterpart and the two sides signed agreements.") == .english)
    }

    /// Counting stops at a decisive lead, and only there: a text that opens with a French lead
    /// one word short of it is English when English words follow; one word more and it is French.
    @Test func languageDetectionStopsAtADecisiveLead() {
        let english = String(repeating: "the minister of the state and the envoy ", count: 20)
        let short = String(repeating: "le ", count: LanguageDetector.decisiveLead - 1) + english
        let decided = String(repeating: "le ", count: LanguageDetector.decisiveLead) + english
        #expect(LanguageDetector.detect(short) == .english)
        #expect(LanguageDetector.detect(decided) == .french)
    }

    @Test func sentencesKeepQuotesAndAbbreviations() {
        let splitter = SentenceSplitter(abbreviations: ["m", "nov", "mr"])
        #expect(splitter.split("M. Xi a parlé. Il a ajouté « Nous avancerons. Ensemble. » Puis il est parti.") == [
            "M. Xi a parlé.", "Il a ajouté « Nous avancerons. Ensemble. »", "Puis il est parti.",
        ])
        #expect(splitter.split("They met on Nov. 4, 2024. Mr. Li spoke.") == ["They met on Nov. 4, 2024.", "Mr. Li spoke."])
    }
}

@Suite struct WrappedLineTests {
    @Test func hardWrappedLinesJoinTheirParagraph() {
        let result = Extractor().extract("""
        Li Ming rencontre Arman Bekov

        Le 4 mars 2024, le ministre Li Ming a rencontré à Pékin
        son homologue kazakh Arman Bekov.
        Li Ming a déclaré que les relations
        sont excellentes.

        """)
        #expect(result.participants.map(\.name) == ["Li Ming", "Arman Bekov"])
        #expect(result.statements.first?.text == "Li Ming a déclaré que les relations sont excellentes.")
    }
}
