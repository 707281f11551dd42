/// What the article stage hands to the extractors: the cleaned body text (paragraphs separated
/// by one blank line) and whatever the page says about itself.
public struct ArticleText: Sendable, Equatable {
    /// The article body; every span in a record points into this string.
    public var text: String
    /// Title, site, byline, URL, publication date and language, when the page gives them.
    public var metadata: ArticleMetadata
    /// Soft problems met while reading the page (`depth_limit`).
    public var warnings: [Diagnostic]

    public init(text: String, metadata: ArticleMetadata = ArticleMetadata(), warnings: [Diagnostic] = []) {
        self.text = text
        self.metadata = metadata
        self.warnings = warnings
    }
}

/// Facts about the page rather than the story.
public struct ArticleMetadata: Sendable, Equatable {
    /// Headline without the " | Site name" suffix.
    public var title: String?
    /// Publisher or site name (`og:site_name`, the title suffix).
    public var site: String?
    /// Author line.
    public var byline: String?
    /// Canonical URL of the page.
    public var url: String?
    /// Publication date as ISO `YYYY-MM-DD`.
    public var published: String?
    /// Language code (`<html lang>`), lower case, without region.
    public var language: String?

    public init(
        title: String? = nil, site: String? = nil, byline: String? = nil, url: String? = nil,
        published: String? = nil, language: String? = nil
    ) {
        self.title = title
        self.site = site
        self.byline = byline
        self.url = url
        self.published = published
        self.language = language
    }
}
