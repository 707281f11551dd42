// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Blotter",
    products: [
        .executable(name: "blotter", targets: ["blotter"]),
        .library(name: "Blotter", targets: ["Blotter"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "Blotter",
            dependencies: ["CLibXML2"],
            resources: [.copy("Lexicons")]
        ),
        .executableTarget(
            name: "blotter",
            dependencies: [
                "Blotter",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "BlotterTests",
            dependencies: ["Blotter"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
