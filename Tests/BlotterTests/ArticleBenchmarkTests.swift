import Foundation
import Testing

@testable import Blotter

/// The article-body regression gate: the 123 pages of `../shared/data/article-body` (beside
/// the repository, not in it), scored as `score_body.py` does — word 4-gram multisets per
/// page, precision and recall averaged over pages, F1 of the two means.
@Suite struct ArticleBenchmarkTests {
    /// The F1 reached when the gate was set (0.983), minus 0.005.
    static let floor = 0.978

    static var dataDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/data/article-body")
    }

    @Test func meanF1StaysAboveTheFloor() throws {
        let truth = try groundTruth()
        var precisions: [Double] = []
        var recalls: [Double] = []
        for (id, body) in truth.sorted(by: { $0.key < $1.key }) {
            let bytes = try InputLoader.load(Self.dataDirectory.appendingPathComponent("html/\(id).html.gz").path)
            let text = (try? Pipeline().article(bytes: bytes, source: id).1.text) ?? ""
            let score = ShingleScore(truth: body, prediction: text)
            if let p = score.precision { precisions.append(p) }
            if let r = score.recall { recalls.append(r) }
        }
        let p = precisions.reduce(0, +) / Double(max(precisions.count, 1))
        let r = recalls.reduce(0, +) / Double(max(recalls.count, 1))
        let f1 = p + r > 0 ? 2 * p * r / (p + r) : 0
        print("article-body benchmark: P \(p) R \(r) F1 \(f1)")
        #expect(truth.count == 123)
        #expect(f1 >= Self.floor, "mean F1 \(f1) (P \(p), R \(r)) fell below \(Self.floor)")
    }

    private func groundTruth() throws -> [String: String] {
        let data = try Data(contentsOf: Self.dataDirectory.appendingPathComponent("ground-truth.json"))
        let json = try #require(JSONSerialization.jsonObject(with: data) as? [String: [String: Any]])
        return json.compactMapValues { $0["articleBody"] as? String }
    }
}

/// Shingle precision and recall of one page, as `score_body.py` computes them.
struct ShingleScore {
    let truePositives: Int
    let falsePositives: Int
    let falseNegatives: Int

    private static let token = try? NSRegularExpression(pattern: "\\w+")

    init(truth: String, prediction: String) {
        let t = Self.shingles(truth)
        let p = Self.shingles(prediction)
        var tp = 0
        var fp = 0
        for (gram, n) in p {
            let m = t[gram] ?? 0
            tp += min(n, m)
            fp += max(n - m, 0)
        }
        truePositives = tp
        falsePositives = fp
        falseNegatives = t.reduce(0) { $0 + max($1.value - (p[$1.key] ?? 0), 0) }
    }

    /// Precision, or nil when the page has neither true nor false positives to judge.
    var precision: Double? {
        if truePositives + falsePositives == 0 { return nil }
        if falsePositives == 0 && falseNegatives == 0 { return 1 }
        return Double(truePositives) / Double(truePositives + falsePositives)
    }

    /// Recall, or nil when the page has neither true positives nor false negatives.
    var recall: Double? {
        if truePositives + falseNegatives == 0 { return nil }
        if falsePositives == 0 && falseNegatives == 0 { return 1 }
        return Double(truePositives) / Double(truePositives + falseNegatives)
    }

    /// Word 4-grams (one shorter gram when the text has fewer than four words) with counts.
    static func shingles(_ text: String) -> [String: Int] {
        guard let re = token else { return [:] }
        let ns = text as NSString
        let words = re.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range) }
        guard !words.isEmpty else { return [:] }
        var out: [String: Int] = [:]
        for i in 0..<max(1, words.count - 3) {
            out[words[i..<min(i + 4, words.count)].joined(separator: " "), default: 0] += 1
        }
        return out
    }
}
