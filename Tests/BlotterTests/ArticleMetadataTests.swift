import Testing

@testable import Blotter

/// Each source of page metadata on its own small page.
@Suite struct ArticleMetadataTests {
    static func metadata(head: String = "", body: String = "", htmlAttributes: String = "") throws -> ArticleMetadata {
        let html = "<html \(htmlAttributes)><head>\(head)</head><body>\(body)<p>Story text that is long enough.</p></body></html>"
        return try HTMLArticleExtractor.extract(html: html, source: "meta").metadata
    }

    @Test func titleLosesSiteSuffixAndGivesSiteName() throws {
        let m = try Self.metadata(head: "<title>Three arrested after raid in Hackney | Hackney Gazette</title>")
        #expect(m.title == "Three arrested after raid in Hackney")
        #expect(m.site == "Hackney Gazette")
    }

    @Test func ogSiteNameIsRemovedFromOgTitle() throws {
        let m = try Self.metadata(head: """
            <meta property="og:site_name" content="Yorkshire Post">
            <meta property="og:title" content="Man charged - Yorkshire Post">
            """)
        #expect(m.title == "Man charged")
        #expect(m.site == "Yorkshire Post")
    }

    @Test func bylineFromMetaAuthorWithoutBy() throws {
        #expect(try Self.metadata(head: #"<meta name="author" content="By Jane Smith">"#).byline == "Jane Smith")
    }

    @Test func bylineFromBylineElement() throws {
        #expect(try Self.metadata(body: #"<div class="article-byline">By  Tom Jones</div>"#).byline == "Tom Jones")
    }

    @Test func canonicalURL() throws {
        let m = try Self.metadata(head: #"<link rel="canonical" href="https://news.example/a/1">"#)
        #expect(m.url == "https://news.example/a/1")
    }

    @Test func dateFromJSONLD() throws {
        let head = """
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
            {"@type":"NewsArticle","headline":"Raid","datePublished":"2013-07-20T09:00:00Z",
            "author":[{"@type":"Person","name":"A Writer"}],"publisher":{"name":"The Paper"}}]}</script>
            """
        let m = try Self.metadata(head: head)
        #expect(m.published == "2013-07-20")
        #expect(m.byline == "A Writer")
        #expect(m.site == "The Paper")
        #expect(m.title == "Raid")
    }

    @Test func dateFromArticlePublishedTime() throws {
        let m = try Self.metadata(head: #"<meta property="article:published_time" content="2019-11-18T10:00:00+00:00">"#)
        #expect(m.published == "2019-11-18")
    }

    @Test func dateFromTimeElement() throws {
        #expect(try Self.metadata(body: #"<time datetime="2020-02-29">29 Feb</time>"#).published == "2020-02-29")
    }

    @Test func dateFromItemprop() throws {
        let m = try Self.metadata(body: #"<span itemprop="datePublished" content="2018-03-04">4 March</span>"#)
        #expect(m.published == "2018-03-04")
    }

    @Test func dateFromURL() throws {
        let m = try Self.metadata(head: #"<link rel="canonical" href="https://news.example/2017/05/09/raid-story/">"#)
        #expect(m.published == "2017-05-09")
    }

    @Test func dateFromPublishedLine() throws {
        #expect(try Self.metadata(body: "<div>Published 20 July 2013</div>").published == "2013-07-20")
        #expect(try Self.metadata(body: "<span>Posted on July 4, 2015</span>").published == "2015-07-04")
    }

    @Test func impossibleDatesAreIgnored() throws {
        #expect(try Self.metadata(head: #"<meta property="article:published_time" content="2019-02-30">"#).published == nil)
    }

    @Test func languageFromHTMLLang() throws {
        #expect(try Self.metadata(htmlAttributes: #"lang="en-GB""#).language == "en")
        #expect(try Self.metadata(head: #"<meta property="og:locale" content="fr_FR">"#).language == "fr")
    }
}
