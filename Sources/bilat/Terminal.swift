import Foundation

/// Writes to standard error, which carries diagnostics and progress so that
/// standard output stays clean for pipes.
enum Standard {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static var isErrorTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}

/// A one-line progress bar on standard error, shown only on a terminal.
final class ProgressBar {
    let total: Int
    let isEnabled: Bool
    private var lastDrawn = -1
    private var isVisible = false

    init(total: Int, isEnabled: Bool) {
        self.total = total
        self.isEnabled = isEnabled && Standard.isErrorTerminal && total > 0
    }

    func update(_ done: Int) {
        guard isEnabled else { return }
        let percent = done * 100 / total
        guard percent != lastDrawn else { return }
        lastDrawn = percent
        let width = 30
        let filled = width * done / total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(percent)% (\(done)/\(total))".utf8))
        isVisible = true
    }

    func clear() {
        guard isVisible else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        isVisible = false
        lastDrawn = -1
    }

    func finish() { clear() }
}
