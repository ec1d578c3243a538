/// One word or punctuation mark of a sentence.
///
/// A token does not hold its sentence: copying one then retained a String, and finders
/// copy tokens by the million. What it spells as written is ``text(in:)``.
struct Token: Sendable {
    /// Where the token starts in its sentence.
    var startIndex: String.Index
    /// Where the token ends in its sentence.
    var endIndex: String.Index
    /// The folded text (see ``TextFolding``).
    var folded: String
    /// The first bytes of ``folded``, for ``WordKey`` and ``WordSignatures``.
    var head: FoldedHead
    /// Whether this is a word (letters or digits) rather than punctuation.
    var isWord: Bool
    /// Whether the token sits inside parentheses.
    var isParenthesized: Bool
    /// Whether the token sits inside quotation marks.
    var isQuoted: Bool

    /// Whether the word starts with an uppercase letter.
    var isCapitalized: Bool
    /// Whether the word is written in capitals only (acronyms, shouted headlines).
    var isAllCaps: Bool
    /// Whether the word is a number.
    var isNumber: Bool
    /// Whether the word contains a digit.
    var hasDigit: Bool

    /// The text as written, in `source`, the sentence the token was cut from.
    ///
    /// Made on demand: few tokens are ever read as written, and cutting a Substring
    /// validates its bounds, which cost more than the rest of a token.
    func text(in source: String) -> Substring { source[startIndex..<endIndex] }

    /// The token between `startIndex` and `endIndex` of its sentence, whose UTF-8 encoding is `bytes`.
    init(
        startIndex: String.Index, endIndex: String.Index, bytes: UnsafeBufferPointer<UInt8>,
        isWord: Bool, isParenthesized: Bool, isQuoted: Bool
    ) {
        self.startIndex = startIndex
        self.endIndex = endIndex
        self.isWord = isWord
        self.isParenthesized = isParenthesized
        self.isQuoted = isQuoted
        if bytes.allSatisfy({ $0 < 0x80 }) {
            (folded, head, isCapitalized, isAllCaps, isNumber, hasDigit) = Self.readASCII(bytes, isWord: isWord)
            return
        }
        folded = TextFolding.fold(bytes)
        head = FoldedHead(folded.utf8)
        var shape = WordShape()
        if isWord {
            var offset = 0
            while offset < bytes.count {
                let (scalar, next) = Tokenizer.decode(bytes, at: offset)
                shape.add(scalar)
                offset = next
            }
        }
        isCapitalized = shape.isCapitalized
        isAllCaps = isWord && shape.hasOnlyCapitals && shape.letters > 0 && shape.count > 1
        isNumber = isWord && shape.isNumber
        hasDigit = shape.hasDigit
    }

    /// The folded text, head and shape of an ASCII token, in one pass over its bytes: most
    /// tokens are ASCII, and folding, packing the head and reading the case one after the
    /// other walked them three times (2 % of extraction's instructions).
    ///
    /// Every ASCII scalar is a letter, a digit or neither, and no ASCII letter is a mark:
    /// the answers are those of ``WordShape`` and of ``FoldedHead/init(_:)`` on the folded bytes.
    @inline(__always) private static func readASCII(
        _ bytes: UnsafeBufferPointer<UInt8>, isWord: Bool
    ) -> (String, FoldedHead, isCapitalized: Bool, isAllCaps: Bool, isNumber: Bool, hasDigit: Bool) {
        let count = bytes.count
        var packed: UInt64 = 0
        var tail: UInt64 = 0
        var capitals = 0, lowercase = 0, digits = 0, others = 0
        let folded = String(unsafeUninitializedCapacity: count) { buffer in
            for index in 0..<count {
                let byte = bytes[index]
                let lower = TextFolding.lowercasedASCII(byte)
                let isCapital = lower != byte
                buffer[index] = lower
                if index < 8 { packed |= UInt64(lower) << (8 &* UInt64(index)) }
                tail = tail << 8 | UInt64(lower)
                if isCapital {
                    capitals += 1
                } else if byte &- 97 < 26 {
                    lowercase += 1
                } else if byte &- 48 < 10 {
                    digits += 1
                } else if byte != UInt8(ascii: ",") && byte != UInt8(ascii: ".") {
                    others += 1
                }
            }
            return count
        }
        let head = FoldedHead(packed: packed, tail: tail, length: count, isASCII: true)
        guard isWord else { return (folded, head, false, false, false, false) }
        let letters = capitals + lowercase
        return (folded, head, count > 0 && TextFolding.lowercasedASCII(bytes[0]) != bytes[0], lowercase == 0 && letters > 0 && count > 1,
                letters == 0 && others == 0, digits > 0)
    }

    /// What the scalars of a word tell about its case and digits, gathered one scalar at a time.
    private struct WordShape {
        var isCapitalized = false
        var hasOnlyCapitals = true
        var isNumber = true
        var hasDigit = false
        var letters = 0
        var count = 0

        @inline(__always) mutating func add(_ scalar: Unicode.Scalar) {
            // One lookup for the three classes: below U+0300 it is one read of a table.
            let classes = ScalarClass.classes(of: scalar)
            let letter = classes.contains(.letter)
            let upper = letter && classes.contains(.uppercase)
            if count == 0 { isCapitalized = upper }
            count += 1
            if letter {
                letters += 1
                // Below U+0300 no scalar is a combining mark: skip the property lookup.
                if !upper && (scalar.value < 0x300 || !ScalarClass.isNonspacingMark(scalar)) { hasOnlyCapitals = false }
            }
            let isDigit = classes.contains(.number)
            if isDigit { hasDigit = true }
            if !isDigit && scalar != "," && scalar != "." { isNumber = false }
        }
    }

    /// The parts of a hyphenated word, folded.
    var foldedParts: [Substring] { folded.split(separator: "-") }
}

/// Splits a sentence into ``Token``s.
///
/// French elisions become their own token ("l'", "d'", "s'"), English
/// possessives too ("'s"); hyphenated words stay whole ("Kassym-Jomart", "a-t-il").
enum Tokenizer {
    private static let elisions: Set<String> = Lexicon.all.reduce(into: []) { $0.formUnion($1.elisions) }

    // Comparisons rather than sets of scalars: these run on every scalar, and hashing showed in profiles.
    @inline(__always) private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "’" || scalar == "‘"
    }
    @inline(__always) private static func isOpeningQuote(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "«" || scalar == "“" || scalar == "„"
    }
    @inline(__always) private static func isClosingQuote(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "»" || scalar == "”"
    }
    @inline(__always) private static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "‑"
    }

    @inline(__always) private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        ScalarClass.isLetter(scalar) || ScalarClass.isNumber(scalar)
    }

    /// The tokens of `text`.
    static func tokenize(_ text: String) -> [Token] {
        // The scan reads scalars from the UTF-8 bytes by offset: going through String's scalar
        // view validated the index at every step, a tenth of extraction. The copy shares the
        // storage of a native string.
        var contiguous = text
        return contiguous.withUTF8 { tokenize(text, utf8: $0) }
    }

    private static func tokenize(_ text: String, utf8: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        // Words average more than five bytes with their space: growing the array would copy it several times.
        tokens.reserveCapacity(utf8.count / 4 + 2)
        let end = utf8.count
        var index = 0
        var parentheses = 0
        var quoteDepth = 0
        var straightQuoteOpen = false

        func stringIndex(_ offset: Int) -> String.Index {
            text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        }
        func piece(_ range: Range<Int>) -> Substring {
            text[stringIndex(range.lowerBound)..<stringIndex(range.upperBound)]
        }
        func emit(_ range: Range<Int>, isWord: Bool) {
            tokens.append(Token(
                startIndex: stringIndex(range.lowerBound), endIndex: stringIndex(range.upperBound),
                bytes: UnsafeBufferPointer(rebasing: utf8[range]), isWord: isWord,
                isParenthesized: parentheses > 0, isQuoted: quoteDepth > 0 || straightQuoteOpen
            ))
        }
        /// The scalar at `offset` and the offset of the next one.
        func scalar(at offset: Int) -> (Unicode.Scalar, Int) {
            decode(utf8, at: offset)
        }

        while index < end {
            let (current, next) = scalar(at: index)
            if ScalarClass.isWhitespace(current) {
                index = next
                continue
            }
            if isWordScalar(current) {
                var start = index
                var cursor = index
                var numeric = true
                while cursor < end {
                    let (character, following) = scalar(at: cursor)
                    if isWordScalar(character) {
                        if !ScalarClass.isNumber(character) { numeric = false }
                        cursor = following
                        continue
                    }
                    guard following < end else { break }
                    let (after, afterEnd) = scalar(at: following)
                    if isHyphen(character), isWordScalar(after) {
                        cursor = following
                        continue
                    }
                    if (character == "," || character == "."), numeric, ScalarClass.isNumber(after) {
                        cursor = following
                        continue
                    }
                    if isApostrophe(character), ScalarClass.isLetter(after) {
                        if elisions.contains(TextFolding.fold(piece(start..<cursor))) {
                            emit(start..<following, isWord: true)
                            start = following
                            cursor = following
                            numeric = true
                            continue
                        }
                        if after == "s" || after == "S" {
                            if afterEnd < end, ScalarClass.isLetter(scalar(at: afterEnd).0) {
                                cursor = following
                                continue
                            }
                            break
                        }
                        cursor = following
                        continue
                    }
                    break
                }
                emit(start..<cursor, isWord: true)
                index = cursor
                continue
            }
            if isApostrophe(current), next < end {
                let (letter, afterNext) = scalar(at: next)
                if letter == "s" || letter == "S", afterNext == end || !ScalarClass.isLetter(scalar(at: afterNext).0) {
                    emit(index..<afterNext, isWord: false)
                    index = afterNext
                    continue
                }
            }
            switch current {
            case "(", "[": parentheses += 1; emit(index..<next, isWord: false)
            case ")", "]": emit(index..<next, isWord: false); parentheses = max(0, parentheses - 1)
            case _ where isOpeningQuote(current): emit(index..<next, isWord: false); quoteDepth += 1
            case _ where isClosingQuote(current): quoteDepth = max(0, quoteDepth - 1); emit(index..<next, isWord: false)
            case "\"":
                if straightQuoteOpen { straightQuoteOpen = false; emit(index..<next, isWord: false) }
                else { emit(index..<next, isWord: false); straightQuoteOpen = true }
            default: emit(index..<next, isWord: false)
            }
            index = next
        }
        return tokens
    }

    /// The scalar whose UTF-8 encoding starts at `offset` of valid UTF-8, and the offset after it.
    @inline(__always) static func decode(_ utf8: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(utf8[offset])
        let value: UInt32
        let length: Int
        switch lead {
        case ..<0x80:
            return (Unicode.Scalar(UInt8(lead)), offset + 1)
        case ..<0xE0:
            value = (lead & 0x1F) << 6 | UInt32(utf8[offset + 1] & 0x3F)
            length = 2
        case ..<0xF0:
            value = (lead & 0x0F) << 12 | UInt32(utf8[offset + 1] & 0x3F) << 6 | UInt32(utf8[offset + 2] & 0x3F)
            length = 3
        default:
            value = (lead & 0x07) << 18 | UInt32(utf8[offset + 1] & 0x3F) << 12 | UInt32(utf8[offset + 2] & 0x3F) << 6
                | UInt32(utf8[offset + 3] & 0x3F)
            length = 4
        }
        return (Unicode.Scalar(value)!, offset + length)
    }
}

/// Unicode scalar tests with a table for the scalars below U+0300.
///
/// Every reading of Unicode's properties goes through a function that is never inlined:
/// `Unicode.Scalar.Properties` is a resilient type of the standard library, and a function
/// that reads one in line sets up stack space of a size known only at run time on every
/// call, whether or not the scalar needs it: inlined into the tokenizer, that was paid by
/// every token, ASCII ones included (2 % of extraction's instructions).
enum ScalarClass {
    /// The classes a scalar belongs to.
    struct Classes: OptionSet {
        let rawValue: UInt8
        static let letter = Classes(rawValue: 1), number = Classes(rawValue: 2)
        static let uppercase = Classes(rawValue: 4), whitespace = Classes(rawValue: 8)

        /// The classes of `scalar`, from its Unicode properties.
        @inline(never) init(properties scalar: Unicode.Scalar) {
            let properties = scalar.properties
            var classes: Classes = []
            if properties.isAlphabetic || properties.generalCategory == .nonspacingMark { classes.insert(.letter) }
            if properties.numericType != nil { classes.insert(.number) }
            if properties.isUppercase { classes.insert(.uppercase) }
            if properties.isWhitespace { classes.insert(.whitespace) }
            self = classes
        }

        init(rawValue: UInt8) { self.rawValue = rawValue }
    }

    /// The classes of every scalar below U+0300 (ASCII, Latin-1 and the Latin extensions), by value.
    private static let latin: [UInt8] = (0..<0x300).map { Classes(properties: Unicode.Scalar(UInt32($0))!).rawValue }

    /// Every class of `scalar` at once: a word's shape needs three of them for each scalar.
    @inline(__always) static func classes(of scalar: Unicode.Scalar) -> Classes {
        scalar.value < 0x300 ? Classes(rawValue: latin[Int(scalar.value)]) : Classes(properties: scalar)
    }

    @inline(__always) static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { let value = scalar.value | 0x20; return value >= 97 && value <= 122 }
        return classes(of: scalar).contains(.letter)
    }

    @inline(__always) static func isNumber(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 48 && scalar.value <= 57 }
        return classes(of: scalar).contains(.number)
    }

    @inline(__always) static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 65 && scalar.value <= 90 }
        return classes(of: scalar).contains(.uppercase)
    }

    @inline(__always) static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value == 32 || (scalar.value >= 9 && scalar.value <= 13) }
        return classes(of: scalar).contains(.whitespace)
    }

    /// Unicode's `isAlphabetic` (below U+0300, where no scalar is a mark, the table's letters).
    @inline(__always) static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x300 ? classes(of: scalar).contains(.letter) : propertiesSayAlphabetic(scalar)
    }

    @inline(never) private static func propertiesSayAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic
    }

    /// Whether `scalar` is a combining mark that takes no space (general category Mn).
    @inline(never) static func isNonspacingMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .nonspacingMark
    }
}

extension Array where Element == Token {
    /// The original text from token `range.lowerBound` to `range.upperBound - 1`, in `source`.
    func text(_ range: Range<Int>, in source: String) -> String {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= count else { return "" }
        return String(source[self[range.lowerBound].startIndex..<self[range.upperBound - 1].endIndex])
    }
}
