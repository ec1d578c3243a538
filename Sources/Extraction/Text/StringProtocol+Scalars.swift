extension StringProtocol {
    /// Whether every Unicode scalar of the text is a Character of its own, so that work
    /// on Characters (counting, splitting on a space) can be done on scalars or bytes.
    ///
    /// True when no CR is followed by LF and every scalar ``Unicode/Scalar/neverJoinsNeighbours``.
    /// That covers the French and English press releases bilat reads; other text takes the
    /// Character path.
    var isOneScalarPerCharacter: Bool {
        var previous: Unicode.Scalar = "\0"
        for scalar in unicodeScalars {
            if scalar == "\n" && previous == "\r" || !scalar.neverJoinsNeighbours { return false }
            previous = scalar
        }
        return true
    }

    /// The number of space-separated words, as `split(separator: " ").count` gives it.
    var spaceSeparatedWordCount: Int {
        guard isOneScalarPerCharacter else { return split(separator: " ").count }
        var count = 0
        var isInWord = false
        for byte in utf8 {
            if byte == UInt8(ascii: " ") {
                isInWord = false
            } else if !isInWord {
                isInWord = true
                count += 1
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
