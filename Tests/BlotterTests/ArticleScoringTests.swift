import Testing

@testable import Blotter

/// The container choice and the pruning inside it, on pages without helpful class names.
@Suite struct ArticleScoringTests {
    static let prose = (1...4).map {
        "<p>Paragraph \($0) of the report: officers searched the address, seized the items, and arrested the suspects, police said.</p>"
    }.joined()

    @Test func proseBeatsALongerLinkList() throws {
        let links = (1...30).map { "<li><a href=\"/s\($0)\">Some other headline number \($0) from the site</a></li>" }.joined()
        let html = "<html><body><div><ul>\(links)</ul></div><div>\(Self.prose)</div></body></html>"
        let text = try HTMLArticleExtractor.extract(html: html, source: "t").text
        #expect(text.contains("Paragraph 1 of the report"))
        #expect(text.contains("Paragraph 4 of the report"))
        #expect(!text.contains("headline number"))
    }

    @Test func linkDenseBoxInsideTheArticleIsPruned() throws {
        let box = "<div><a href=\"/a\">Knife amnesty begins</a> <a href=\"/b\">Burglary figures fall</a> and more</div>"
        let html = "<html><body><div>\(Self.prose)\(box)</div></body></html>"
        let text = try HTMLArticleExtractor.extract(html: html, source: "t").text
        #expect(text.contains("Paragraph 2 of the report"))
        #expect(!text.contains("Knife amnesty"))
    }

    @Test func hiddenElementsAreDropped() throws {
        let hidden = """
            <div style="display: none">Hidden promotional text that nobody sees, with commas, lots, of, them.</div>
            <p hidden>Also hidden text of the page, which should not be printed at all.</p>
            """
        let html = "<html><body><div>\(Self.prose)\(hidden)</div></body></html>"
        let text = try HTMLArticleExtractor.extract(html: html, source: "t").text
        #expect(text.contains("Paragraph 3 of the report"))
        #expect(!text.contains("Hidden promotional"))
        #expect(!text.contains("Also hidden"))
    }

    @Test func leadParagraphBesideTheContainerIsJoined() throws {
        let lead = "<p>Lead: four people were arrested after a large police operation in the town centre overnight.</p>"
        let html = "<html><body><div class=\"wrap\">\(lead)<div class=\"text\">\(Self.prose)</div></div></body></html>"
        let text = try HTMLArticleExtractor.extract(html: html, source: "t").text
        #expect(text.hasPrefix("Lead: four people were arrested"))
        #expect(text.contains("Paragraph 4 of the report"))
    }

    @Test func ariaNavigationIsDropped() throws {
        let nav = "<div role=\"navigation\"><a href=\"/\">Home</a> <a href=\"/crime\">Crime</a></div>"
        let html = "<html><body>\(nav)<div>\(Self.prose)</div></body></html>"
        let text = try HTMLArticleExtractor.extract(html: html, source: "t").text
        #expect(!text.contains("Home"))
        #expect(text.contains("Paragraph 1"))
    }
}
