// swift-tools-version:6.0
import PackageDescription

// Layers, each depending only on the ones above it:
//   CSQLite → SQLiteDB → Archive → Importer / Reports → bilat
//   CLibXML2 → Extraction → Importer
//   CSHA256 → Importer
let package = Package(
    name: "bilat",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "bilat", targets: ["bilat"]),
        .executable(name: "bilat-bench", targets: ["bilat-bench"]),
        .executable(name: "bench-baseline", targets: ["bench-baseline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "SQLiteDB", dependencies: ["CSQLite"]),
        .executableTarget(name: "embed-migrations"),
        .plugin(
            name: "EmbedMigrations",
            capability: .buildTool(),
            dependencies: ["embed-migrations"]
        ),
        .target(
            name: "Archive",
            dependencies: ["SQLiteDB"],
            plugins: ["EmbedMigrations"]
        ),
        .target(name: "Extraction", dependencies: ["CLibXML2"]),
        .target(name: "CSHA256"),
        .target(name: "Importer", dependencies: ["Archive", "Extraction", "CSHA256"]),
        .target(name: "CorpusGenerator"),
        .target(name: "Reports", dependencies: ["Archive", "SQLiteDB"], plugins: ["EmbedMigrations"]),
        .executableTarget(
            name: "bilat",
            dependencies: [
                "Archive", "Extraction", "Importer", "Reports", "SQLiteDB",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", dependencies: ["SQLiteDB"], path: "Tests/TestSupport"),
        .executableTarget(
            name: "bilat-bench",
            dependencies: ["CorpusGenerator", "Extraction", "Importer"]
        ),
        .executableTarget(name: "bench-baseline", dependencies: ["CSQLite"]),
        .testTarget(name: "SQLiteDBTests", dependencies: ["SQLiteDB", "TestSupport"]),
        .testTarget(name: "ArchiveTests", dependencies: ["Archive", "SQLiteDB", "TestSupport"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "TestSupport"]),
        .testTarget(
            name: "ImporterTests",
            dependencies: ["Importer", "Archive", "SQLiteDB", "Extraction", "CorpusGenerator", "TestSupport"]),
        .testTarget(
            name: "CLITests", dependencies: ["bilat", "Archive", "Reports", "SQLiteDB", "CorpusGenerator", "TestSupport"],
            exclude: ["Golden"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
