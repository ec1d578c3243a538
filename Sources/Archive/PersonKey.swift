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
    private static let byteFoldings = foldings.map { (Array($0.0.utf8), Array($0.1.utf8)) }
    private static let honorifics: Set<String> = ["m", "mr", "mrs", "ms", "mme", "dr"]

    /// The key of a full name: its folded tokens, sorted, joined by spaces.
    public static func make(_ name: String) -> String {
        tokens(of: name).sorted().joined(separator: " ")
    }

    /// The folded tokens of a name, in written order.
    public static func tokens(of name: String) -> [String] {
        // Most names are plain ASCII once their accents go; those are folded on
        // bytes, which the importer's single writer does for every name it sees.
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return asciiTokens(of: name) }
        let plain = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en_US_POSIX"))
            .lowercased()
        if plain.utf8.allSatisfy({ $0 < 0x80 }) { return asciiTokens(of: plain) }
        let words = plain.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
        return words.compactMap { word in
            var token = String(word)
            if honorifics.contains(token) { return nil }
            for (from, to) in foldings { token = token.replacingOccurrences(of: from, with: to) }
            token = collapseDoubles(token)
            if token.count > 3, token.hasSuffix("e") { token.removeLast() }
            return token.isEmpty ? nil : token
        }
    }

    /// ``tokens(of:)`` for an ASCII name: the same steps on bytes.
    private static func asciiTokens(of name: String) -> [String] {
        var tokens: [String] = []
        var word: [UInt8] = []
        func finish() {
            defer { word.removeAll(keepingCapacity: true) }
            guard !word.isEmpty, !honorifics.contains(String(decoding: word, as: UTF8.self)) else { return }
            var token = word
            for (from, to) in byteFoldings { token = replacing(from, with: to, in: token) }
            var collapsed: [UInt8] = []
            collapsed.reserveCapacity(token.count)
            for byte in token where byte != collapsed.last { collapsed.append(byte) }
            if collapsed.count > 3, collapsed.last == UInt8(ascii: "e") { collapsed.removeLast() }
            if !collapsed.isEmpty { tokens.append(String(decoding: collapsed, as: UTF8.self)) }
        }
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): word.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte | 0x20)
            default: finish()
            }
        }
        finish()
        return tokens
    }

    /// Every non-overlapping occurrence of `pattern`, left to right, replaced by `replacement`.
    private static func replacing(_ pattern: [UInt8], with replacement: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        guard bytes.count >= pattern.count else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if index + pattern.count <= bytes.count, bytes[index..<index + pattern.count].elementsEqual(pattern) {
                result += replacement
                index += pattern.count
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }

    private static func collapseDoubles(_ token: String) -> String {
        var result = ""
        for character in token where character != result.last { result.append(character) }
        return result
    }
}
