import Foundation

extension StringProtocol {
    /// Whether the text contains the ASCII character `needle`, as Foundation's `contains` answers it.
    ///
    /// Foundation searches through NSString, which showed in profiles when asked for every token;
    /// a byte scan answers the usual "no" first. Foundation still decides a "yes": it does not
    /// count a character that carries a combining mark, and the results must not change.
    func containsASCII(_ needle: Unicode.Scalar) -> Bool {
        precondition(needle.isASCII)
        let byte = UInt8(needle.value)
        let hasByte = utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
        return hasByte && contains(String(needle))
    }
}
