// swift-tools-version:6.0
import PackageDescription

/// libFuzzer harnesses for Blotter's entry points, kept out of the main package so that its
/// `swift build` and `swift test` never need the fuzzer runtime. Built and run by
/// `scripts/fuzz`; see `Fuzz/README.md`.
let package = Package(
    name: "BlotterFuzz",
    dependencies: [
        .package(name: "Blotter", path: "..")
    ],
    targets: [
        .target(name: "FuzzDriver"),
        harness("FuzzHTML"),
        harness("FuzzText"),
        harness("FuzzJSONL"),
    ],
    swiftLanguageModes: [.v6]
)

/// One libFuzzer executable: its Swift entry plus the shared driver shim.
func harness(_ name: String) -> Target {
    .executableTarget(name: name, dependencies: ["FuzzDriver", .product(name: "Blotter", package: "Blotter")])
}
