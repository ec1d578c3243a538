import Testing
@testable import Extraction

@Suite struct ParticipantTests {
    @Test func rolesBeforeAndAfterNames() {
        let result = release(
            "Li Ming rencontre le ministre des Affaires étrangères de l'Ouzbékistan Rustam Karimov",
            "Le 1er décembre 2024, Li Ming, membre du Bureau politique du Comité central du Parti communiste chinois et ministre chinois des Affaires étrangères, a rencontré à Chengdu le ministre des Affaires étrangères de l'Ouzbékistan, Rustam Karimov."
        )
        #expect(result.participants == [
            Participant(name: "Li Ming", country: "CN", role: "membre du Bureau politique du Comité central du Parti communiste chinois et ministre chinois des Affaires étrangères"),
            Participant(name: "Rustam Karimov", country: "UZ", role: "ministre des Affaires étrangères de l'Ouzbékistan"),
        ])
        #expect(result.meeting.countries == ["CN", "UZ"])
    }

    @Test func englishRolesAndPossessives() {
        let result = release(
            "Li Ming Speaks with Kazakhstan's Foreign Minister Arman Bekov on the Phone",
            "On January 21, 2021, State Councilor and Foreign Minister Li Ming held a phone conversation with Kazakhstan's Deputy Prime Minister and Foreign Minister Arman Bekov.",
            "Li Ming said that China and Kazakhstan are friendly neighbours."
        )
        #expect(result.participants.map(\.name) == ["Li Ming", "Arman Bekov"])
        #expect(result.participants.map(\.role) == ["State Councilor and Foreign Minister", "Kazakhstan's Deputy Prime Minister and Foreign Minister"])
        #expect(result.participants.map(\.country) == ["CN", "KZ"])
    }

    @Test func singleWordsReferToFullNames() {
        let result = release(
            "China and Kazakhstan aim to double trade",
            "President Li Ming and Kazakh President Arman-Bek Serikov pledged on Wednesday to bolster cooperation.",
            "Li held talks in Astana with Serikov, in a state visit."
        )
        #expect(result.participants == [
            Participant(name: "Li Ming", country: "CN", role: "President"),
            Participant(name: "Arman-Bek Serikov", country: "KZ", role: "Kazakh President"),
        ])
    }

    @Test func mentionedLeadersAreNotParticipants() {
        let result = release(
            "Ministers meet",
            "Le ministre kazakh du Commerce, Arman Bekov, a rencontré le ministre chinois du Commerce, Li Ming, à Pékin pour mettre en œuvre les accords conclus entre le président Nur Serikov et le président Wang Jun."
        )
        #expect(result.participants.map(\.name) == ["Arman Bekov", "Li Ming"])
        #expect(result.participants.map(\.role) == ["ministre kazakh du Commerce", "ministre chinois du Commerce"])
    }

    @Test func honorificsAndCountryFallback() {
        let result = release(
            "Paul Durand holds working dinner with Li Ming",
            "M. Paul Durand, Minister for Europe and Foreign Affairs, had a working dinner today with Mr Li Ming, Director of the Office of the Central Commission for Foreign Affairs of the Communist Party of China, and Minister of Foreign Affairs of the People's Republic of China.",
            "The two ministers emphasized France and China's joint responsibility."
        )
        #expect(result.participants.map(\.country) == ["FR", "CN"])
        #expect(result.participants.last?.role == "Director of the Office of the Central Commission for Foreign Affairs of the Communist Party of China, and Minister of Foreign Affairs of the People's Republic of China")
        #expect(result.meeting.countries == ["CN", "FR"])
    }

    @Test func countryComplementAfterName() {
        let result = release("Talks", "Foreign Minister Li Ming held talks with Foreign Minister Arman Bekov of Kazakhstan.")
        #expect(result.participants.last == Participant(name: "Arman Bekov", country: "KZ", role: "Foreign Minister"))
    }
}

@Suite struct NameFormTests {
    @Test func initialsAndParticles() {
        let result = release(
            "Talks",
            "Foreign Minister Li Ming held talks with Saudi Foreign Minister Faisal bin Farhan and Indian External Affairs Minister S. Jaishankar in Riyadh."
        )
        #expect(result.participants.map(\.name) == ["Li Ming", "Faisal bin Farhan", "S. Jaishankar"])
        #expect(result.participants.map(\.country).dropFirst() == ["SA", "IN"])
    }
}

@Suite struct LoneSurnameTests {
    @Test func surnameAfterATitleIsAParticipant() {
        let result = release("Presidents meet", "President Li met with Kazakh President Bekov in Astana on Monday.")
        #expect(result.participants.map(\.name) == ["Li", "Bekov"])
        #expect(result.participants.last?.country == "KZ")
    }
}

@Suite struct LoneSurnameSpeakerTests {
    @Test func surnameSpeakerMatchesTheParticipant() {
        let result = release("Presidents meet", "President Li met with Kazakh President Bekov in Astana on Monday.", "Bekov said the visit was historic.")
        #expect(result.statements.map(\.speaker) == ["Bekov"])
    }
}

@Suite struct AmbassadorTests {
    @Test func ambassadorRolesKeepTheirHostCountry() {
        let english = release("Meeting", "Foreign Minister Arman Bekov of Kazakhstan met with Chinese Ambassador to Kazakhstan Zhang Wei in Astana.")
        #expect(english.participants.last == Participant(name: "Zhang Wei", country: "CN", role: "Chinese Ambassador to Kazakhstan"))
        let french = release("Rencontre", "Le ministre kazakh Arman Bekov a rencontré l'ambassadeur de Chine au Kazakhstan Zhang Wei à Astana.")
        #expect(french.participants.last == Participant(name: "Zhang Wei", country: "CN", role: "ambassadeur de Chine au Kazakhstan"))
    }
}
