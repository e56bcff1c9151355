// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "GroupSlim",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "GroupSlimKit", targets: ["GroupSlimKit"]),
        .executable(name: "groupslim", targets: ["groupslim"]),
        .executable(name: "groupslim-bench", targets: ["groupslim-bench"]),
    ],
    dependencies: [
        // The only third-party dependency: the CLI front end (subcommands, --help).
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The system SQLite library; our own Swift layer lives in GroupSlimKit/Store/SQLite.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        // The system zlib, for inflating ZIP entries (Slack exports) as a pull stream; our own
        // ZIP reader lives in GroupSlimKit/Import/Zip.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        .target(
            name: "GroupSlimKit",
            dependencies: ["CSQLite", "CZlib"]
        ),
        .executableTarget(
            name: "groupslim",
            dependencies: [
                "GroupSlimKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks: figures printed as ratios against a baseline run in the same command.
        .executableTarget(
            name: "groupslim-bench",
            dependencies: ["GroupSlimKit"]
        ),
        .testTarget(
            name: "GroupSlimKitTests",
            dependencies: ["GroupSlimKit"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
