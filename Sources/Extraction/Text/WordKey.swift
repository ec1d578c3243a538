/// The first and last bytes of a folded word, kept with its token so that finders can rule out most
/// words with an integer comparison before comparing Strings.
struct FoldedHead: Sendable {
    /// Up to the first eight bytes, first byte lowest, zero beyond the word.
    var bytes: UInt64
    /// Up to the last eight bytes, last byte lowest, zero before the word.
    var tail: UInt64
    /// The length in bytes.
    var length: Int
    /// Whether every byte is ASCII (then every scalar is a Character of its own).
    var isASCII: Bool
    /// The word's bit in ``WordSignatures``.
    var signature: Int

    /// The head of a word of `length` bytes whose first and last eight are `packed` and `tail`.
    @inline(__always) init(packed: UInt64, tail: UInt64, length: Int, isASCII: Bool) {
        bytes = packed
        self.tail = tail
        self.length = length
        self.isASCII = isASCII
        signature = length == 0 ? 0 : WordSignatures.bit(
            first: UInt8(truncatingIfNeeded: packed), last: UInt8(truncatingIfNeeded: tail), count: length)
    }

    /// The head of the folded `text` read from its first bytes only: a long line is not
    /// walked, and as it is then not known to be ASCII, a byte match is left to String.
    init(firstBytesOf text: String) {
        var packed: UInt64 = 0
        var index: UInt64 = 0
        for byte in text.utf8.prefix(8) {
            packed |= UInt64(byte) << (8 * index)
            index += 1
        }
        let count = text.utf8.count
        bytes = packed
        tail = text.utf8.suffix(8).reduce(0) { $0 << 8 | UInt64($1) }
        length = count
        isASCII = false
        signature = text.utf8.last.map { WordSignatures.bit(first: UInt8(truncatingIfNeeded: packed), last: $0, count: count) } ?? 0
    }

    /// The head of the folded word whose UTF-8 bytes are `utf8`.
    init(_ utf8: some Collection<UInt8>) {
        var packed: UInt64 = 0
        var tail: UInt64 = 0
        var isASCII = true
        var length = 0
        for byte in utf8 {
            if length < 8 { packed |= UInt64(byte) << (8 * UInt64(length)) }
            tail = tail << 8 | UInt64(byte)
            if byte >= 0x80 { isASCII = false }
            length += 1
        }
        self.init(packed: packed, tail: tail, length: length, isASCII: isASCII)
    }
}

/// A folded word or stem of the lexicon, compared with tokens by their ``FoldedHead`` first.
///
/// Swift compares Strings by canonical equivalence, not by bytes. A "plain" word, of ASCII
/// without the three characters that other scalars are canonically equivalent to (K ; `),
/// is equal to a String, or a prefix of it, only if its bytes are: then a byte mismatch
/// answers no. When the bytes agree on an ASCII token, they answer yes; otherwise String
/// decides.
struct WordKey: Sendable {
    /// The folded word.
    let word: String
    private let head: FoldedHead
    private let mask: UInt64
    private let isPlain: Bool

    /// The key of the folded `word`.
    init(_ word: String) {
        self.word = word
        head = FoldedHead(word.utf8)
        mask = head.length >= 8 ? UInt64.max : (1 << (8 * UInt64(head.length))) - 1
        // Control characters are left out too: CR LF is one Character.
        isPlain = word.utf8.allSatisfy {
            $0 >= 0x20 && $0 < 0x80 && $0 != UInt8(ascii: "K") && $0 != UInt8(ascii: ";") && $0 != UInt8(ascii: "`")
        }
    }

    /// The first byte of every text that equals or starts with the word, when the word is
    /// plain and not empty; nil otherwise.
    var plainInitial: UInt8? { isPlain && head.length > 0 ? UInt8(truncatingIfNeeded: head.bytes) : nil }

    // The comparisons take a token's head and, evaluated only when the bytes cannot decide
    // (rarely), its folded text: a finder asks about `tokens[index]` in place. Handing over
    // the token itself made a copy of it, and of its String, at every call (callgrind: a
    // few percent of extraction).

    /// Whether the folded text whose head is `textHead` equals the word, as `folded == word` answers it.
    @inline(__always) func matches(_ textHead: FoldedHead, _ folded: @autoclosure () -> String) -> Bool {
        if isPlain {
            if textHead.length != head.length || textHead.bytes != head.bytes { return false }
            if head.length <= 8 { return true }
        }
        return folded() == word
    }

    /// Whether the folded text whose head is `textHead` starts with the word, as `folded.hasPrefix(word)` answers it.
    @inline(__always) func isPrefix(_ textHead: FoldedHead, _ folded: @autoclosure () -> String) -> Bool {
        if isPlain {
            if textHead.bytes & mask != head.bytes { return false }
            if head.length <= 8 && textHead.isASCII { return true }
        }
        return folded().hasPrefix(word)
    }

    /// Whether the folded text whose head is `textHead` ends with the word, as `folded.hasSuffix(word)` answers it.
    @inline(__always) func isSuffix(_ textHead: FoldedHead, _ folded: @autoclosure () -> String) -> Bool {
        if isPlain {
            if textHead.tail & mask != head.tail { return false }
            if head.length <= 8 && textHead.isASCII { return true }
        }
        return folded().hasSuffix(word)
    }

    /// Whether the token's folded text equals the word.
    @inline(__always) func matches(_ token: Token) -> Bool { matches(token.head, token.folded) }

    /// Whether `tokens[index]`'s folded text equals the word.
    @inline(__always) func matches(_ tokens: [Token], at index: Int) -> Bool {
        matches(tokens[index].head, tokens[index].folded)
    }

    /// Whether `tokens[index]`'s folded text starts with the word.
    @inline(__always) func isPrefix(of tokens: [Token], at index: Int) -> Bool {
        isPrefix(tokens[index].head, tokens[index].folded)
    }
}

/// Stems that a word may start with ("commerc", "doubl"), or endings it may end with ("ront").
struct StemList: Sendable {
    private let keys: [WordKey]

    /// The list of the folded `stems`.
    init(_ stems: [String]) { keys = stems.map(WordKey.init) }

    // Loops over indices, not `contains(where:)`: a closure capturing the token, or an
    // iterator over the keys, copied a token or a key, and retained its String, every time.

    /// Whether `tokens[index]`'s folded text starts with one of the stems.
    func isPrefix(of tokens: [Token], at index: Int) -> Bool {
        let head = tokens[index].head
        for key in keys.indices where keys[key].isPrefix(head, tokens[index].folded) { return true }
        return false
    }

    /// Whether `tokens[index]`'s folded text ends with one of the stems.
    func isSuffix(of tokens: [Token], at index: Int) -> Bool {
        let head = tokens[index].head
        for key in keys.indices where keys[key].isSuffix(head, tokens[index].folded) { return true }
        return false
    }

    /// Whether the folded text `folded`, whose head is `head`, starts with one of the stems.
    func isPrefix(of folded: String, head: FoldedHead) -> Bool {
        for key in keys.indices where keys[key].isPrefix(head, folded) { return true }
        return false
    }
}

/// A set of folded words that rules out most tokens by their signature (see ``WordSignatures``)
/// before hashing their folded text for the lookup.
struct WordSet: Sendable {
    /// The words.
    let words: Set<String>
    private let signatures: WordSignatures

    /// The set of the folded `words`.
    init(_ words: Set<String>) {
        self.words = words
        signatures = WordSignatures(words)
    }

    /// The empty set, made once: a default argument is evaluated at every call.
    static let empty = WordSet([])

    /// Whether the folded `word` is in the set.
    func contains(_ word: String) -> Bool { words.contains(word) }

    /// Whether the token's folded text is in the set.
    @inline(__always) func contains(_ token: Token) -> Bool {
        signatures.mayContain(token.head) && words.contains(token.folded)
    }
}
