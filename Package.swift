// swift-tools-version: 6.1
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
        // Exact versions: highlighting and templates reach the pages, and the
        // same lessons must always give the same bytes (Package.resolved is not committed).
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/swiftlang/swift-syntax", exact: "603.0.1"),
        // `lessons serve`: a small async HTTP server (no NIO), with epoll on Linux.
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
        // "Run it yourself": each lesson as a Swift package in a .zip.
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        // What cells import.
        .target(name: "Autodiff"),
        .target(name: "Figures"),
        .target(name: "Metrics", dependencies: ["Autodiff", "Figures"]),
        // What a lesson's program and the builder say to each other.
        .target(name: "CellChannel", dependencies: ["Figures"]),
        .target(name: "LessonKit", dependencies: ["Autodiff", "Figures", "Metrics", "CellChannel"]),

        // Markdown: cmark copied into Swift values.
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .target(name: "Markdown", dependencies: ["CCmark"]),
        .target(name: "MathML"),
        .target(name: "Bibliography"),

        // The pipeline.
        .target(
            name: "Notebook",
            dependencies: [
                "Markdown", "CellChannel",
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftSyntax", package: "swift-syntax"),
            ],
            plugins: ["EmbedRuntime"]
        ),
        .target(name: "Resolve", dependencies: ["Notebook", "Markdown", "MathML", "Bibliography"]),
        .target(
            name: "Site",
            dependencies: [
                "Notebook", "Resolve", "Markdown", "MathML", "Figures", "CellChannel",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "SwiftIDEUtils", package: "swift-syntax"),
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Theme"],
            plugins: ["EmbedTheme"]
        ),
        // `lessons serve`: the built site from memory, live reload, errors in the page.
        .target(
            name: "Preview",
            dependencies: ["Site", "Notebook", "Markdown", .product(name: "FlyingFox", package: "FlyingFox")]
        ),
        .executableTarget(
            name: "lessons",
            dependencies: [
                "Notebook", "Resolve", "Site", "CellChannel", "Preview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // The binary carries its theme and the cell runtime's sources: no resource
        // bundle and no path into this checkout at run time.
        .executableTarget(name: "embed-files"),
        .plugin(name: "EmbedRuntime", capability: .buildTool(), dependencies: ["embed-files"]),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["embed-files"]),

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
        .testTarget(name: "NotebookTests", dependencies: ["Notebook", "CellChannel", "Figures"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ResolveTests", dependencies: ["Resolve", "Notebook"]),
        .testTarget(
            name: "SiteTests",
            dependencies: ["Site", "CellChannel", "Figures", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "PreviewTests", dependencies: ["Preview", "Site", "Notebook", "lessons"]),
        .testTarget(name: "LessonsTests", dependencies: ["lessons"], resources: [.copy("Fixtures")]),
        // Hostile lessons and broken environments, run through the `lessons` tool.
        .testTarget(name: "FaultTests", dependencies: ["lessons", "Notebook", "CellChannel", "Figures"], resources: [.copy("Fixtures")]),
    ],
    swiftLanguageModes: [.v6]
)
