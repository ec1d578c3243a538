/// A sequence of folded words to find in a token list.
///
/// Written as space-separated words; `a|b` gives alternatives and a trailing
/// `*` matches any word with that prefix: `"sont convenu* de|d'"`.
struct TokenPattern: Sendable {
    private struct Alternative: Sendable {
        var key: WordKey
        var isPrefix: Bool

        var word: String { key.word }

        @inline(__always) func matches(_ tokens: [Token], at index: Int) -> Bool {
            isPrefix ? key.isPrefix(of: tokens, at: index) : key.matches(tokens, at: index)
        }
    }

    private let elements: [[Alternative]]

    /// Parses the pattern notation described above.
    init(_ notation: String) {
        elements = notation.split(separator: " ").map { element in
            element.split(separator: "|").map { alternative in
                let folded = TextFolding.fold(alternative)
                return folded.hasSuffix("*")
                    ? Alternative(key: WordKey(String(folded.dropLast())), isPrefix: true)
                    : Alternative(key: WordKey(folded), isPrefix: false)
            }
        }
    }

    /// The number of words of the pattern.
    var count: Int { elements.count }

    /// The exact first words, or nil when the first word is matched by prefix.
    var exactFirstWords: [String]? {
        guard let first = elements.first, !first.contains(where: \.isPrefix) else { return nil }
        return first.map(\.word)
    }

    /// The first bytes that a token matching the pattern's first word may start with, or nil
    /// when it may start with any (an alternative that is not plain ASCII, or empty).
    var firstWordInitials: Set<UInt8>? {
        guard let first = elements.first else { return nil }
        var initials: Set<UInt8> = []
        for alternative in first {
            guard let initial = alternative.key.plainInitial else { return nil }
            initials.insert(initial)
        }
        return initials
    }

    /// Matches at `start`; returns the index after the match.
    ///
    /// Up to `maxSkip` words from `skipping` may sit between two pattern words.
    func match(_ tokens: [Token], at start: Int, skipping: WordSet = .empty, maxSkip: Int = 3) -> Int? {
        var index = start
        for (position, alternatives) in elements.enumerated() {
            var skipped = 0
            while true {
                guard index < tokens.count else { return nil }
                if alternatives.indices.contains(where: { alternatives[$0].matches(tokens, at: index) }) { break }
                if position > 0 && skipped < maxSkip && skipping.contains(tokens[index]) {
                    index += 1
                    skipped += 1
                    continue
                }
                return nil
            }
            index += 1
        }
        return index
    }

    /// The first match at or after `start`, as a token range.
    func firstMatch(in tokens: [Token], from start: Int = 0, skipping: WordSet = .empty) -> Range<Int>? {
        var index = start
        while index < tokens.count {
            if let end = match(tokens, at: index, skipping: skipping) { return index..<end }
            index += 1
        }
        return nil
    }

    /// Whether the pattern ends exactly at `end` (exclusive), allowing no skipped words.
    func matchesEnding(at end: Int, in tokens: [Token]) -> Bool {
        let start = end - elements.count
        guard start >= 0 else { return false }
        return match(tokens, at: start) == end
    }
}

/// Several patterns, indexed by their first word so that a scan tries only the likely ones.
struct PatternSet: Sendable, Sequence {
    private let patterns: [TokenPattern]
    private let byFirstWord: [String: [Int]]
    private let firstWordSignatures: WordSignatures
    /// The patterns whose first word is matched by prefix, by the first byte a matching token
    /// has; those whose first byte cannot be told are in every entry.
    private let prefixedByInitial: [[Int]]

    /// Indexes `patterns`.
    init(_ patterns: [TokenPattern]) {
        self.patterns = patterns
        var byFirstWord: [String: [Int]] = [:]
        var prefixed: [Int] = []
        for (index, pattern) in patterns.enumerated() {
            if let words = pattern.exactFirstWords {
                for word in Set(words) { byFirstWord[word, default: []].append(index) }
            } else {
                prefixed.append(index)
            }
        }
        self.byFirstWord = byFirstWord
        self.firstWordSignatures = WordSignatures(byFirstWord.keys)
        var prefixedByInitial = [[Int]](repeating: [], count: 256)
        for index in prefixed {
            if let initials = patterns[index].firstWordInitials {
                for initial in initials { prefixedByInitial[Int(initial)].append(index) }
            } else {
                for initial in prefixedByInitial.indices { prefixedByInitial[initial].append(index) }
            }
        }
        self.prefixedByInitial = prefixedByInitial
    }

    /// The prefixed patterns that the token at `start` may start.
    @inline(__always) private func prefixed(at start: Int, in tokens: [Token]) -> [Int] {
        prefixedByInitial[Int(truncatingIfNeeded: tokens[start].head.bytes & 0xFF)]
    }

    /// Iterates over the patterns.
    func makeIterator() -> IndexingIterator<[TokenPattern]> { patterns.makeIterator() }

    /// The longest match starting exactly at `start`.
    func match(_ tokens: [Token], at start: Int, skipping: WordSet = .empty) -> Int? {
        guard start < tokens.count else { return nil }
        var best: Int?
        func consider(_ index: Int) {
            if let end = patterns[index].match(tokens, at: start, skipping: skipping), end > (best ?? 0) { best = end }
        }
        // Most words start no pattern: the signatures rule them out before hashing them for the lookup.
        if firstWordSignatures.mayContain(tokens[start].head), let candidates = byFirstWord[tokens[start].folded] {
            for index in candidates { consider(index) }
        }
        for index in prefixed(at: start, in: tokens) { consider(index) }
        return best
    }

    /// The earliest match at or after `start` (longest there).
    func firstMatch(in tokens: [Token], from start: Int = 0, skipping: WordSet = .empty) -> Range<Int>? {
        var index = start
        while index < tokens.count {
            if let end = match(tokens, at: index, skipping: skipping) { return index..<end }
            index += 1
        }
        return nil
    }

    /// Where each pattern first matches in `tokens` (as its own `firstMatch` would find it), by the
    /// pattern's index; nil for a pattern that never matches or that `isIncluded` leaves out.
    ///
    /// One scan tries at each position only the patterns that can start there, instead of one
    /// scan per pattern.
    func firstMatchStarts(in tokens: [Token], skipping: WordSet = .empty, including isIncluded: (Int) -> Bool) -> [Int?] {
        var starts = [Int?](repeating: nil, count: patterns.count)
        func consider(_ index: Int, at start: Int) {
            if starts[index] == nil, isIncluded(index), patterns[index].match(tokens, at: start, skipping: skipping) != nil {
                starts[index] = start
            }
        }
        for start in tokens.indices {
            if firstWordSignatures.mayContain(tokens[start].head), let candidates = byFirstWord[tokens[start].folded] {
                for index in candidates { consider(index, at: start) }
            }
            for index in prefixed(at: start, in: tokens) { consider(index, at: start) }
        }
        return starts
    }

    /// Every match, sorted by position, without overlaps (longest at each position).
    func allMatches(in tokens: [Token], skipping: WordSet = .empty) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = 0
        while index < tokens.count {
            if let end = match(tokens, at: index, skipping: skipping) {
                result.append(index..<end)
                index = end
            } else {
                index += 1
            }
        }
        return result
    }
}

/// A bit for each (length, first byte, last byte) of a set of words: a word whose bit is clear
/// is not in the set, which is much cheaper to learn than by hashing the word for a lookup.
struct WordSignatures: Sendable {
    private var bits = [UInt64](repeating: 0, count: 64)

    /// The signatures of `words`.
    init(_ words: some Sequence<String>) {
        for word in words {
            let bit = Self.bit(of: word)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    /// False when the folded word whose head is `head` is certainly not one of the words; true when it may be.
    func mayContain(_ head: FoldedHead) -> Bool {
        let bit = head.signature
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    private static func bit(of word: String) -> Int {
        let utf8 = word.utf8
        guard let first = utf8.first, let last = utf8.last else { return 0 }
        return bit(first: first, last: last, count: utf8.count)
    }

    /// The bit of a word of `count` bytes, the first and last `first` and `last`.
    static func bit(first: UInt8, last: UInt8, count: Int) -> Int {
        (Int(first) &* 131 &+ Int(last) &* 31 &+ count) & 4095
    }
}
