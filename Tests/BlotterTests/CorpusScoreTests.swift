import Foundation
import Testing

@testable import Blotter

/// Field F1 of `blotter extract` on annotated corpora, measured by the shared scorer
/// (`../shared/tools/score_extract.py`) exactly as the README's figures are. Gates against
/// regressions: a rule change that loses what the corpora pin fails here.
@Suite struct CorpusScoreTests {
    static let scorer = Fixture.repo.deletingLastPathComponent().appendingPathComponent("shared/tools/score_extract.py")

    /// Per-field F1 and the mean, parsed from the scorer's report.
    static func score(_ dir: URL) throws -> [String: Double] {
        let out = try CSVTableTests.shell(["python3", scorer.path, "--bin", Fixture.executable.path, "--dir", dir.path])
        var f1: [String: Double] = [:]
        for line in out.split(separator: "\n") {
            let words = line.split(separator: " ", omittingEmptySubsequences: true)
            if line.hasPrefix("mean F1"), let v = words.last.flatMap({ Double($0) }) { f1["mean"] = v }
            if let field = words.first, let part = words.first(where: { $0.hasPrefix("F1=") }), let v = Double(part.dropFirst(3)) {
                f1[String(field)] = v
            }
        }
        return f1
    }

    /// The development items must stay near perfect; the held-out set (never tuned on) only
    /// guards against a change that breaks what it got right.
    @Test(arguments: [
        ("corpus/original", 0.99, 0.97), ("corpus/seed", 0.99, 0.97), ("corpus/heldout", 0.95, 0.90),
    ])
    func projectCorpus(_ path: String, _ meanFloor: Double, _ fieldFloor: Double) throws {
        let f1 = try Self.score(Fixture.repo.appendingPathComponent(path))
        #expect((f1["mean"] ?? 0) >= meanFloor, "\(path): \(f1)")
        for field in ["operations", "counts", "officers", "times", "dates", "places"] {
            #expect((f1[field] ?? 0) >= fieldFloor, "\(path) \(field): \(f1)")
        }
    }

    @Test func pressReleases() throws {
        let f1 = try Self.score(Fixture.sharedData.appendingPathComponent("press-releases"))
        #expect((f1["mean"] ?? 0) >= 0.99, "\(f1)")
        #expect((f1["counts"] ?? 0) >= 0.98, "\(f1)")
    }
}
