import ArgumentParser
import Extraction
import Foundation

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Parse one press release and print what would be stored, without touching any archive."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, text
    }

    @Argument(help: "A press release: .txt, .html or .htm file, or - for standard input.")
    var file: String

    @Option(help: "Output format.")
    var format: Format = .text

    func run() throws {
        let bytes = try readInput(file)
        let text: String
        do {
            text = try SourceDecoder.decode(bytes, fileName: file)
        } catch {
            throw CLIError("\(file): \(error)")
        }
        let release = Extractor().extract(text)
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(release), as: UTF8.self))
        case .text:
            print(PressReleaseText.render(release), terminator: "")
        }
    }
}
