/// The folded form used for every comparison: lowercase, no diacritics, `'` for apostrophes.
enum TextFolding {
    /// Folds `text` for matching ("Tokaïev’s" → "tokaiev's").
    static func fold<S: StringProtocol>(_ text: S) -> String {
        if let ascii = foldASCII(text) { return ascii }
        // Built from UTF-8 bytes so that all-ASCII results carry the fast-comparison flag.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let value = UInt8(scalar.value)
                bytes.append(value >= 65 && value <= 90 ? value + 32 : value)
                continue
            }
            if let mapped = foldMap[scalar] {
                bytes.append(contentsOf: mapped.utf8)
                continue
            }
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                if let mapped = foldMap[lower] {
                    bytes.append(contentsOf: mapped.utf8)
                } else if lower.properties.generalCategory != .nonspacingMark {
                    bytes.append(contentsOf: String(lower).utf8)
                }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The folded form of an all-ASCII `text`, written straight into the string (a short
    /// one needs no allocation at all); nil when `text` has a non-ASCII byte.
    private static func foldASCII<S: StringProtocol>(_ text: S) -> String? {
        if let folded = text.utf8.withContiguousStorageIfAvailable(foldASCII) { return folded }
        return Array(text.utf8).withUnsafeBufferPointer { foldASCII($0) }
    }

    private static func foldASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (index, byte) in bytes.enumerated() {
                buffer[index] = byte >= 65 && byte <= 90 ? byte + 32 : byte
            }
            return bytes.count
        }
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
