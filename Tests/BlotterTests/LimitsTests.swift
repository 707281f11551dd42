import Foundation
import Testing

@testable import Blotter

/// Each per-document limit, hit on purpose: the document still gives a record with a warning,
/// or an error record with the limit's own code — never a crash, never a silent drop.
@Suite struct LimitsTests {
    func pipeline(_ change: (inout Limits) -> Void) -> Pipeline {
        var limits = Limits()
        change(&limits)
        return Pipeline(limits: limits)
    }

    @Test func textLongerThanTheLimitIsAnError() throws {
        let text = String(repeating: "Officers made 12 arrests. ", count: 100)
        #expect(throws: InputError.self) { try pipeline { $0.maxTextLength = 500 }.run(bytes: Array(text.utf8), source: "long.txt") }
        do {
            _ = try pipeline { $0.maxTextLength = 500 }.run(bytes: Array(text.utf8), source: "long.txt")
        } catch let e as InputError {
            #expect(e.code == .textTooLong)
        }
    }

    @Test func aRuleStopsAtTheMatchLimitWithAWarning() throws {
        let text = String(repeating: "Officers made 12 arrests. ", count: 50)
        let r = try pipeline { $0.maxMatchesPerRule = 10 }.run(bytes: Array(text.utf8), source: "many.txt")
        #expect(r.counts.count == 10)
        #expect(r.warnings.map(\.code).contains("match_limit"))
        // The warning names the extractor whose rule stopped.
        #expect(r.warnings.first { $0.code == "match_limit" }?.message.contains("counts:") == true)
    }

    @Test func rulesPastTheDeadlineGiveATimeoutError() throws {
        let text = String(repeating: "Officers made 12 arrests on Friday in Leeds. ", count: 2000)
        do {
            _ = try pipeline { $0.timeout = 0.000_001 }.run(bytes: Array(text.utf8), source: "slow.txt")
            Issue.record("expected a timeout")
        } catch let e as InputError {
            #expect(e.code == .timeout)
        }
    }

    @Test func deepHTMLIsFlattenedWithItsTextKept() throws {
        let html = "<html><body><p>Before.</p>" + String(repeating: "<div>", count: 100_000)
            + "<p>Officers made 12 arrests deep inside.</p>" + String(repeating: "</div>", count: 100_000)
            + "<p>After the nest, officers made seven arrests.</p></body></html>"
        let r = try pipeline { $0.maxDepth = 64 }.run(bytes: Array(html.utf8), source: "deep.html")
        #expect(r.warnings.map(\.code).contains("depth_limit"))
        #expect(r.counts.map(\.text).contains("seven arrests"))
    }
}
