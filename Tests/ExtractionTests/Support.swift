import Foundation
@testable import Extraction

/// Builds a press release in the corpus layout from a title, an optional publication line and paragraphs.
func release(_ title: String, published: String? = nil, _ paragraphs: String...) -> PressRelease {
    var text = title + "\n\n"
    if let published { text += published + "\n\n" }
    text += paragraphs.joined(separator: "\n\n") + "\n"
    return Extractor().extract(text)
}

/// The text of a file of the package's `data/` directory.
func seedText(_ name: String) throws -> String {
    let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let bytes = try Data(contentsOf: root.appendingPathComponent("data").appendingPathComponent(name))
    return try SourceDecoder.decode([UInt8](bytes), fileName: name)
}
