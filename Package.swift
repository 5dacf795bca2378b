// swift-tools-version: 6.0
import PackageDescription

/// The pipeline, in the order data moves:
/// Lessons/*.md → Notebook (load, split, execute) → Site (render, write).
/// What cells import (`LessonKit`) stays pure Swift: cells are compiled
/// against these sources, which must not reach a C module.
let package = Package(
    name: "lessons",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "lessons", targets: ["lessons"]),
        .library(name: "LessonKit", targets: ["LessonKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swiftlang/swift-syntax", from: "603.0.1"),
    ],
    targets: [
        // What cells import.
        .target(name: "Autodiff"),
        .target(name: "Figures"),
        .target(name: "Metrics", dependencies: ["Autodiff", "Figures"]),
        .target(name: "LessonKit", dependencies: ["Autodiff", "Figures", "Metrics"]),

        // Markdown: cmark copied into Swift values.
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .target(name: "Markdown", dependencies: ["CCmark"]),
        .target(name: "MathML"),
        .target(name: "Bibliography"),

        // The pipeline.
        .target(
            name: "Notebook",
            dependencies: [
                "Markdown", "LessonKit",
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftSyntax", package: "swift-syntax"),
            ]
        ),
        .target(
            name: "Site",
            dependencies: [
                "Notebook", "Markdown", "MathML", "Figures",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "SwiftIDEUtils", package: "swift-syntax"),
                .product(name: "SwiftParser", package: "swift-syntax"),
            ],
            resources: [.copy("Theme")]
        ),
        .executableTarget(
            name: "lessons",
            dependencies: [
                "Notebook", "Site",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Benchmarks: `swift run -c release <name>`; they print figures.
        .executableTarget(name: "autodiff-benchmark", dependencies: ["Autodiff"], path: "Benchmarks/Autodiff"),
        .executableTarget(name: "metrics-benchmark", dependencies: ["Metrics", "Autodiff"], path: "Benchmarks/Metrics"),
        .executableTarget(name: "markdown-benchmark", dependencies: ["Markdown"], path: "Benchmarks/Markdown"),

        .testTarget(name: "AutodiffTests", dependencies: ["Autodiff"]),
        .testTarget(name: "FiguresTests", dependencies: ["Figures"]),
        .testTarget(name: "MetricsTests", dependencies: ["Metrics", "Autodiff", "Figures"], resources: [.copy("Fixtures")]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"], resources: [.copy("Fixtures")]),
        .testTarget(name: "MathMLTests", dependencies: ["MathML"], exclude: ["Formulas"]),
        .testTarget(name: "BibliographyTests", dependencies: ["Bibliography"], resources: [.copy("Fixtures")]),
        .testTarget(name: "NotebookTests", dependencies: ["Notebook"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SiteTests", dependencies: ["Site"]),
        .testTarget(name: "LessonsTests", dependencies: ["lessons"], resources: [.copy("Fixtures")]),
    ],
    swiftLanguageModes: [.v6]
)
