import Foundation
import Testing

@testable import Blotter

/// The seed article inside a page dressed like a local news site must come back exactly,
/// paragraph for paragraph, with the page's metadata.
@Suite struct ArticleSeedPageTests {
    static let seedURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("corpus/seed/operation-target.txt")

    static func newsPage(_ paragraphs: [String]) -> String {
        let body = paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n<div class=\"ad-slot\">Advertisement</div>\n")
        return """
            <!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
            <title>Operation Target: 385 arrests in Newham | Newham Recorder</title>
            <meta property="og:site_name" content="Newham Recorder">
            <meta property="article:published_time" content="2013-07-25T10:00:00+01:00">
            <link rel="canonical" href="https://www.newhamrecorder.co.uk/news/operation-target-1-123">
            </head><body>
            <div id="cookie-banner">We use cookies. <button>Accept</button></div>
            <header class="site-header"><a href="/">Newham Recorder</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
            <main><article><h1>Operation Target: 385 arrests in Newham</h1>
            <div class="byline">By Staff Reporter</div><time datetime="2013-07-25">25 July 2013</time>
            <div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
            <div class="article-body">\(body)</div>
            <div class="related-articles"><h3>Related</h3><ul><li><a href="/a">Stratford stabbing: man arrested after late night attack on the high street</a></li>
            <li><a href="/b">Forest Gate drugs raid nets heroin and crack cocaine worth thousands</a></li></ul></div>
            <section class="comments"><h2>Comments</h2><p>Great work by the police, more of this please in East Ham as well.</p></section>
            </article></main>
            <aside class="sidebar"><h3>Most read</h3><ol><li><a href="/c">Council tax to rise again</a></li></ol></aside>
            <footer><p>© 2013 Archant Community Media Ltd. All rights reserved.</p></footer>
            </body></html>
            """
    }

    @Test func seedArticleSurvivesANewsPage() throws {
        let seed = try String(contentsOf: Self.seedURL, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let paragraphs = seed.components(separatedBy: "\n\n")
        let page = Self.newsPage(paragraphs)
        let (format, article, _) = try Pipeline().article(bytes: Array(page.utf8), source: "seed.html")
        #expect(format == .html)
        #expect(article.text == paragraphs.joined(separator: "\n\n"))
        #expect(article.metadata.title == "Operation Target: 385 arrests in Newham")
        #expect(article.metadata.site == "Newham Recorder")
        #expect(article.metadata.published == "2013-07-25")
        #expect(article.metadata.url == "https://www.newhamrecorder.co.uk/news/operation-target-1-123")
        #expect(article.metadata.byline == "Staff Reporter")
        #expect(article.metadata.language == "en")
    }
}
