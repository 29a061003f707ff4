// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ActorGraph",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ActorGraphCore", targets: ["ActorGraphCore"]),
        .library(name: "ActorGraphAlgorithms", targets: ["ActorGraphAlgorithms"]),
        .library(name: "ActorGraphFormats", targets: ["ActorGraphFormats"]),
        .library(name: "ActorGraphExtraction", targets: ["ActorGraphExtraction"]),
        .library(name: "ActorGraphRendering", targets: ["ActorGraphRendering"]),
        .executable(name: "actorgraph", targets: ["actorgraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // Core Library
        .target(name: "ActorGraphCore"),
        .target(
            name: "ActorGraphAlgorithms",
            dependencies: [
                "ActorGraphCore",
                .product(name: "HeapModule", package: "swift-collections"),
                .product(name: "DequeModule", package: "swift-collections"),
            ]),
        .target(name: "ActorGraphFormats", dependencies: ["ActorGraphCore"]),
        .target(
            name: "ActorGraphExtraction",
            dependencies: ["ActorGraphCore", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/Dictionary")]),

        // Graphviz
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]),
        .target(name: "ActorGraphRendering", dependencies: ["ActorGraphCore", "CGraphviz"]),

        // Command-line tool
        .executableTarget(
            name: "actorgraph",
            dependencies: [
                "ActorGraphCore", "ActorGraphAlgorithms", "ActorGraphFormats", "ActorGraphExtraction",
                "ActorGraphRendering",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // Benchmarks
        .executableTarget(
            name: "actorgraph-bench",
            dependencies: [
                "ActorGraphCore", "ActorGraphAlgorithms", "ActorGraphFormats", "ActorGraphExtraction",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // Tests
        .testTarget(name: "ActorGraphCoreTests", dependencies: ["ActorGraphCore"]),
        .testTarget(name: "ActorGraphAlgorithmsTests", dependencies: ["ActorGraphAlgorithms"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ActorGraphFormatsTests", dependencies: ["ActorGraphFormats"], exclude: ["Data"]),
        .testTarget(name: "ActorGraphExtractionTests", dependencies: ["ActorGraphExtraction"]),
        .testTarget(name: "ActorGraphRenderingTests", dependencies: ["ActorGraphRendering"]),
        .testTarget(name: "ActorGraphCLITests", dependencies: ["actorgraph"]),
    ]
)
