import Testing
@testable import Extraction

@Suite struct SeedTests {
    @Test func strategicDialogueInAlmaty() throws {
        let result = Extractor().extract(try seedText("seed-000.txt"))
        #expect(result.language == .french)
        #expect(result.publishedAt == "2025-04-26T15:11")
        #expect(result.meeting.date == "2025-04-25")
        #expect(result.meeting.place == "Almaty")
        #expect(result.meeting.kind == .strategicDialogue)
        #expect(result.meeting.countries == ["CN", "KZ"])
        #expect(result.participants.map(\.name) == ["Wang Yi", "Murat Nurtleu"])
        #expect(result.participants.map(\.country) == ["CN", "KZ"])
        #expect(result.participants[0].role == "membre du Bureau politique du Comité central du Parti communiste chinois et ministre des Affaires étrangères")
        #expect(result.participants[1].role == "vice-Premier ministre et ministre des Affaires étrangères du Kazakhstan")
        #expect(Set(result.statements.map(\.speaker)) == ["Wang Yi", "Murat Nurtleu"])
        #expect(result.commitments.count == 6)
        let doubling = result.commitments.filter { $0.thread == "trade-doubling" }
        #expect(doubling.count == 1)
        #expect(doubling.first?.deadline == "soon")
        #expect(doubling.first?.target == "double")
        #expect(result.signedDocuments == [
            SignedDocument(title: "un mémorandum de coopération entre les deux ministères des Affaires étrangères", kind: "memorandum"),
        ])
    }

    @Test func pressConferenceInAstana() throws {
        let result = Extractor().extract(try seedText("seed-001.txt"))
        #expect(result.language == .french)
        #expect(result.publishedAt == "2024-07-03T22:55")
        #expect(result.meeting.date == "2024-07-03")
        #expect(result.meeting.place == "palais présidentiel d’Astana")
        #expect(result.meeting.kind == .pressConference)
        #expect(result.meeting.countries == ["CN", "KZ"])
        #expect(result.participants == [
            Participant(name: "Xi Jinping", country: "CN", role: "président chinois"),
            Participant(name: "Kassym-Jomart Tokaïev", country: "KZ", role: "homologue kazakh"),
        ])
        #expect(Set(result.statements.map(\.speaker)) == ["Xi Jinping", "Kassym-Jomart Tokaïev"])
        #expect(result.commitments.count == 10)
        let doubling = result.commitments.filter { $0.thread == "trade-doubling" }
        #expect(doubling.count == 1)
        #expect(doubling.first?.deadline == "soon")
        #expect(doubling.first?.text.contains("ont fixé un nouvel objectif de doubler") == true)
        #expect(result.commitments.contains { $0.thread == "luban-workshop" })
        #expect(result.commitments.contains { $0.thread == "year-of-tourism" && $0.deadline == "2025" })
        #expect(result.signedDocuments.map(\.kind) == ["joint_declaration", "documents"])
        #expect(result.signedDocuments.first?.title == "la Déclaration conjointe entre la République populaire de Chine et la République du Kazakhstan")
        #expect(result.signedDocuments.last?.title == "un certain nombre de documents sur la coopération intergouvernementale et interdépartementale entre les deux pays")
    }
}
