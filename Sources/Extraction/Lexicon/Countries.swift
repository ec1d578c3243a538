/// A country and the ways French and English texts name it.
struct Country: Sendable {
    /// ISO 3166-1 alpha-2 code.
    var code: String
    /// Names, in both languages (several words allowed: "Corée du Nord").
    var names: [String]
    /// Adjectives and demonyms, in both languages ("kazakh", "Kazakhstani", "sino").
    var adjectives: [String]
}

/// The countries the extractor recognises, and a matcher over tokens.
enum Countries {
    /// The table: code, names (FR then EN), adjectives (FR then EN).
    static let table: [Country] = [
        Country(code: "CN", names: ["Chine", "République populaire de Chine", "China", "People's Republic of China", "PRC"],
                adjectives: ["chinois", "chinoise", "chinoises", "sino", "Chinese"]),
        Country(code: "KZ", names: ["Kazakhstan", "République du Kazakhstan", "Republic of Kazakhstan"],
                adjectives: ["kazakh", "kazakhe", "kazakhs", "kazakhes", "kazakhstanais", "kazakhstanaise", "kazakhstanaises", "Kazakhstani"]),
        Country(code: "UZ", names: ["Ouzbékistan", "Uzbekistan"],
                adjectives: ["ouzbek", "ouzbèke", "ouzbeks", "ouzbèkes", "ouzbeke", "ouzbekes", "Uzbek", "Uzbekistani"]),
        Country(code: "KG", names: ["Kirghizistan", "Kirghizstan", "Kyrgyzstan", "Kyrgyz Republic"],
                adjectives: ["kirghiz", "kirghize", "kirghizes", "Kyrgyz"]),
        Country(code: "TJ", names: ["Tadjikistan", "Tajikistan"],
                adjectives: ["tadjik", "tadjike", "tadjiks", "tadjikes", "Tajik", "Tajikistani"]),
        Country(code: "TM", names: ["Turkménistan", "Turkmenistan"],
                adjectives: ["turkmène", "turkmènes", "Turkmen", "Turkmenistani"]),
        Country(code: "RU", names: ["Russie", "Fédération de Russie", "Russia", "Russian Federation"],
                adjectives: ["russe", "russes", "Russian", "russo"]),
        Country(code: "US", names: ["États-Unis", "Etats-Unis", "United States", "United States of America", "USA", "U.S."],
                adjectives: ["américain", "américaine", "américains", "américaines", "American"]),
        Country(code: "FR", names: ["France"],
                adjectives: ["français", "française", "françaises", "French", "franco"]),
        Country(code: "MN", names: ["Mongolie", "Mongolia"],
                adjectives: ["mongol", "mongole", "mongols", "mongoles", "Mongolian"]),
        Country(code: "PK", names: ["Pakistan"],
                adjectives: ["pakistanais", "pakistanaise", "pakistanaises", "Pakistani"]),
        Country(code: "IN", names: ["Inde", "India"],
                adjectives: ["indien", "indienne", "indiens", "indiennes", "Indian"]),
        Country(code: "AF", names: ["Afghanistan"],
                adjectives: ["afghan", "afghane", "afghans", "afghanes", "Afghan"]),
        Country(code: "IR", names: ["Iran"],
                adjectives: ["iranien", "iranienne", "iraniens", "iraniennes", "Iranian"]),
        Country(code: "TR", names: ["Turquie", "Turkey", "Türkiye"],
                adjectives: ["turc", "turque", "turcs", "turques", "Turkish"]),
        Country(code: "AZ", names: ["Azerbaïdjan", "Azerbaijan"],
                adjectives: ["azerbaïdjanais", "azerbaïdjanaise", "azerbaïdjanaises", "azéri", "azéris", "Azerbaijani", "Azeri"]),
        Country(code: "BY", names: ["Biélorussie", "Bélarus", "Belarus"],
                adjectives: ["biélorusse", "biélorusses", "bélarussien", "Belarusian"]),
        Country(code: "UA", names: ["Ukraine"],
                adjectives: ["ukrainien", "ukrainienne", "ukrainiens", "ukrainiennes", "Ukrainian"]),
        Country(code: "JP", names: ["Japon", "Japan"],
                adjectives: ["japonais", "japonaise", "japonaises", "Japanese"]),
        Country(code: "KR", names: ["Corée du Sud", "République de Corée", "South Korea", "Republic of Korea", "ROK"],
                adjectives: ["sud-coréen", "sud-coréenne", "sud-coréens", "sud-coréennes", "South Korean"]),
        Country(code: "KP", names: ["Corée du Nord", "RPDC", "North Korea", "DPRK"],
                adjectives: ["nord-coréen", "nord-coréenne", "nord-coréens", "nord-coréennes", "North Korean"]),
        Country(code: "DE", names: ["Allemagne", "Germany"],
                adjectives: ["allemand", "allemande", "allemands", "allemandes", "German"]),
        Country(code: "GB", names: ["Royaume-Uni", "United Kingdom", "Britain", "Great Britain", "UK"],
                adjectives: ["britannique", "britanniques", "British"]),
        Country(code: "IT", names: ["Italie", "Italy"],
                adjectives: ["italien", "italienne", "italiens", "italiennes", "Italian"]),
        Country(code: "ES", names: ["Espagne", "Spain"],
                adjectives: ["espagnol", "espagnole", "espagnols", "espagnoles", "Spanish"]),
        Country(code: "BR", names: ["Brésil", "Brazil"],
                adjectives: ["brésilien", "brésilienne", "brésiliens", "brésiliennes", "Brazilian"]),
        Country(code: "EG", names: ["Égypte", "Egypte", "Egypt"],
                adjectives: ["égyptien", "égyptienne", "égyptiens", "égyptiennes", "Egyptian"]),
        Country(code: "SA", names: ["Arabie saoudite", "Saudi Arabia"],
                adjectives: ["saoudien", "saoudienne", "saoudiens", "saoudiennes", "Saudi"]),
    ]

    /// One country named in a token list.
    struct Mention: Sendable {
        var code: String
        var range: Range<Int>
        var isAdjective: Bool
    }

    private struct Entry: Sendable {
        var words: [String]
        var code: String
        var isAdjective: Bool
    }

    /// Folded first word → entries starting with it, longest first.
    private static let index: [String: [Entry]] = {
        var index: [String: [Entry]] = [:]
        for country in table {
            for (list, isAdjective) in [(country.names, false), (country.adjectives, true)] {
                for name in list {
                    let words = Tokenizer.tokenize(name).filter(\.isWord).map(\.folded)
                    guard let first = words.first else { continue }
                    index[first, default: []].append(Entry(words: words, code: country.code, isAdjective: isAdjective))
                }
            }
        }
        return index.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }()

    /// The signatures of the first words of ``index``.
    private static let firstWordSignatures = WordSignatures(index.keys)

    /// Every folded single word that names a country or is a country adjective.
    static let singleWords: Set<String> = {
        var words: Set<String> = []
        for (first, entries) in index where entries.contains(where: { $0.words.count == 1 }) { words.insert(first) }
        return words
    }()

    /// The country named by a single folded word (or one of its hyphenated parts), if any.
    static func code(forWord folded: String) -> (code: String, isAdjective: Bool)? {
        if let entry = index[folded]?.first(where: { $0.words.count == 1 }) { return (entry.code, entry.isAdjective) }
        return nil
    }

    /// Whether a folded word names a country, wholly or through a hyphenated part.
    static func isCountryWord(_ folded: String) -> Bool {
        if singleWords.contains(folded) { return true }
        guard folded.containsASCII("-") else { return false }
        return folded.split(separator: "-").contains { singleWords.contains(String($0)) }
    }

    /// The country mentioned at token `start`, if any (longest match; hyphenated compounds give their first part).
    static func mention(in tokens: [Token], at start: Int) -> Mention? {
        // Most words start no country name: their signature says so before any hashing.
        guard tokens[start].isWord, firstWordSignatures.mayContain(tokens[start].head) else { return nil }
        if let entries = index[tokens[start].folded] {
            for entry in entries {
                var index = start
                var matched = true
                for word in entry.words {
                    while index < tokens.count && !tokens[index].isWord && tokens[index].folded == "." { index += 1 }
                    guard index < tokens.count, tokens[index].folded == word else { matched = false; break }
                    index += 1
                }
                if matched { return Mention(code: entry.code, range: start..<index, isAdjective: entry.isAdjective) }
            }
        }
        return nil
    }

    /// Every country mentioned in `tokens`, including the parts of compounds ("Chine-Kazakhstan", "sino-kazakhes").
    static func mentions(in tokens: [Token]) -> [Mention] {
        var result: [Mention] = []
        var index = 0
        while index < tokens.count {
            if let found = mention(in: tokens, at: index) {
                result.append(found)
                index = found.range.upperBound
                continue
            }
            if tokens[index].isWord && tokens[index].folded.containsASCII("-") {
                for part in tokens[index].foldedParts {
                    if let found = code(forWord: String(part)) {
                        result.append(Mention(code: found.code, range: index..<index + 1, isAdjective: found.isAdjective))
                    }
                }
            }
            index += 1
        }
        return result
    }
}
