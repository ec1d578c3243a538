import Foundation
import SQLiteDB

extension Archive {
    /// Runs `body`, an import, with the write-ahead log checkpointed by another
    /// thread: `body` calls `committed` after each transaction it commits.
    ///
    /// SQLite otherwise checkpoints on the committing thread, copying the log
    /// into the database and waiting for two fsyncs: with 512-source batches
    /// that is most commits, and the writer (the import's bottleneck) was
    /// blocked there for a fifth of a 10k import. A passive checkpoint on its
    /// own connection runs while the writer fills the next batch (10k import,
    /// interleaved runs: ~10 % less time). Durability is unchanged: commits
    /// are in the log exactly as before, and checkpoints sync the same way.
    ///
    /// The log starts over only when a write transaction begins with every
    /// frame checkpointed, and the writer begins the next batch as soon as it
    /// commits one, while the other thread is still checkpointing it: left to
    /// the other thread alone, the log would grow for the whole import. The
    /// writer checkpoints (and then the log starts over) once the log holds
    /// more than ``importLogFrames`` frames. At 8,000 frames that was every
    /// other batch at 100,000 sources (a batch writes ~6,900 pages there):
    /// 136 checkpoints and 272 fsyncs on the writer, 12 s of a 65 s import.
    /// At 64,000: 34 checkpoints and 1.8 s there, and the log file, reused
    /// from the start each time, peaked at 289 MB (a quarter of the archive).
    public func withBackgroundCheckpoints<T>(_ body: (_ committed: () -> Void) throws -> T) throws -> T {
        guard let checkpointer = try? Checkpointer(path: path) else { return try body({}) }
        try connection.execute("PRAGMA wal_autocheckpoint = \(Self.importLogFrames)")
        defer {
            checkpointer.stop()
            try? connection.execute("PRAGMA wal_autocheckpoint = 1000")
        }
        return try body { checkpointer.request() }
    }

    /// Frames (pages) in the write-ahead log past which an import's writer checkpoints it.
    static let importLogFrames = 64_000
}

/// A thread with its own connection that runs a passive checkpoint whenever asked.
///
/// Its state is guarded by `condition`. The connection is closed before
/// ``stop()`` returns, so that the writer's is the last one open and SQLite
/// checkpoints and removes the log when it closes.
private final class Checkpointer: @unchecked Sendable {
    private var connection: Connection?
    private let condition = NSCondition()
    private var requested = false
    private var stopped = false
    private var finished = false

    init(path: String) throws {
        connection = try Connection(path: path, mode: .readWrite)
        Thread.detachNewThread { [self] in run() }
    }

    func request() {
        condition.lock()
        requested = true
        condition.signal()
        condition.unlock()
    }

    /// Finishes the checkpoint under way, if any, and ends the thread.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }

    private func run() {
        condition.lock()
        while true {
            while !requested && !stopped { condition.wait() }
            // The checkpoint asked for after the last commit still runs.
            if !requested { break }
            requested = false
            let connection = self.connection
            condition.unlock()
            // A busy or failed checkpoint is harmless: the log stays valid and the next one catches up.
            try? connection?.execute("PRAGMA wal_checkpoint(PASSIVE)")
            condition.lock()
        }
        connection = nil
        finished = true
        condition.broadcast()
        condition.unlock()
    }
}
