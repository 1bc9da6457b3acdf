// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "jixiao",
    products: [
        .executable(name: "jixiao", targets: ["jixiao"]),
        .executable(name: "jixiao-bench", targets: ["jixiao-bench"]),
        .library(name: "JixiaoCore", targets: ["JixiaoCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The zip container of .xlsx workbooks (its XML is read with Foundation's XMLParser).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CNCursesW",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "JixiaoCore"),
        .target(
            name: "JixiaoImport",
            dependencies: ["JixiaoCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(name: "JixiaoUI", dependencies: ["JixiaoCore"]),
        .target(name: "JixiaoTerminal", dependencies: ["JixiaoUI", "CNCursesW"]),
        .executableTarget(
            name: "jixiao",
            dependencies: [
                "JixiaoCore", "JixiaoImport", "JixiaoUI", "JixiaoTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "jixiao-bench", dependencies: ["JixiaoCore", "JixiaoImport", "JixiaoUI"]),
        // The fuzz targets (`make fuzz`: -sanitize=fuzzer,address); built plainly, it replays inputs.
        .executableTarget(name: "jixiao-fuzz", dependencies: ["JixiaoCore", "JixiaoImport"]),
        .testTarget(name: "JixiaoCoreTests", dependencies: ["JixiaoCore"]),
        .testTarget(
            name: "JixiaoImportTests",
            dependencies: ["JixiaoImport", "JixiaoCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(name: "JixiaoUITests", dependencies: ["JixiaoUI", "JixiaoCore", "JixiaoImport"]),
        .testTarget(name: "JixiaoTerminalTests", dependencies: ["JixiaoTerminal", "JixiaoUI"]),
    ],
    swiftLanguageModes: [.v6]
)
