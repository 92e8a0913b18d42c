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
        .library(name: "Chronicle", targets: ["Chronicle"]),
        .library(name: "Store", targets: ["Store"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
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
        .target(name: "Chronicle", dependencies: ["VietText", "Temporal", "Actors", "Events"]),
        .target(
            name: "Store",
            dependencies: ["Chronicle", .product(name: "GRDB", package: "GRDB.swift")],
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
                "Chronicle",
                "Store",
                "PostgresStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "VietTextTests", dependencies: ["VietText"]),
        .testTarget(name: "TemporalTests", dependencies: ["Temporal"]),
        .testTarget(name: "ActorsTests", dependencies: ["Actors"]),
        .testTarget(name: "EventsTests", dependencies: ["Events"]),
        .testTarget(name: "ChronicleTests", dependencies: ["Chronicle"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "PostgresStore"]),
        .testTarget(name: "PostgresStoreTests", dependencies: ["PostgresStore", "Store", .product(name: "PostgresNIO", package: "postgres-nio")]),
        .testTarget(name: "BienNienCLITests", dependencies: ["biennien", "PostgresStore"]),
    ],
    swiftLanguageModes: [.v6]
)
