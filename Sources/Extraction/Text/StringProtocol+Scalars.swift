extension StringProtocol {
    /// The number of space-separated words, as `split(separator: " ").count` gives it.
    var spaceSeparatedWordCount: Int { spaceSeparatedWordCount(upTo: .max - 1) }

    /// ``spaceSeparatedWordCount``, or `limit + 1` when there are more than `limit` words:
    /// the text is read no further than the word after the limit.
    func spaceSeparatedWordCount(upTo limit: Int) -> Int {
        if let count = utf8.withContiguousStorageIfAvailable({ Self.spaceSeparatedWordCount($0, upTo: limit) }), let count {
            return count
        }
        return split(separator: " ", maxSplits: limit, omittingEmptySubsequences: true).count
    }

    /// The number of space-separated words of the UTF-8 text `bytes`, counted on bytes, or nil
    /// unless every scalar is a Character of its own: no CR is followed by LF and every scalar
    /// ``Unicode/Scalar/neverJoinsNeighbours``. That covers the French and English press
    /// releases bilat reads; other text is split on Characters.
    ///
    /// A count stopped past `limit` is exact as far as it went: the scalars it read were
    /// checked, and a scalar joining the next one cannot make a space before it part of a word.
    private static func spaceSeparatedWordCount(_ bytes: UnsafeBufferPointer<UInt8>, upTo limit: Int) -> Int? {
        var count = 0
        var isInWord = false
        var offset = 0
        var previous: UInt8 = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte >= 0x80 {
                let (scalar, next) = Tokenizer.decode(bytes, at: offset)
                guard scalar.neverJoinsNeighbours else { return nil }
                offset = next
            } else {
                if byte == 0x0A && previous == 0x0D { return nil }
                offset += 1
            }
            previous = byte
            if byte == UInt8(ascii: " ") {
                isInWord = false
            } else if !isInWord {
                isInWord = true
                count += 1
                if count > limit { return count }
            }
        }
        return count
    }
}

extension Unicode.Scalar {
    /// Whether the scalar lies where no scalar joins a neighbour in a grapheme cluster (no
    /// marks, joiners, prepended or paired scalars): ASCII, Latin-1 to the spacing modifier
    /// letters (U+0080–U+02FF), and Latin Extended Additional to the currency signs
    /// (U+1E00–U+20CF) but for U+200C and U+200D. Two such neighbours are two Characters,
    /// unless they are CR LF.
    @inline(__always) var neverJoinsNeighbours: Bool {
        switch value {
        case 0...0x2FF, 0x1E00...0x200B, 0x200E...0x20CF: true
        default: false
        }
    }
}
