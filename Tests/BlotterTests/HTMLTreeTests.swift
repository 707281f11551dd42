import Testing

@testable import Blotter

@Suite struct HTMLTreeTests {
    @Test func treeIsPreOrderWithParentsBeforeChildren() throws {
        let tree = try #require(HTMLTree.parse("<html><body><p class='a'>One <b>two</b></p><p>three</p></body></html>"))
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
        #expect(article.text.contains("deep text here") || article.text.isEmpty)
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
