/// The `document` part of a record: where the input came from and what the page says of itself.
/// Unknown fields are written as JSON `null`, so every record has the same keys.
public struct DocumentInfo: Codable, Sendable, Equatable {
    /// First 16 hex digits of the SHA-256 of the input bytes.
    public var id: String
    /// The input as named on the command line.
    public var source: String
    /// `html` or `text`.
    public var format: InputFormat
    public var url: String?
    public var title: String?
    public var site: String?
    public var byline: String?
    /// `YYYY-MM-DD`: `--published` when given, else the page's own date.
    public var published: String?
    public var language: String?
    /// The cleaned text, only with `--include-text`.
    public var text: String?

    enum CodingKeys: String, CodingKey {
        case id, source, format, url, title, site, byline, published, language, text
    }

    public init(id: String, source: String, format: InputFormat, metadata: ArticleMetadata) {
        self.id = id
        self.source = source
        self.format = format
        self.url = metadata.url
        self.title = metadata.title
        self.site = metadata.site
        self.byline = metadata.byline
        self.published = metadata.published
        self.language = metadata.language
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(source, forKey: .source)
        try c.encode(format, forKey: .format)
        try c.encode(url, forKey: .url)
        try c.encode(title, forKey: .title)
        try c.encode(site, forKey: .site)
        try c.encode(byline, forKey: .byline)
        try c.encode(published, forKey: .published)
        try c.encode(language, forKey: .language)
        try c.encodeIfPresent(text, forKey: .text)
    }
}
