/// "Did you mean ...": the candidates closest to a misspelt name.
public enum Suggestions {
    /// Up to `limit` candidates within a small edit distance of `input`, closest first.
    public static func closest(to input: String, among candidates: [String], limit: Int = 3) -> [String] {
        let needle = input.lowercased()
        let scored = candidates.map { candidate -> (String, Int) in
            let lowered = candidate.lowercased()
            let distance = lowered.contains(needle) && needle.count >= 3 ? 0 : editDistance(needle, lowered)
            return (candidate, distance)
        }
        let threshold = max(2, needle.count / 3)
        return scored.filter { $0.1 <= threshold }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
            .prefix(limit).map(\.0)
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The sentence to append to a "not found" error, or "" when nothing is close.
    public static func phrase(for input: String, among candidates: [String]) -> String {
        let close = closest(to: input, among: candidates)
        return close.isEmpty ? "" : "; did you mean " + close.map { "'\($0)'" }.joined(separator: " or ") + "?"
    }
}
