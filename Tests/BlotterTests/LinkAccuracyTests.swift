import Foundation
import Testing

@testable import Blotter

/// Linking accuracy against the project's own link annotations of the press releases
/// (`corpus/links/press-releases.json`, rule in `corpus/README.md#links`): for every gold count,
/// time and date, the named operation it belongs to, or null.
@Suite struct LinkAccuracyTests {
    struct Annotations: Decodable {
        var items: [String: Item]
        struct Item: Decodable {
            var counts: [String: String?]
            var times: [String: String?]
        }
    }

    /// Precision and recall of links (a fact Blotter did not extract counts as unlinked).
    struct Score {
        var correct = 0, predicted = 0, gold = 0
        var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
        var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
    }

    static func score() throws -> Score {
        let url = Fixture.repo.appendingPathComponent("corpus/links/press-releases.json")
        let ann = try JSONDecoder().decode(Annotations.self, from: Data(contentsOf: url))
        let items = Dictionary(uniqueKeysWithValues: try Fixture.pressReleases().map { ($0.id, $0) })
        var s = Score()
        for (id, item) in ann.items.sorted(by: { $0.key < $1.key }) {
            let article = try #require(items[id])
            let r = try Fixture.record(article.text, published: article.published, source: id)
            let facts = item.counts.map { ($0.key, $0.value, r.counts.map { ($0.text, $0.span, $0.operation) }) }
                + item.times.map { ($0.key, $0.value, r.times.map { ($0.text, $0.span, $0.operation) }) }
            for (text, want, found) in facts {
                let got = predicted(text, in: article.text, found, r.operations)
                if want != nil { s.gold += 1 }
                if got != nil { s.predicted += 1 }
                if let got, got == want { s.correct += 1 }
            }
        }
        return s
    }

    /// The named operation Blotter links the fact to: the item with the same text, else the item
    /// overlapping the text's first occurrence; an unnamed operation hands it up its `part_of` chain.
    static func predicted(_ text: String, in article: String, _ found: [(String, Span, String?)], _ ops: [OperationRecord]) -> String? {
        var match = found.first { $0.0 == text }
        if match == nil, let range = article.range(of: text) {
            let start = article.unicodeScalars.distance(from: article.unicodeScalars.startIndex, to: range.lowerBound)
            let span = Span(start, start + text.unicodeScalars.count)
            match = found.first { $0.1.overlaps(span) }
        }
        var opID = match?.2
        var hops = 0
        while let id = opID, let op = ops.first(where: { $0.id == id }), hops < 10 {
            if let name = op.name { return name }
            opID = op.partOf
            hops += 1
        }
        return nil
    }

    @Test func linksMeetTheTarget() throws {
        let s = try Self.score()
        print("links: P \(s.precision) R \(s.recall) (correct \(s.correct), predicted \(s.predicted), gold \(s.gold))")
        #expect(s.gold >= 90)
        #expect(s.precision >= 0.85)
        #expect(s.recall >= 0.85)
    }
}
