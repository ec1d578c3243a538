import Foundation

/// One press release to import: where it is, and how to read its bytes.
public struct ImportInput: Sendable {
    /// A file path, or "-" for standard input.
    public let location: String
    let bytes: @Sendable () throws -> [UInt8]
    /// Asks the system to start reading the bytes in the background, if they come from a file.
    let prefetch: (@Sendable () -> Void)?

    public init(location: String, bytes: @escaping @Sendable () throws -> [UInt8]) {
        self.init(location: location, bytes: bytes, prefetch: nil)
    }

    private init(location: String, bytes: @escaping @Sendable () throws -> [UInt8], prefetch: (@Sendable () -> Void)?) {
        self.location = location
        self.bytes = bytes
        self.prefetch = prefetch
    }

    /// A file on disk.
    public static func file(_ path: String) -> ImportInput {
        ImportInput(location: path, bytes: { try readFile(path) }, prefetch: { prefetchFile(path) })
    }

    /// Starts reading the file at `path` into the page cache, without waiting for it.
    ///
    /// A parser that meets a file the system no longer holds in memory waits for
    /// the disk, its core idle. Here even files read seconds before were evicted
    /// (2 % of a 10k corpus right after importing it), and the parsers waited
    /// ~0.45 s in all for them on a 10k import; asked for together, the files
    /// of a chunk arrive in parallel while the first is parsed.
    static func prefetchFile(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = posix_fadvise(descriptor, 0, 0, POSIX_FADV_WILLNEED)
        close(descriptor)
    }

    /// The bytes of the file at `path`: one open, fstat and read straight into
    /// the array. FileManager's checks and copies cost a tenth of extracting a
    /// short press release.
    static func readFile(_ path: String) throws(ImportFailure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(errno) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .unreadable(errno) }
        // One byte more than its size, so that one read also finds the end of the file;
        // a file that grows while it is read is read to its new end.
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 4096))) }
            let read = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if read == 0 { break }
            if read < 0 {
                if errno == EINTR { continue }
                throw .unreadable(errno)
            }
            count += read
        }
        bytes.removeSubrange(count...)
        return bytes
    }
}

/// The press releases under the paths a user gave, one at a time: files as
/// given, folders searched recursively for `.txt`, `.html` and `.htm` in
/// sorted order, `-` for standard input.
///
/// A folder is listed when the walk reaches it, so an import holds the
/// listings of the folders it is inside, never the list of every file: as
/// inputs, the paths of 100,000 files took 21 MB. What cannot be read (a
/// missing path, a broken link, a folder without permission) comes as an
/// input whose reading fails with the reason, in its place in the order.
public struct SourceFiles: Sequence, Sendable {
    /// File extensions picked up inside folders.
    public static let extensions: Set<String> = ["txt", "html", "htm"]

    let paths: [String]

    public init(_ paths: [String]) {
        self.paths = paths
    }

    public func makeIterator() -> Iterator {
        Iterator(paths: paths)
    }

    public struct Iterator: IteratorProtocol {
        /// The paths not yet begun, last first.
        private var paths: [String]
        /// The folders being walked, innermost last, each with its sorted
        /// entries and the next one to look at.
        private var folders: [(url: URL, names: [String], next: Int)] = []
        /// Real paths of the folders walked under the current path: a symlink
        /// loop would revisit one under a new name.
        private var visited: Set<String> = []
        /// Whether "-" came already: standard input is read once, where it first appears.
        private var tookStandardInput = false

        init(paths: [String]) {
            self.paths = paths.reversed()
        }

        public mutating func next() -> ImportInput? {
            while true {
                if let folder = folders.last {
                    guard folder.next < folder.names.count else {
                        folders.removeLast()
                        continue
                    }
                    folders[folders.count - 1].next += 1
                    let name = folder.names[folder.next]
                    if name.hasPrefix(".") { continue }
                    if let input = enter(folder.url.appendingPathComponent(name)) { return input }
                } else if let path = paths.popLast() {
                    if path == "-" {
                        if tookStandardInput { continue }
                        tookStandardInput = true
                        return .standardInput
                    }
                    visited = []
                    if let input = enter(URL(fileURLWithPath: path), as: path) { return input }
                } else {
                    return nil
                }
            }
        }

        /// The input at `url` is, or nil when it is a folder (now being walked)
        /// or, inside a folder, a file of another kind. `given` is the path as
        /// the user gave it, nil inside a folder.
        private mutating func enter(_ url: URL, as given: String? = nil) -> ImportInput? {
            let path = given ?? url.path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                return .failing(path, given == nil ? "broken link" : "no such file or folder")
            }
            if !isDirectory.boolValue {
                let isSource = given != nil || SourceFiles.extensions.contains(url.pathExtension.lowercased())
                return isSource ? .file(path) : nil
            }
            guard visited.insert(url.resolvingSymlinksInPath().path).inserted else { return nil }
            do {
                folders.append((url, try FileManager.default.contentsOfDirectory(atPath: url.path).sorted(), 0))
                return nil
            } catch {
                return .failing(url.path, "folder cannot be read (permission denied?)")
            }
        }
    }
}

extension ImportInput {
    /// Standard input, read when the import reaches it.
    static let standardInput = ImportInput(location: "-") { Array(FileHandle.standardInput.readDataToEndOfFile()) }

    /// A path that cannot be imported, for `reason`.
    static func failing(_ location: String, _ reason: String) -> ImportInput {
        ImportInput(location: location) { throw ImportFailure.source(reason) }
    }
}

/// Why one source was not imported.
public enum ImportFailure: Error, CustomStringConvertible, Sendable {
    /// The file could not be opened or read; the system's error number.
    case unreadable(Int32)
    case source(String)
    case archive(String)

    public var description: String {
        switch self {
        case .unreadable(let code): "cannot be read: \(String(cString: strerror(code)).lowercased())"
        case .source(let reason): reason
        case .archive(let reason): "not stored: \(reason)"
        }
    }
}
