import Archive
import Extraction
import Foundation

/// What happened to one source.
public enum ImportResult: Sendable {
    case imported(location: String, meetingID: Int64, isNewMeeting: Bool)
    case unchanged(location: String)
    case failed(location: String, reason: String)
}

/// Counts for the summary line.
public struct ImportSummary: Equatable, Sendable {
    public var imported = 0
    public var unchanged = 0
    public var failed = 0

    public init(imported: Int = 0, unchanged: Int = 0, failed: Int = 0) {
        self.imported = imported
        self.unchanged = unchanged
        self.failed = failed
    }
}

/// Reads press releases, extracts what they report, and stores each one
/// atomically in the archive.
///
/// Sources are written in batches: one transaction per batch, one savepoint
/// per source inside it. A source that fails rolls back its own rows only;
/// a crash loses at most the uncommitted batch, never half a source.
public final class Importer {
    let archive: Archive
    let extractor = Extractor()
    /// Sources per transaction: large enough to amortise the commit, the
    /// search indexing and the summary fold-in, small enough that an
    /// interrupted import loses little and the two batches in memory (one
    /// written, one parsed ahead) stay under 100 MB.
    ///
    /// 512 imported 10k documents ~15 % faster than 256; 1024 another ~9 %
    /// faster than 512 (medians of 6 interleaved runs: 3.6 s against 4.0 s).
    /// The writer is the bottleneck, and most of what it does per batch
    /// (commit, index flush, summary fold-in) costs the same for more sources.
    /// Peak RSS at 100k documents: 91 MB, against 77 MB with 512 (and 95 MB
    /// with 1024 and two batches parsed ahead, which was no faster).
    public var batchSize = 1024

    public init(archive: Archive) {
        self.archive = archive
    }

    /// Imports `inputs` in order, calling `report` after each with its result.
    ///
    /// Parsing runs ahead on every core while this thread writes (SQLite allows
    /// one writer): while batch N is stored, the sources of batch N + 1 are read
    /// and extracted, so neither the writer nor the parsers wait for the other
    /// as long as the other has work. `inputs` is
    /// read as the parsers reach it, never held whole.
    public func importAll(
        _ inputs: some Sequence<ImportInput>, report: (ImportResult) -> Void = { _ in }
    ) throws -> ImportSummary {
        var summary = ImportSummary()
        let importedAt = Self.timestamp()
        let pipeline = ParsePipeline(AnyIterator(inputs.makeIterator()), extractor: extractor, lookahead: batchSize)
        defer { pipeline.stop() }
        try archive.withBackgroundCheckpoints { committed in
            while true {
                let parsed = pipeline.take(upTo: batchSize)
                if parsed.isEmpty { break }
                let results = try store(parsed, importedAt: importedAt)
                committed()
                for result in results {
                    switch result {
                    case .imported: summary.imported += 1
                    case .unchanged: summary.unchanged += 1
                    case .failed: summary.failed += 1
                    }
                    report(result)
                }
            }
        }
        return summary
    }

    /// Stores the sources of a batch that could be prepared, in one transaction;
    /// what became of every one, in order.
    private func store(_ parsed: [ParsePipeline.Parsed], importedAt: String) throws -> [ImportResult] {
        let prepared = parsed.compactMap { try? $0.result.get() }
        var stored = try archive.storeBatch(prepared, importedAt: importedAt).makeIterator()
        return parsed.map { location, result in
            switch result {
            case .failure(let error):
                return .failed(location: location, reason: error.description)
            case .success:
                switch stored.next()! {
                case .success(.imported(_, let meetingID, let isNew)):
                    return .imported(location: location, meetingID: meetingID, isNewMeeting: isNew)
                case .success(.unchanged):
                    return .unchanged(location: location)
                case .failure(let error):
                    return .failed(location: location, reason: ImportFailure.archive("\(error)").description)
                }
            }
        }
    }

    /// Turns an input into the rows to store, without touching the archive.
    public func prepare(_ input: ImportInput) throws -> NewSource {
        try Self.prepare(input, extractor: extractor)
    }

    static func prepare(_ input: ImportInput, extractor: Extractor) throws(ImportFailure) -> NewSource {
        let bytes: [UInt8]
        do { bytes = try input.bytes() } catch { throw error as? ImportFailure ?? .unreadable(EIO) }
        let text: String
        do {
            text = try SourceDecoder.decode(bytes, fileName: input.location)
        } catch {
            throw ImportFailure.source(error.description)
        }
        let release = extractor.extract(text)
        return NewSource(
            location: input.location,
            sha256: SHA256.hexDigest(bytes),
            language: release.language.rawValue,
            title: release.title,
            publishedAt: release.publishedAt,
            body: text,
            meeting: NewMeeting(
                date: release.meeting.date, place: release.meeting.place, kind: release.meeting.kind.rawValue,
                countries: release.meeting.countries),
            participants: release.participants.map { NewParticipant(name: $0.name, country: $0.country, role: $0.role) },
            statements: release.statements.map { NewStatement(speaker: $0.speaker, text: $0.text) },
            commitments: release.commitments.map {
                NewCommitment(
                    text: $0.text, topic: $0.topic, thread: $0.thread, threadTitle: nil, target: $0.target,
                    deadline: $0.deadline)
            },
            documents: release.signedDocuments.map { NewDocument(title: $0.title, kind: $0.kind) },
            figures: release.figures.map {
                NewFigure(text: $0.text, value: $0.value, unit: $0.unit, period: $0.period, sentence: $0.sentence)
            })
    }

    static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }
}

/// Reads and extracts sources on background threads, one per core, in small
/// chunks, at most `lookahead` sources ahead of what the writer has taken:
/// parsing never waits for a batch to be written, and memory stays bounded.
///
/// Its state, `inputs` included (read by whichever worker needs the next
/// chunk), is guarded by `condition`.
final class ParsePipeline: @unchecked Sendable {
    /// A parsed source, or why it could not be, with where it came from.
    typealias Parsed = (location: String, result: Result<NewSource, ImportFailure>)

    private let inputs: AnyIterator<ImportInput>
    private let extractor: Extractor
    private let lookahead: Int
    /// Sources a worker takes at once: small enough to share the last ones
    /// between cores, large enough that the lock is rarely contended.
    private static let chunk = 8
    private let condition = NSCondition()
    /// Parsed sources not yet taken, source `i` in slot `i % results.count`:
    /// only a window of `lookahead` sources (and a chunk) is ever held.
    private var results: [Parsed?]
    /// The number of sources workers have taken from `inputs`.
    private var next = 0
    /// Whether `inputs` has no more.
    private var exhausted = false
    /// The sources before this one were taken by the writer.
    private var taken = 0
    private var stopped = false

    init(_ inputs: AnyIterator<ImportInput>, extractor: Extractor, lookahead: Int,
         workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.inputs = inputs
        self.extractor = extractor
        self.lookahead = max(lookahead, Self.chunk)
        results = Array(repeating: nil, count: self.lookahead + Self.chunk)
        for _ in 0..<max(workers, 1) {
            Thread.detachNewThread { [self] in work() }
        }
    }

    private func work() {
        Self.yieldToWriter()
        while true {
            condition.lock()
            while !stopped && !exhausted && next >= taken + lookahead { condition.wait() }
            var chunk: [ImportInput] = []
            while !stopped && !exhausted && chunk.count < Self.chunk {
                if let input = inputs.next() { chunk.append(input) } else { exhausted = true }
            }
            let first = next
            next += chunk.count
            // The writer may be waiting for the end of the inputs.
            if exhausted { condition.broadcast() }
            condition.unlock()
            if chunk.isEmpty { return }
            for input in chunk { input.prefetch?() }
            let parsed = chunk.map { input -> Parsed in
                (input.location, Result { () throws(ImportFailure) -> NewSource in try Importer.prepare(input, extractor: extractor) })
            }
            condition.lock()
            for (offset, result) in parsed.enumerated() { results[(first + offset) % results.count] = result }
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The next `count` parsed sources in order (fewer at the end of the
    /// inputs, none after it), once all of them are ready. What is taken is no
    /// longer held here.
    func take(upTo count: Int) -> [Parsed] {
        condition.lock()
        defer { condition.unlock() }
        precondition(count <= lookahead, "batches are taken within the lookahead")
        var end = taken
        while end < taken + count {
            if results[end % results.count] != nil {
                end += 1
            } else if exhausted && end == next {
                break
            } else {
                condition.wait()
            }
        }
        let parsed = (taken..<end).map { results[$0 % results.count]! }
        for index in taken..<end { results[index % results.count] = nil }
        taken = end
        condition.broadcast()
        return parsed
    }

    /// Lowers this thread's priority below the writer's.
    ///
    /// The writer is the slower side (SQLite takes one writer), so it is the
    /// one that must never wait for a core: with two parsers and the writer on
    /// two cores, equal priorities gave it about two thirds of one, and a 10k
    /// import took ~25 % longer than with the parsers at nice 19 (nice 10: ~5 %
    /// longer). Parsing still gets every core the writer and other programs leave.
    private static func yieldToWriter() {
        #if os(Linux)
        // On Linux the nice value belongs to the thread, and 0 names the calling one.
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 19)
        #endif
    }

    /// Lets the workers finish: called when the import ends, early or not.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}
