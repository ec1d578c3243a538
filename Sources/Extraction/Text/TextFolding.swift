/// The folded form used for every comparison: lowercase, no diacritics, `'` for apostrophes.
enum TextFolding {
    /// `byte` in lower case if it is an ASCII capital, as it is unchanged otherwise.
    @inline(__always) static func lowercasedASCII(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    /// Folds `text` for matching ("Tokaïev’s" → "tokaiev's").
    static func fold<S: StringProtocol>(_ text: S) -> String {
        if let folded = text.utf8.withContiguousStorageIfAvailable(fold) { return folded }
        return Array(text.utf8).withUnsafeBufferPointer(fold)
    }

    /// Folds the valid UTF-8 text `bytes`.
    ///
    /// Folding works scalar by scalar, so the folded form of every scalar below U+0300
    /// (ASCII, Latin-1 and the Latin extensions) is computed once, in ``latinFolds``.
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var isASCII = true
        for byte in bytes where byte >= 0x80 { isASCII = false; break }
        if isASCII { return foldASCII(bytes) }
        if bytes.count <= latinWordLimit, let folded = foldLatinWord(bytes) { return folded }
        // Built from UTF-8 bytes so that all-ASCII results carry the fast-comparison flag.
        var folded: [UInt8] = []
        folded.reserveCapacity(bytes.count)
        _ = walkFold(bytes, byte: { folded.append($0) }, other: { appendFold(of: $0, to: &folded); return true })
        return String(decoding: folded, as: UTF8.self)
    }

    /// Folds the valid UTF-8 text `bytes` one scalar at a time, handing each folded byte to
    /// `byte`: ASCII lowercased, a scalar below U+0300 as ``latinFolds`` has it; any other
    /// scalar goes to `other`, which answers whether to go on. Whether the walk reached the end.
    @inline(__always) private static func walkFold(
        _ bytes: UnsafeBufferPointer<UInt8>, byte emit: (UInt8) -> Void, other: (Unicode.Scalar) -> Bool
    ) -> Bool {
        let latin = latinFolds
        var offset = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte < 0x80 {
                emit(lowercasedASCII(byte))
                offset += 1
                continue
            }
            let (scalar, next) = Tokenizer.decode(bytes, at: offset)
            offset = next
            if scalar.value < 0x300, latin[Int(scalar.value)] != UInt32.max {
                // Up to four bytes, first byte lowest, ended by a zero byte or the fourth.
                var packed = latin[Int(scalar.value)]
                while packed != 0 {
                    emit(UInt8(truncatingIfNeeded: packed))
                    packed >>= 8
                }
            } else if !other(scalar) {
                return false
            }
        }
        return true
    }

    /// The longest text, in bytes, that ``foldLatinWord(_:)`` folds on the stack.
    private static let latinWordLimit = 64

    /// Folds a word of at most ``latinWordLimit`` bytes whose scalars are all below U+0300
    /// and fold to at most four bytes each, through a buffer on the stack rather than an
    /// array on the heap (a token with an accent cost four times an ASCII one); nil for
    /// any other text.
    ///
    /// A scalar of one byte folds to one, a scalar of two to at most four: the folded
    /// word takes at most twice the bytes of the word.
    private static func foldLatinWord(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * latinWordLimit) { buffer -> String? in
            var count = 0
            let folded = walkFold(bytes, byte: { buffer[count] = $0; count += 1 }, other: { _ in false })
            return folded ? String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self) : nil
        }
    }

    /// Folds the ASCII text `bytes`, written straight into the string: a short one needs no allocation at all.
    @inline(__always) static func foldASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (index, byte) in bytes.enumerated() { buffer[index] = lowercasedASCII(byte) }
            return bytes.count
        }
    }

    /// Appends the folded form of `scalar` to `bytes`: lowercase, without diacritics.
    /// Never inlined: it reads Unicode's properties (see ``ScalarClass``).
    @inline(never) private static func appendFold(of scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        if scalar.isASCII {
            let value = UInt8(scalar.value)
            bytes.append(lowercasedASCII(value))
            return
        }
        if let mapped = foldMap[scalar] {
            bytes.append(contentsOf: mapped.utf8)
            return
        }
        for lower in scalar.properties.lowercaseMapping.unicodeScalars {
            if let mapped = foldMap[lower] {
                bytes.append(contentsOf: mapped.utf8)
            } else if lower.properties.generalCategory != .nonspacingMark {
                bytes.append(contentsOf: String(lower).utf8)
            }
        }
    }

    /// The folded UTF-8 form of every scalar below U+0300, by scalar value, packed first byte
    /// lowest; `UInt32.max` where it does not fit (a NUL byte or more than four bytes).
    private static let latinFolds: [UInt32] = (0..<0x300).map { value in
        var bytes: [UInt8] = []
        appendFold(of: Unicode.Scalar(UInt32(value))!, to: &bytes)
        guard bytes.count <= 4, !bytes.contains(0) else { return UInt32.max }
        return bytes.reversed().reduce(0) { $0 << 8 | UInt32($1) }
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
