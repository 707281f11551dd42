import Foundation
import Testing

@testable import Blotter

@Suite struct PipelineTests {
    /// The seed article wrapped in a realistic page: navigation, scripts, a cookie banner,
    /// share links, a related-stories box and a footer around an `<article>`.
    static func seedPage(_ text: String) -> String {
        let paragraphs = text.components(separatedBy: "\n\n").map { p in
            "<p>" + p.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;") + "</p>"
        }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="en-GB"><head><meta charset="utf-8">
            <title>Operation Target: thousands arrested | Newham Recorder</title>
            <meta property="og:title" content="Operation Target: thousands arrested">
            <meta property="article:published_time" content="2013-07-24T09:30:00+01:00">
            <script>var tracking = "Operation Decoy resulted in 99 arrests";</script>
            <style>.x { color: red }</style>
            </head><body>
            <div class="cookie-banner">We use cookies. 12 partners process your data. <button>Accept</button></div>
            <header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li>Stratford</li></ul></nav></header>
            <main><article>
            <h1>Operation Target: thousands arrested</h1>
            <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
            \(paragraphs)
            </article>
            <aside class="related"><h3>Related</h3><ul><li>Operation Sceptre: 40 knives seized in Ilford</li></ul></aside>
            </main>
            <footer><p>© 2013 Newham Recorder, 1 Romford Road, London. Call 020 8555 0000.</p></footer>
            </body></html>
            """
    }

    @Test func htmlSeedYieldsTheSameRecordAsPlainText() throws {
        let text = try String(contentsOf: SeedRecordTests.seedText, encoding: .utf8)
        let plain = try Fixture.record(text)
        let html = try Pipeline().run(bytes: Array(Self.seedPage(text).utf8), source: "seed.html")
        #expect(html.document.format == .html)
        #expect(html.document.title == "Operation Target: thousands arrested")
        #expect(html.document.published == "2013-07-24")
        #expect(html.document.language == "en")
        let plainWithDate = try Fixture.record(text, published: "2013-07-24")
        #expect(html.operations == plainWithDate.operations)
        #expect(html.counts == plainWithDate.counts)
        #expect(html.officers == plain.officers)
        #expect(html.places == plain.places)
        #expect(html.times.map(\.text) == plain.times.map(\.text))
        #expect(!html.counts.contains { $0.value == 99 || $0.value == 12 || $0.value == 40 })
    }

    @Test func publishedResolvesYearlessDatesAndOverridesThePage() throws {
        let r = try Fixture.record("The raid took place on the night of July 20 and again on Friday.", published: "2013-07-24")
        #expect(r.document.published == "2013-07-24")
        #expect(r.times.first { $0.kind == .date }?.date == "2013-07-20")
        let friday = try #require(r.times.first { $0.kind == .weekday })
        #expect(friday.date == "2013-07-19")  // the Friday before Wednesday 24 July 2013
        #expect(friday.resolved == true)
    }

    @Test func documentIdIsTheHashOfTheBytes() throws {
        let r = try Fixture.record("abc")
        // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        #expect(r.document.id == "ba7816bf8f01cfea")
    }

    @Test(arguments: [
        ("", InputError.Code.empty),
        ("  \n\t\n", .empty),
        ("\u{89}PNG\r\n\u{1A}\n", .notText),
        ("%PDF-1.4 binary", .notText),
        ("text\u{0}with\u{0}NULs\u{0}", .notText),
    ])
    func badBytesGiveANamedError(_ input: String, _ code: InputError.Code) throws {
        let bytes: [UInt8] = input.hasPrefix("\u{89}PNG") ? [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] : Array(input.utf8)
        do {
            _ = try Pipeline().run(bytes: bytes, source: "bad.html")
            Issue.record("expected \(code)")
        } catch let e as InputError {
            #expect(e.code == code)
            #expect(e.source == "bad.html")
        }
    }

    @Test func windows1252TextIsDecoded() throws {
        // "£20,000 seized at Café Nero’s" in Windows-1252.
        var bytes = Array("Police seized ".utf8) + [0xA3] + Array("20,000 in cash at Caf".utf8) + [0xE9]
        bytes += Array(" Nero".utf8) + [0x92] + Array("s.".utf8)
        let r = try Pipeline().run(bytes: bytes, source: "cp1252.txt")
        #expect(r.counts.first?.text == "£20,000")
        #expect(r.counts.first?.currency == "GBP")
        #expect(r.warnings.map(\.code) == ["charset_fallback"])
    }

    @Test func formatIsSniffedFromContentNotName() {
        #expect(InputFormat.sniff(Array("<!DOCTYPE html><html><body><p>x</p></body></html>".utf8)) == .html)
        #expect(InputFormat.sniff(Array("  <div><p>Officers arrested</p><p>two men</p></div>".utf8)) == .html)
        #expect(InputFormat.sniff(Array("Police said 3 < 5 and the <b> key was bold.".utf8)) == .text)
    }

    @Test func spansRoundTripOnEveryPressRelease() throws {
        for item in try Fixture.pressReleases() {
            let r = try Fixture.record(item.text, published: item.published, source: item.id)
            try assertSpansRoundTrip(r, text: item.text)
        }
    }
}
