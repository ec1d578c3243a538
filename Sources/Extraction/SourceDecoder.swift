import Foundation

/// Why a file cannot become a press release.
public enum SourceError: Error, Equatable, CustomStringConvertible, Sendable {
    case empty
    case tooLarge(bytes: Int)
    case binary
    case undecodable
    case noBody

    public var description: String {
        switch self {
        case .empty: "the file is empty"
        case .tooLarge(let bytes):
            "the file is \(bytes / 1_000_000) MB; a press release is a few KB, and bilat reads at most \(SourceDecoder.maximumSize / 1_000_000) MB"
        case .binary: "the file is binary, not text"
        case .undecodable: "the text is neither UTF-8 nor Latin-1"
        case .noBody: "no recognisable body: no paragraph of text was found"
        }
    }
}

/// Turns the bytes of a file into plain text in the corpus layout
/// (title line, blank line, optional publication line, body).
public enum SourceDecoder {
    /// The largest file bilat reads as one press release. Real readouts are a
    /// few KB; this keeps a stray log file or dump from stalling an import.
    public static let maximumSize = 2_000_000

    /// Decodes `bytes`; HTML (by file extension or content) goes through the HTML parser.
    ///
    /// - Parameter fileName: used only to recognise `.html`/`.htm` files.
    public static func decode(_ bytes: [UInt8], fileName: String? = nil) throws(SourceError) -> String {
        if bytes.count > maximumSize { throw .tooLarge(bytes: bytes.count) }
        var bytes = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard bytes.contains(where: { !isASCIIWhitespace($0) }) else { throw .empty }
        if looksBinary(bytes) { throw .binary }

        let text: String
        if let utf8 = String(validating: bytes, as: UTF8.self) {
            text = utf8
        } else if let latin1 = decodeLatin1(bytes) {
            text = latin1
        } else {
            throw .undecodable
        }
        let normalized = normalizeLineEnds(text)
        let isHTML = fileName.map { $0.lowercased().hasSuffix(".html") || $0.lowercased().hasSuffix(".htm") } ?? false
        let plain = isHTML || looksLikeHTML(normalized) ? HTMLText.plainText(fromHTML: normalized) : normalized
        guard hasBodyLine(plain) else { throw .noBody }
        return plain
    }

    /// Whether some line has 40 characters or 6 words: a paragraph of text, not only a title or a stamp.
    /// Stops at the first such line, which usually comes early.
    private static func hasBodyLine(_ text: String) -> Bool {
        var rest = text[...]
        while !rest.isEmpty {
            let end = rest.firstIndex(where: \.isNewline) ?? rest.endIndex
            let line = rest[..<end]
            if line.count >= 40 || line.split(separator: " ").count >= 6 { return true }
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[end...]
        }
        return false
    }

    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C || byte == 0x0B
    }

    /// A NUL byte, or many C0 control bytes, means this is not a text file.
    private static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        // Over the buffer: iterating the slice itself went through a generic iterator per byte.
        bytes.prefix(65_536).withUnsafeBufferPointer { head in
            var controls = 0
            for byte in head where byte < 0x20 {
                if byte == 0 { return true }
                if !isASCIIWhitespace(byte) && byte != 0x1B { controls += 1 }
            }
            return controls * 100 > min(bytes.count, 65_536) * 5
        }
    }

    /// Latin-1 maps every byte to a character; refuse it when the C1 range
    /// (0x80–0x9F), unused in real Latin-1 text, shows up.
    private static func decodeLatin1(_ bytes: ArraySlice<UInt8>) -> String? {
        if bytes.contains(where: { (0x80...0x9F).contains($0) }) { return nil }
        return String(decoding: bytes.map { UInt16($0) }, as: UTF16.self)
    }

    private static func normalizeLineEnds(_ text: String) -> String {
        guard text.containsASCII("\r") else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    private static func looksLikeHTML(_ text: String) -> Bool {
        // Every marker starts with "<": a text that starts otherwise needs no lowercased copy of its head.
        guard let first = text.first(where: { !$0.isWhitespace }), first.unicodeScalars.first == "<" else { return false }
        let head = text.prefix(1024).drop(while: { $0.isWhitespace }).lowercased()
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.hasPrefix("<?xml")
            && head.contains("<html")
    }
}
