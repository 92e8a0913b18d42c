// swift-tools-version:6.1
import PackageDescription

/// BienNien: Vietnamese news articles in, a structured chronicle out.
///
/// Each analysis stage is a library target with its own tests; `biennien` is a thin CLI.
/// Language knowledge lives in `Resources/<Target>/*.tsv`; the `EmbedResources` build plugin
/// compiles those files into the target, so the built binary needs no resource folder beside it.
let package = Package(
    name: "BienNien",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "biennien", targets: ["biennien"]),
        .library(name: "ArticleFormats", targets: ["ArticleFormats"]),
        .library(name: "Chronicle", targets: ["Chronicle"]),
        .library(name: "Store", targets: ["Store"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .executableTarget(name: "embed-resources", path: "Sources/embed-resources"),
        .plugin(
            name: "EmbedResources",
            capability: .buildTool(),
            dependencies: ["embed-resources"],
            path: "Plugins/EmbedResources"
        ),
        .target(
            name: "VietText",
            exclude: ["Resources"],
            plugins: ["EmbedResources"]
        ),
        .target(name: "Temporal", dependencies: ["VietText"], exclude: ["Resources"], plugins: ["EmbedResources"]),
        .target(name: "Actors", dependencies: ["VietText"], exclude: ["Resources"], plugins: ["EmbedResources"]),
        .target(name: "Events", dependencies: ["VietText", "Temporal", "Actors"], exclude: ["Resources"], plugins: ["EmbedResources"]),
        // libxml2's HTML parser (Debian: libxml2-dev; .ci/run installs it when missing).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // Reading articles as users have them: legacy encodings, saved HTML pages, crawler
        // timestamps. Apart from Chronicle so the analysis library stays free of libxml2.
        .target(
            name: "ArticleFormats",
            dependencies: ["VietText", "CLibXML2"],
            exclude: ["Resources"],
            plugins: ["EmbedResources"]
        ),
        .target(name: "Chronicle", dependencies: ["VietText", "Temporal", "Actors", "Events", "ArticleFormats"]),
        // zlib's deflate, for the store's compressed article bodies (Debian: zlib1g-dev, which
        // libxml2-dev already brings).
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        .target(
            name: "Store",
            dependencies: ["Chronicle", "CZlib", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Resources"],
            plugins: ["EmbedResources"]
        ),
        .target(
            name: "Server",
            dependencies: [
                "Store",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            exclude: ["Resources"],
            plugins: ["EmbedResources"]
        ),
        .target(
            name: "PostgresStore",
            dependencies: ["VietText", "Actors", "Events", "Chronicle", "Store", .product(name: "PostgresNIO", package: "postgres-nio")]
        ),
        .executableTarget(
            name: "biennien",
            dependencies: [
                "ArticleFormats",
                "Chronicle",
                "Store",
                "Server",
                "PostgresStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "VietTextTests", dependencies: ["VietText"]),
        .testTarget(name: "TemporalTests", dependencies: ["Temporal"]),
        .testTarget(name: "ActorsTests", dependencies: ["Actors"]),
        .testTarget(name: "EventsTests", dependencies: ["Events"]),
        .testTarget(name: "ArticleFormatsTests", dependencies: ["ArticleFormats"], exclude: ["Pages"]),
        .testTarget(name: "ChronicleTests", dependencies: ["Chronicle", "ArticleFormats"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "PostgresStore"]),
        .testTarget(name: "PostgresStoreTests", dependencies: ["PostgresStore", "Store", .product(name: "PostgresNIO", package: "postgres-nio")]),
        .testTarget(
            name: "ServerTests",
            dependencies: ["Server", "Store", "Chronicle", .product(name: "Hummingbird", package: "hummingbird")]
        ),
        .testTarget(name: "BienNienCLITests", dependencies: ["biennien", "PostgresStore"]),
    ],
    swiftLanguageModes: [.v6]
)
