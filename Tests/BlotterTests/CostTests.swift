import Foundation
import Testing

@testable import Blotter

/// Extraction cost per article in regex searches: rules are gated by cues, so a text without
/// money or drug words skips those rules, and windowed checks never rescan the whole text.
@Suite struct CostTests {
    @Test func rulesAreGatedByCues() throws {
        let plain = TextDocument("Officers made nine arrests in Stratford on Friday.")
        _ = Pipeline().extract(plain, published: nil)
        let withMoney = TextDocument("Officers made nine arrests in Stratford on Friday and seized £5,000 in cash and 2kg of cocaine.")
        _ = Pipeline().extract(withMoney, published: nil)
        // Money (2 scans) and drug (2 scans) rules run only when their cues are there.
        #expect(withMoney.fullScans >= plain.fullScans + 4)
    }

    @Test func seedArticleCost() throws {
        let text = try String(contentsOf: SeedRecordTests.seedText, encoding: .utf8)
        let doc = TextDocument(text)
        _ = Pipeline().extract(doc, published: nil)
        print("seed article: \(doc.fullScans) full-text regex scans, \(doc.windowedSearches) windowed searches")
        #expect(doc.fullScans < 60)
    }
}
