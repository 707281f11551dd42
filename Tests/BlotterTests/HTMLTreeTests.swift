import Testing

@testable import Blotter

@Suite struct HTMLTreeTests {
    @Test func treeIsPreOrderWithParentsBeforeChildren() throws {
        let tree = try #require(HTMLTree.parse("<html><body><p class='a'>One <b>two</b></p><p>three</p></body></html>")?.tree)
        for i in 0..<tree.count {
            if let p = tree[i].parent { #expect(p < i) }
        }
        let ps = tree.elements("p")
        #expect(ps.count == 2)
        #expect(tree[ps[0]].attribute("class") == "a")
        #expect(tree.allText(ps[0]) == "One two")
    }

    @Test func deeplyNestedPagesDoNotOverflowTheStack() throws {
        let depth = 20_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>deep text here</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        let article = try HTMLArticleExtractor.extract(html: html, source: "deep")
        #expect(article.text.contains("deep text here"))
        #expect(article.warnings.map(\.code) == ["depth_limit"])
    }

    /// libxml2's own nesting limit (256) stops the whole parse and drops the rest of the page;
    /// Blotter lifts it and bounds depth itself, so text after a deep nest is kept.
    @Test func textAfterADeepNestIsKept() throws {
        let html = "<html><body><p>Before the nest, officers made five arrests.</p>" + String(repeating: "<div>", count: 300)
            + "<p>Inside the nest there were two more.</p>" + String(repeating: "</div>", count: 300)
            + "<p>After the nest, officers made seven arrests.</p></body></html>"
        let article = try HTMLArticleExtractor.extract(html: html, source: "deep")
        #expect(article.text.contains("After the nest, officers made seven arrests."))
        #expect(article.warnings.isEmpty)
    }

    @Test func classHintsMatchWordPrefixes() {
        let hints = ClassHints(["share", "ad$", "read-more"])
        #expect(hints.matches("article__share-bar"))
        #expect(hints.matches("socialShare"))
        #expect(hints.matches("ad-slot"))
        #expect(hints.matches("ReadMoreLink"))
        #expect(!hints.matches("timeshare"))
        #expect(!hints.matches("address"))
        #expect(!hints.matches("header"))
    }
}
