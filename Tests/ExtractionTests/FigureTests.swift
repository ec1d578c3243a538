import Testing
@testable import Extraction

@Suite struct FigureTests {
    private func french(_ paragraphs: String...) -> [Figure] {
        let body = ["Le 2 mai 2024, Li Ming a rencontré Arman Bekov à Pékin."] + paragraphs
        return Extractor().extract("Li Ming rencontre Arman Bekov\n\n" + body.joined(separator: "\n\n")).figures
    }

    private func english(_ paragraphs: String...) -> [Figure] {
        let body = ["On May 2, 2024, Li Ming met with Arman Bekov in Beijing."] + paragraphs
        return Extractor().extract("Li Ming meets Arman Bekov\n\n" + body.joined(separator: "\n\n")).figures
    }

    private func summary(_ figures: [Figure]) -> [String] {
        figures.map { "\($0.text) = \($0.value) \($0.unit) @\($0.period ?? "-")" }
    }

    @Test func frenchAmountsWithDecimalCommaAndPercentages() {
        let found = french(
            "En 2024, le chiffre d'affaires bilatéral a atteint 43,8 milliards de dollars, soit une augmentation de 9,2 pour cent par rapport à l'année précédente.",
            "Au premier semestre 2025, ce chiffre s'est élevé à 21,8 milliards de dollars.")
        #expect(summary(found) == [
            "43,8 milliards de dollars = 43.8 billion USD @2024",
            "9,2 pour cent = 9.2 % @2024",
            "21,8 milliards de dollars = 21.8 billion USD @2025-H1",
        ])
        #expect(found.first?.sentence.hasPrefix("En 2024, le chiffre d'affaires") == true)
    }

    @Test func englishAmountsWithCurrencySymbolsAndThousands() {
        let found = english(
            "Bilateral trade rose 32 percent year-on-year to $41 billion in 2023.",
            "The 224 projects are worth approximately US$ 66.4 billion, and 4,700 Chinese businesses operate there.",
            "Exports of grain reached 1,250,000 tons, and the fund holds 500 million yuan.")
        #expect(summary(found) == [
            "32 percent = 32.0 % @2023",
            "$41 billion = 41.0 billion USD @2023",
            "US$ 66.4 billion = 66.4 billion USD @-",
            "1,250,000 tons = 1250000.0 t @-",
            "500 million yuan = 500.0 million CNY @-",
        ])
    }

    @Test func frenchThousandsGroupsAndOtherCurrencies() {
        let found = french(
            "Les investissements ont atteint 1 500 millions d'euros en 2023 et 250 milliards de tenges.",
            "Le fonds dispose de 2.500 millions de roubles.")
        #expect(summary(found) == [
            "1 500 millions d'euros = 1500.0 million EUR @2023",
            "250 milliards de tenges = 250.0 billion KZT @2023",
            "2.500 millions de roubles = 2500.0 million RUB @-",
        ])
    }

    @Test func deadlineYearsAreTargetsNotPeriods() {
        let found = french("Les deux parties porteront les échanges à 80 milliards de dollars d'ici 2030.")
        #expect(summary(found) == ["80 milliards de dollars = 80.0 billion USD @-"])
        let english = english("Trade reached $43.8 billion in 2024, and the sides aim at $80 billion by 2030.")
        #expect(english.map(\.period) == ["2024", "2024"])
    }

    @Test func bareNumbersYearsAndDatesAreNotFigures() {
        #expect(french(
            "Depuis 15 ans, plus de 4 700 entreprises chinoises sont présentes.",
            "Le 3 juillet 2024, les deux pays ont célébré 32 ans de relations.").isEmpty)
        #expect(english("Over the past 15 years, 224 projects were launched in 2023.").isEmpty)
    }

    @Test func parsingFollowsTheLanguageSeparators() {
        #expect(FigureFinder.parse("43,8", decimalComma: true) == 43.8)
        #expect(FigureFinder.parse("1.500", decimalComma: true) == 1500)
        #expect(FigureFinder.parse("66.4", decimalComma: true) == 66.4)
        #expect(FigureFinder.parse("4,700", decimalComma: false) == 4700)
        #expect(FigureFinder.parse("1,234.5", decimalComma: false) == 1234.5)
        #expect(FigureFinder.parse("1.234,5", decimalComma: true) == 1234.5)
        #expect(FigureFinder.parse("43,8", decimalComma: false) == 43.8)
    }

    @Test func seedTextsNameNoAmountSoNoneIsInvented() throws {
        // Their numbers are dates, years, ordinals and counts ("deuxième", "32 ans"): none has a unit.
        for name in ["seed-000.txt", "seed-001.txt"] {
            #expect(Extractor().extract(try seedText(name)).figures.isEmpty, "\(name)")
        }
    }
}
