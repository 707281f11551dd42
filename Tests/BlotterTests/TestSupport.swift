import Foundation
import Testing

@testable import Blotter

/// Paths and loaders shared by the tests.
enum Fixture {
    /// The repository root, found from this file's path.
    static let repo: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// `../shared/data` beside the clone (CI lays it there).
    static let sharedData = repo.deletingLastPathComponent().appendingPathComponent("shared/data")

    /// A gold item in the press-releases file format.
    struct GoldItem: Decodable {
        var id: String
        var text: String
        var published: String?
        var country: String?
        var gold: Gold
    }

    struct Gold: Decodable {
        var operations: [GoldOperation]
        var counts: [GoldCount]
        var officers: [GoldOfficer]
        var times: [GoldTime]
        var dates: [GoldDate]
        var places: [GoldPlace]
    }

    struct GoldOperation: Decodable {
        var name: String
        var arrests: Double?
        var arrests_qualifier: String?
    }

    struct GoldCount: Decodable {
        var value: Double
        var unit: String
        var text: String
        var qualifier: String?
    }

    struct GoldOfficer: Decodable {
        var name: String
        var rank: String?
        var text: String
    }

    struct GoldTime: Decodable {
        var text: String
        var clock: String
    }

    struct GoldDate: Decodable {
        var text: String
        var month: Int?
        var day: Int?
        var year: Int?
    }

    struct GoldPlace: Decodable {
        var text: String
        var kind: String
    }

    static func gold(_ url: URL) throws -> GoldItem {
        try JSONDecoder().decode(GoldItem.self, from: Data(contentsOf: url))
    }

    /// The press-release items from `../shared/data/press-releases`.
    static func pressReleases() throws -> [GoldItem] {
        let dir = sharedData.appendingPathComponent("press-releases")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { try gold(dir.appendingPathComponent($0)) }
    }

    /// Runs the whole pipeline on a string as a text input.
    static func record(_ text: String, published: String? = nil, source: String = "test.txt") throws -> BlotterRecord {
        try Pipeline(published: published).run(bytes: Array(text.utf8), source: source)
    }

    /// The built `blotter` executable beside the test bundle.
    static var executable: URL {
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("blotter")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir.deleteLastPathComponent()
        }
        return repo.appendingPathComponent(".build/debug/blotter")
    }

    /// Runs the CLI; returns exit status, stdout and stderr.
    static func run(_ args: [String], stdin: Data? = nil) throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = executable
        p.arguments = args
        let out = Pipe()
        // stderr goes to a file: read after stdout, a pipe could fill up and block the child.
        let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("blotter-stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errURL) }
        let err = try FileHandle(forWritingTo: errURL)
        p.standardOutput = out
        p.standardError = err
        let input = Pipe()
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        try err.close()
        let e = (try? Data(contentsOf: errURL)) ?? Data()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }
}
