import Testing
@testable import Extraction

/// A token's folded text, head and shape: ASCII words, Latin words and others take
/// different paths, which must all answer as the general ones do.
@Suite struct TokenTests {
    /// The only token of `word`.
    private func token(_ word: String) throws -> Token {
        let tokens = Tokenizer.tokenize(word)
        try #require(tokens.count == 1, "\(word) is \(tokens.count) tokens")
        return tokens[0]
    }

    @Test(arguments: [
        ("Kazakhstan", "kazakhstan"), ("ONU", "onu"), ("Élysée", "elysee"), ("ÉCONOMIE", "economie"),
        ("Œuvre", "oeuvre"), ("Straße", "strasse"), ("Łódź", "lodz"), ("Tokaïev", "tokaiev"),
        // U+2019 and the İ are beyond U+0300's table or fold to more than one letter: the general path.
        ("aujourd’hui", "aujourd'hui"), ("İstanbul", "istanbul"), ("Ñandú", "nandu"),
        // Longer than the stack buffer of a Latin word.
        (String(repeating: "é", count: 40), String(repeating: "e", count: 40)),
        ("Kassym-Jomart", "kassym-jomart"), ("4,7", "4,7"), ("«", "«"),
    ])
    func foldsLikeTheGeneralFolding(word: String, folded: String) throws {
        let token = try token(word)
        #expect(token.folded == folded)
        #expect(TextFolding.fold(word) == folded)
    }

    @Test(arguments: ["Kazakhstan", "ONU", "Élysée", "aujourd’hui", "Kassym-Jomart", "2025", "x", "«", "Ab", "ÉTATS-UNIS"])
    func headIsThatOfTheFoldedText(word: String) throws {
        let token = try token(word)
        let general = FoldedHead(token.folded.utf8)
        #expect(token.head.bytes == general.bytes)
        #expect(token.head.tail == general.tail)
        #expect(token.head.length == general.length)
        #expect(token.head.isASCII == general.isASCII)
        #expect(token.head.signature == general.signature)
    }

    /// Capitalised, all capitals, a number, holds a digit.
    @Test(arguments: [
        ("Président", true, false, false, false), ("UE", true, true, false, false),
        ("ÉTATS-UNIS", true, true, false, false), ("A", true, false, false, false),
        ("a", false, false, false, false), ("G20", true, true, false, true), ("2025", false, false, true, true),
        ("4,7", false, false, true, true), ("1.5", false, false, true, true), ("x²", false, false, false, true),
        ("٣٤", false, false, true, true), ("ÇA", true, true, false, false), ("eBay", false, false, false, false),
        ("Ça", true, false, false, false), ("(", false, false, false, false),
    ])
    func shapeOfAWord(word: String, capitalized: Bool, allCaps: Bool, number: Bool, digit: Bool) throws {
        let token = try token(word)
        #expect(token.isCapitalized == capitalized)
        #expect(token.isAllCaps == allCaps)
        #expect(token.isNumber == number)
        #expect(token.hasDigit == digit)
    }

    /// The table below U+0300 answers `isAlphabetic` as Unicode does: no scalar there is a mark,
    /// so the table's letters (alphabetic or nonspacing marks) are the alphabetic scalars.
    @Test func tableLettersAreTheAlphabeticScalars() {
        for value in UInt32(0)..<0x300 {
            let scalar = Unicode.Scalar(value)!
            #expect(ScalarClass.isAlphabetic(scalar) == scalar.properties.isAlphabetic, "U+\(String(value, radix: 16))")
        }
        for scalar in ["ж", "中", "\u{0301}", "٣"].map({ $0.unicodeScalars.first! }) {
            #expect(ScalarClass.isAlphabetic(scalar) == scalar.properties.isAlphabetic)
        }
    }

    /// A count stopped at a limit agrees with `split` wherever the limit does not cut it, on the
    /// byte path (Latin text) and on the Character path (a combining mark, CR LF).
    @Test(arguments: [
        "The two sides  signed five agreements", " Élysée, le 3 mars ", "",
        "e\u{301}  accord signé", "a\r\nb c d", String(repeating: "mot ", count: 30),
    ])
    func spaceSeparatedWordCounts(text: String) {
        let words = text.split(separator: " ").count
        #expect(text.spaceSeparatedWordCount == words)
        for limit in 0...32 {
            #expect(text.spaceSeparatedWordCount(upTo: limit) == min(words, limit + 1), "limit \(limit)")
        }
    }
}
