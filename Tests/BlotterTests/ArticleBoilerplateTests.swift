import Testing

@testable import Blotter

/// One small page per kind of boilerplate: the story must survive, the furniture must go.
@Suite struct ArticleBoilerplateTests {
    static let story = """
        <p>Officers from the Metropolitan Police arrested three men in Hackney on Tuesday morning, \
        after a search of two addresses on Mare Street, a spokesperson said.</p>
        <p>A quantity of cannabis, two knives and £4,500 in cash were seized, and the men remain \
        in custody at a north London police station, the force added.</p>
        <p>Detective Inspector Jane Smith said the warrants followed months of work by the local \
        team, and thanked residents for the information they had given.</p>
        """

    /// Wraps the story and one boilerplate box into a page and extracts its text.
    static func extract(box: String, after: Bool = true) throws -> String {
        let html = """
            <html><head><title>Three arrested | Local News</title></head><body>
            <div class="site"><div class="story">\(after ? story + box : box + story)</div></div>
            </body></html>
            """
        return try HTMLArticleExtractor.extract(html: html, source: "test").text
    }

    static func expectStory(_ text: String) {
        #expect(text.contains("arrested three men in Hackney"))
        #expect(text.contains("£4,500 in cash were seized"))
        #expect(text.contains("thanked residents for the information"))
    }

    @Test func navigationIsDropped() throws {
        let text = try Self.extract(
            box: #"<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>"#, after: false)
        Self.expectStory(text)
        #expect(!text.contains("Home"))
    }

    @Test func cookieBannerIsDropped() throws {
        let text = try Self.extract(
            box: #"<div id="cookie-notice">We use cookies to improve your experience. Accept all cookies?</div>"#)
        Self.expectStory(text)
        #expect(!text.contains("cookies"))
    }

    @Test func shareBarIsDropped() throws {
        let text = try Self.extract(
            box: #"<div class="articleShareBar"><span>Share this article</span> <span>Facebook</span></div>"#)
        Self.expectStory(text)
        #expect(!text.contains("Share"))
        #expect(!text.contains("Facebook"))
    }

    @Test func relatedLinksAreDropped() throws {
        let box = """
            <div class="more-links"><h3>More from the area</h3><ul>
            <li><a href="/a">Man charged over Leeds burglary spree after long police hunt</a></li>
            <li><a href="/b">Drugs gang jailed for a total of forty years at Crown Court</a></li></ul></div>
            """
        let text = try Self.extract(box: box)
        Self.expectStory(text)
        #expect(!text.contains("Leeds burglary"))
        #expect(!text.contains("Drugs gang jailed"))
    }

    @Test func newsletterBoxIsDropped() throws {
        let text = try Self.extract(
            box: #"<div class="newsletter-signup"><p>Get the day's top crime stories in your inbox every morning.</p></div>"#)
        Self.expectStory(text)
        #expect(!text.contains("inbox"))
    }

    @Test func commentsAreDropped() throws {
        let box = """
            <section id="comments"><h2>3 comments</h2>
            <div class="c"><p>About time too, the police should do this more often in our area, frankly.</p></div></section>
            """
        let text = try Self.extract(box: box)
        Self.expectStory(text)
        #expect(!text.contains("About time too"))
    }

    @Test func captionsAndCreditsAreDropped() throws {
        let box = """
            <figure><img src="a.jpg"><figcaption>Police outside the flat on Mare Street</figcaption></figure>
            <span class="image-credit">Photo: PA Wire</span>
            """
        let text = try Self.extract(box: box, after: false)
        Self.expectStory(text)
        #expect(!text.contains("outside the flat"))
        #expect(!text.contains("PA Wire"))
    }

    @Test func furnitureLinesInsideTheStoryAreDropped() throws {
        let text = try Self.extract(box: "<p>Advertisement</p><p><a href=\"/x\">Read more: Knife crime figures</a></p>")
        Self.expectStory(text)
        #expect(!text.contains("Advertisement"))
        #expect(!text.contains("Read more"))
    }

    @Test func headingsListsAndQuotesInsideTheStoryAreKept() throws {
        let box = """
            <h2>What was found</h2><ul><li>Two kitchen knives hidden under a mattress in the bedroom</li>
            <li>A set of digital scales and a quantity of cannabis, police said</li></ul>
            <blockquote>We will not tolerate drug dealing on our streets, she said.</blockquote>
            """
        let text = try Self.extract(box: box)
        Self.expectStory(text)
        #expect(text.contains("What was found"))
        #expect(text.contains("Two kitchen knives hidden under a mattress"))
        #expect(text.contains("We will not tolerate drug dealing"))
    }

    @Test func paragraphsAreSeparatedByBlankLinesAndEntitiesDecoded() throws {
        let html = """
            <html><body><article><p>First&nbsp;paragraph   with  \n spaces &amp; an entity, which is long enough.</p>
            <p>Second paragraph of the story, which is also long enough to count here.</p></article></body></html>
            """
        let text = try HTMLArticleExtractor.extract(html: html, source: "t").text
        #expect(text == "First paragraph with spaces & an entity, which is long enough.\n\nSecond paragraph of the story, which is also long enough to count here.")
    }

    @Test func aWholePageWrappedInAFormIsNotDropped() throws {
        let html = "<html><body><form id=\"aspnetForm\"><div class=\"x\">\(Self.story)</div></form></body></html>"
        Self.expectStory(try HTMLArticleExtractor.extract(html: html, source: "t").text)
    }
}
