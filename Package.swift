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
    ],
    targets: [
        .systemLibrary(
            name: "CNCursesW",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "JixiaoCore"),
        .target(name: "JixiaoUI", dependencies: ["JixiaoCore"]),
        .target(name: "JixiaoTerminal", dependencies: ["JixiaoUI", "CNCursesW"]),
        .executableTarget(
            name: "jixiao",
            dependencies: [
                "JixiaoCore", "JixiaoUI", "JixiaoTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "jixiao-bench", dependencies: ["JixiaoCore", "JixiaoUI"]),
        .testTarget(name: "JixiaoCoreTests", dependencies: ["JixiaoCore"]),
        .testTarget(name: "JixiaoUITests", dependencies: ["JixiaoUI", "JixiaoCore"]),
        .testTarget(name: "JixiaoTerminalTests", dependencies: ["JixiaoTerminal", "JixiaoUI"]),
    ],
    swiftLanguageModes: [.v6]
)
