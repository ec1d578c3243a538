import Foundation

/// One press release to import: where it is, and how to read its bytes.
public struct ImportInput: Sendable {
    /// A file path, or "-" for standard input.
    public let location: String
    let bytes: @Sendable () throws -> [UInt8]

    public init(location: String, bytes: @escaping @Sendable () throws -> [UInt8]) {
        self.location = location
        self.bytes = bytes
    }

    /// A file on disk.
    public static func file(_ path: String) -> ImportInput {
        ImportInput(location: path) { try readFile(path) }
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

/// The files to import under the paths a user gave: files as given, folders
/// searched recursively for `.txt`, `.html` and `.htm`, in sorted order.
public enum SourceFiles {
    /// File extensions picked up inside folders.
    public static let extensions: Set<String> = ["txt", "html", "htm"]

    /// Expands `paths`; what cannot be read comes back as a failure naming it.
    public static func collect(_ paths: [String]) -> (inputs: [ImportInput], failures: [(location: String, reason: String)]) {
        var inputs: [ImportInput] = []
        var failures: [(String, String)] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                failures.append((path, "no such file or folder"))
                continue
            }
            if !isDirectory.boolValue {
                inputs.append(.file(path))
                continue
            }
            var visited: Set<String> = []
            walk(URL(fileURLWithPath: path), visited: &visited, inputs: &inputs, failures: &failures)
        }
        return (inputs, failures)
    }

    private static func walk(
        _ folder: URL, visited: inout Set<String>, inputs: inout [ImportInput], failures: inout [(String, String)]
    ) {
        // A symlink loop would revisit a folder under a new name: remember real paths.
        let real = folder.resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        } catch {
            failures.append((folder.path, "folder cannot be read (permission denied?)"))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                failures.append((url.path, "broken link"))
                continue
            }
            if isDirectory.boolValue {
                walk(url, visited: &visited, inputs: &inputs, failures: &failures)
            } else if extensions.contains(url.pathExtension.lowercased()) {
                inputs.append(.file(url.path))
            }
        }
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
