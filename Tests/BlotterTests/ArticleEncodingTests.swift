import Foundation
import Testing

@testable import Blotter

/// Bytes → text for each way a page declares (or fails to declare) its encoding, with real
/// non-ASCII text: £ (0xA3), é (0xE9) and ’ (0x92 in Windows-1252).
@Suite struct ArticleEncodingTests {
    /// "Café owner fined £500 ’" in Windows-1252 bytes.
    static let cp1252Body: [UInt8] = Array("<p>Caf".utf8) + [0xE9] + Array(" owner fined ".utf8) + [0xA3]
        + Array("500 after the officer".utf8) + [0x92] + Array("s visit to the premises.</p>".utf8)
    static let expected = "Café owner fined £500 after the officer’s visit to the premises."

    static func text(_ bytes: [UInt8]) throws -> String {
        try Pipeline().article(bytes: bytes, source: "enc").1.text
    }

    static func page(head: String, prefix: [UInt8] = []) -> [UInt8] {
        prefix + Array("<html><head>\(head)</head><body>".utf8) + cp1252Body + Array("</body></html>".utf8)
    }

    @Test func metaCharsetWindows1252() throws {
        #expect(try Self.text(Self.page(head: #"<meta charset="windows-1252">"#)) == Self.expected)
    }

    @Test func httpEquivISO88591DecodesAsWindows1252() throws {
        let head = #"<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">"#
        #expect(try Self.text(Self.page(head: head)) == Self.expected)
    }

    @Test func xmlDeclaration() throws {
        let bytes = Array(#"<?xml version="1.0" encoding="windows-1252"?>"#.utf8) + Self.page(head: "")
        #expect(try Self.text(bytes) == Self.expected)
    }

    @Test func undeclaredInvalidUTF8FallsBackToWindows1252() throws {
        #expect(try Self.text(Self.page(head: "<title>t</title>")) == Self.expected)
    }

    @Test func utf8WithBOM() throws {
        let html = "<html><head></head><body><p>\(Self.expected)</p></body></html>"
        #expect(try Self.text([0xEF, 0xBB, 0xBF] + Array(html.utf8)) == Self.expected)
    }

    @Test func utf8PageDeclaringLatin1IsNotDoubleDecodedByTheParser() throws {
        // The decoder has already turned the bytes into a Swift string: the parser must not
        // re-read the page's own charset declaration.
        let html = #"<html><head><meta charset="iso-8859-1"></head><body><p>"# + Self.expected + "</p></body></html>"
        let article = try HTMLArticleExtractor.extract(html: html, source: "enc")
        #expect(article.text == Self.expected)
    }

    @Test func sniffsDeclarations() {
        #expect(CharsetSniffer.declaredCharset(Array(#"<meta charset='Windows-1252'>"#.utf8)) == "windows-1252")
        #expect(CharsetSniffer.declaredCharset(Array(#"<META HTTP-EQUIV="content-type" CONTENT="text/html; charset=iso-8859-1">"#.utf8)) == "iso-8859-1")
        #expect(CharsetSniffer.declaredCharset(Array(#"<?xml version="1.0" encoding="UTF-8"?>"#.utf8)) == "utf-8")
        #expect(CharsetSniffer.declaredCharset([0xEF, 0xBB, 0xBF] + Array(#"<meta charset="latin1">"#.utf8)) == "utf-8")
        #expect(CharsetSniffer.declaredCharset(Array("<p>no declaration</p>".utf8)) == nil)
    }
}
