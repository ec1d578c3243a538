import Foundation
import TestSupport
import Testing

/// A French and an English readout of the same talks, through the extractor,
/// the importer and the reports: one meeting, two sources, one thread, and the
/// trade figure both report accepted as an indicator value.
@Suite struct EndToEndTests {
    static let french = """
        Wang Yi s'entretient avec le ministre kazakh des Affaires étrangères Murat Nurtleu
        2025-04-26 15:11

        Le 25 avril 2025, heure locale, le ministre chinois des Affaires étrangères Wang Yi a tenu des entretiens avec le ministre kazakh des Affaires étrangères Murat Nurtleu à Almaty.

        Wang Yi a déclaré que la Chine était prête à approfondir la coopération avec le Kazakhstan.

        En 2024, les échanges commerciaux bilatéraux ont atteint 43,8 milliards de dollars, soit une hausse de 9,2 pour cent.

        Les deux parties doubleront le volume des échanges commerciaux d'ici 2030.

        """
    static let english = """
        Wang Yi Holds Talks with Kazakh Foreign Minister Murat Nurtleu
        2025-04-26 16:02

        On April 25, 2025, Chinese Foreign Minister Wang Yi held talks with Kazakh Foreign Minister Murat Nurtleu in Almaty.

        Wang Yi said that China is ready to deepen cooperation with Kazakhstan.

        In 2024, bilateral trade reached $43.8 billion, up 9.2 percent year-on-year.

        The two sides will double bilateral trade by 2030.

        """

    let folder: TemporaryDirectory

    init() throws {
        folder = try TemporaryDirectory()
        try Data(Self.french.utf8).write(to: folder.url.appendingPathComponent("fr.txt"))
        try Data(Self.english.utf8).write(to: folder.url.appendingPathComponent("en.txt"))
        let run = try bilat(["import", "fr.txt", "en.txt"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
    }

    func csv(_ arguments: [String]) throws -> [String] {
        let run = try bilat(arguments + ["--format", "csv"], in: folder.url)
        #expect(run.status == 0, "\(arguments): \(run.stderr)")
        return run.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    @Test func twoReadoutsAreOneMeetingWithTwoSources() throws {
        #expect(try csv(["meetings"]) == [
            "id,date,kind,place,countries,participants,sources",
            "1,2025-04-25,talks,Almaty,CN-KZ,Murat Nurtleu; Wang Yi,2",
        ])
        #expect(try csv(["people"]).count == 3)
        let statements = try csv(["sql", "SELECT speaker, count(*) FROM v_statements GROUP BY speaker"])
        #expect(statements == ["speaker,count(*)", "Wang Yi,2"])
        #expect(try csv(["commitments", "--thread", "trade-doubling"]).dropFirst().first?.hasPrefix("trade-doubling,trade,2025-04-25,2025-04-25,2,2030,") == true)
    }

    @Test func figuresFromBothReadoutsAndOneAccepted() throws {
        let figures = try csv(["figures", "--unit", "billion USD", "--period", "2024"])
        #expect(figures.count == 3)
        #expect(figures[0] == "id,date,text,value,unit,period,sentence,meeting")
        #expect(figures[1].hasPrefix("1,2025-04-25,\"43,8 milliards de dollars\",43.8,billion USD,2024,"))
        #expect(figures[2].hasPrefix("3,2025-04-25,$43.8 billion,43.8,billion USD,2024,"))
        let trade = try csv(["figures", "--about", "TRADE"])
        #expect(trade.count == 3 && trade.dropFirst().allSatisfy { $0.contains("bilateral trade reached") })
        #expect(try csv(["figures", "--about", "echanges", "--unit", "%"]).count == 2)

        let accept = try bilat(["indicator", "accept", "3", "--series", "cn-kz-trade"], in: folder.url)
        #expect(accept.status == 0, "\(accept.stderr)")
        #expect(accept.stdout.hasPrefix("cn-kz-trade 2024 = 43.8 billion USD\nsource: "))
        #expect(accept.stdout.contains("en.txt, 2025-04-26T16:02: \"In 2024, bilateral trade reached $43.8 billion"))
        #expect(try csv(["sql", "SELECT series_id, period, value FROM indicator_value"]) == ["series_id,period,value", "cn-kz-trade,2024,43.8"])

        let wrong = try bilat(["indicator", "accept", "2", "--series", "cn-kz-trade"], in: folder.url)
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("figure 2 is in %, but series cn-kz-trade is in billion USD"))
    }
}
