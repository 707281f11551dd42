import Foundation
import Testing

@testable import Blotter

@Suite struct SpanTests {
    @Test func utf16RangesConvertToScalarOffsets() {
        // "£" is one scalar and one UTF-16 unit; "😀" is one scalar and two UTF-16 units.
        let doc = TextDocument("😀 £20,000 seized")
        let ns = doc.ns.range(of: "£20,000")
        let span = doc.span(ns)
        #expect(span == Span(2, 9))
        #expect(doc.string(span) == "£20,000")
        #expect(doc.nsRange(span) == ns)
    }

    @Test func sentencesDoNotBreakAfterRankAbbreviations() {
        let doc = TextDocument("Det. Sgt. Jones of St. Mary's said it. No. 5 was raided. DI Smith agreed.\n\nNew para.")
        let sentences = doc.sentences.map { doc.string($0) }
        #expect(sentences == ["Det. Sgt. Jones of St. Mary's said it.", "No. 5 was raided.", "DI Smith agreed.", "New para."])
        #expect(doc.paragraphs.count == 2)
    }
}
