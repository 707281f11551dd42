/// Reads what a page says about itself: title, site, byline, canonical URL, publication
/// date and language, preferring the most deliberate source (`<meta>`/JSON-LD over markup
/// over text).
enum HTMLMetadataReader {
    /// The page's metadata; fields the page does not give stay nil.
    static func read(_ tree: HTMLTree) -> ArticleMetadata {
        let src = MetadataSources(tree)
        let ld = src.jsonLD.lazy.compactMap(LinkedData.parse).first
        var m = ArticleMetadata()
        m.url = clean(src.canonical ?? src.meta["og:url"] ?? ld?.url)
        let site = clean(src.meta["og:site_name"] ?? src.meta["application-name"] ?? ld?.publisher).flatMap(notURL)
        if let raw = clean(src.meta["og:title"] ?? src.meta["twitter:title"] ?? ld?.headline ?? src.titleTag) {
            let split = TitleCleaner.split(raw, site: site)
            m.title = clean(split.title)
            m.site = site ?? split.site
        } else {
            m.site = site
        }
        m.byline = (src.meta["author"] ?? src.meta["article:author"].flatMap(notURL) ?? ld?.author
            ?? src.authorLink ?? src.bylineText).flatMap(stripBy)
        m.published = published(src, ld, url: m.url)
        m.language = language(src.language ?? src.meta["content-language"] ?? ld?.language ?? src.meta["og:locale"])
        return m
    }

    private static func published(_ src: MetadataSources, _ ld: LinkedData?, url: String?) -> String? {
        let stamps = [
            src.meta["article:published_time"], ld?.datePublished, src.itempropDate, src.meta["datepublished"],
            src.meta["date"], src.meta["pubdate"], src.meta["dc.date"], src.meta["dc.date.issued"],
            src.meta["og:published_time"], src.timeDatetime,
        ]
        if let d = stamps.lazy.compactMap({ $0.flatMap(DateFinder.isoDate) }).first { return d }
        if let d = url.flatMap(DateFinder.urlDate) { return d }
        return src.datelineText.flatMap(DateFinder.datelineDate)
    }

    private static func language(_ raw: String?) -> String? {
        guard let lang = raw?.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first,
            !lang.isEmpty, lang.count <= 3
        else { return nil }
        return String(lang)
    }

    private static func notURL(_ s: String) -> String? { s.hasPrefix("http") || s.hasPrefix("www.") ? nil : s }

    /// A byline without a leading "By ", whitespace collapsed.
    private static func stripBy(_ s: String) -> String? {
        guard let t = clean(s) else { return nil }
        return t.lowercased().hasPrefix("by ") ? clean(String(t.dropFirst(3))) : t
    }

    private static func clean(_ s: String?) -> String? {
        guard let s else { return nil }
        let t = s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return t.isEmpty ? nil : t
    }
}
