import Foundation

/// Folds a person's name so that its spellings meet: Tokaïev, Tokayev and
/// TOKAYEV; Nurtleu and Nourtléou; "Wang Yi" and "Yi Wang".
///
/// Case and accents go, French and English transliterations of the same
/// Cyrillic or Chinese sounds are merged (ou/u, y/i, kh/h, ch/sh, dj/j, a final
/// e), and the tokens are sorted so that surname order does not matter.
public enum PersonKey {
    /// Transliteration pairs, applied in order to each lower-cased, accent-free token.
    private static let foldings: [(String, String)] = [
        ("tch", "ch"), ("sh", "ch"), ("kh", "h"), ("dj", "j"), ("dzh", "j"), ("zh", "j"),
        ("ou", "u"), ("y", "i"), ("ck", "k"), ("ph", "f"),
    ]

    /// The key of a full name: its folded tokens, sorted, joined by spaces.
    public static func make(_ name: String) -> String {
        tokens(of: name).sorted().joined(separator: " ")
    }

    /// The folded tokens of a name, in written order.
    public static func tokens(of name: String) -> [String] {
        let plain = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en_US_POSIX"))
            .lowercased()
        let words = plain.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
        return words.compactMap { word in
            var token = String(word)
            if ["m", "mr", "mrs", "ms", "mme", "dr"].contains(token) { return nil }
            for (from, to) in foldings { token = token.replacingOccurrences(of: from, with: to) }
            token = collapseDoubles(token)
            if token.count > 3, token.hasSuffix("e") { token.removeLast() }
            return token.isEmpty ? nil : token
        }
    }

    private static func collapseDoubles(_ token: String) -> String {
        var result = ""
        for character in token where character != result.last { result.append(character) }
        return result
    }
}
