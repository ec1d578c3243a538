import Foundation

/// A fresh folder under the system temporary directory, removed on deinit.
public final class TemporaryDirectory {
    public let url: URL

    /// A new empty folder in `parent` (the system's temporary folder by default).
    public init(in parent: URL = FileManager.default.temporaryDirectory) throws {
        url = parent.appendingPathComponent("bilat-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// The package root, for tests that read data/ or run the built binary.
public let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
        url.deleteLastPathComponent()
    }
    return url
}()

/// The schema version a fresh archive gets: the number of files in Migrations/.
public let latestSchemaVersion: Int = {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: packageRoot.appendingPathComponent("Migrations").path)) ?? []
    return files.filter { $0.hasSuffix(".sql") }.count
}()
