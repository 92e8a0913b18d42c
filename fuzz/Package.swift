// swift-tools-version:6.1
import PackageDescription

/// libFuzzer targets for BienNien; `fuzz/run SECONDS` builds and runs them. A package of its own
/// so the main build never needs libFuzzer. Each target's `main.swift` hands its check of one
/// input to libFuzzer's driver (the toolchain's `fuzzer_no_main` runtime, whose path `fuzz/run`
/// passes in BIENNIEN_FUZZER_RUNTIME); the libraries are built with coverage instrumentation and
/// AddressSanitizer by `fuzz/run`'s flags.
let root = Context.packageDirectory.split(separator: "/").dropLast().last.map(String.init) ?? "BienNien"
let runtime = Context.environment["BIENNIEN_FUZZER_RUNTIME"].map { [$0, "-lstdc++"] } ?? []

func fuzzTarget(_ name: String, _ products: [String]) -> Target {
    .executableTarget(
        name: "fuzz-\(name)",
        dependencies: ["FuzzDriver"] + products.map { .product(name: $0, package: root) },
        path: "Targets/\(name)"
    )
}

let package = Package(
    name: "BienNienFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "FuzzDriver", path: "Targets/driver", linkerSettings: [.unsafeFlags(runtime)]),
        fuzzTarget("analysis", ["Chronicle"]),
        fuzzTarget("json-line", ["Chronicle"]),
        fuzzTarget("raw-header", ["Chronicle"]),
        fuzzTarget("html", ["ArticleFormats"]),
        fuzzTarget("encoding", ["ArticleFormats"]),
        fuzzTarget("search-query", ["Store"]),
    ],
    swiftLanguageModes: [.v6]
)
