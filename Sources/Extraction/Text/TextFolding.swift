/// The folded form used for every comparison: lowercase, no diacritics, `'` for apostrophes.
enum TextFolding {
    /// Folds `text` for matching ("Tokaïev’s" → "tokaiev's").
    static func fold<S: StringProtocol>(_ text: S) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                if value >= 65 && value <= 90 {
                    result.append(Unicode.Scalar(value + 32)!)
                } else {
                    result.append(scalar)
                }
                continue
            }
            if let mapped = foldMap[scalar] {
                result.append(contentsOf: mapped.unicodeScalars)
                continue
            }
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                if let mapped = foldMap[lower] {
                    result.append(contentsOf: mapped.unicodeScalars)
                } else if lower.properties.generalCategory != .nonspacingMark {
                    result.append(lower)
                }
            }
        }
        return String(result)
    }

    private static let foldMap: [Unicode.Scalar: String] = {
        var map: [Unicode.Scalar: String] = [:]
        let groups: [(String, String)] = [
            ("àáâãäåāăą", "a"), ("çćč", "c"), ("ďđ", "d"), ("èéêëēėęě", "e"), ("ìíîïīį", "i"),
            ("ñńň", "n"), ("òóôõöøō", "o"), ("ùúûüūůű", "u"), ("ýÿ", "y"), ("śšş", "s"),
            ("źżž", "z"), ("ğ", "g"), ("ł", "l"), ("ř", "r"), ("ţť", "t"),
            ("ÀÁÂÃÄÅĀĂĄ", "a"), ("ÇĆČ", "c"), ("ÈÉÊËĒĖĘĚ", "e"), ("ÌÍÎÏĪĮİ", "i"), ("ÑŃŇ", "n"),
            ("ÒÓÔÕÖØŌ", "o"), ("ÙÚÛÜŪŮŰ", "u"), ("ÝŸ", "y"), ("ŚŠŞ", "s"), ("ŹŻŽ", "z"),
            ("’‘ʼ`´", "'"),
        ]
        for (letters, replacement) in groups {
            for scalar in letters.unicodeScalars { map[scalar] = replacement }
        }
        map["œ"] = "oe"; map["Œ"] = "oe"; map["æ"] = "ae"; map["Æ"] = "ae"; map["ß"] = "ss"
        map["ı"] = "i"
        return map
    }()
}
