import Foundation

/// Reads what a page says about itself: title, site, byline, canonical URL, publication
/// date and language, from `<meta>`, `<link>`, `<title>`, `<time>` and JSON-LD.
enum HTMLMetadataReader {
    static func read(_ root: HTMLNode) -> ArticleMetadata {
        var meta: [String: String] = [:]  // first value per lower-case property/name/itemprop
        var titleTag: String?
        var canonical: String?
        var timeDatetime: String?
        var jsonLD: [String] = []
        var language = root.attribute("lang")
        root.walk(enter: { n in
            guard n.isElement else { return false }
            switch n.tag {
            case "meta":
                let key = (n.attribute("property") ?? n.attribute("name") ?? n.attribute("itemprop") ?? "").lowercased()
                let value = n.attribute("content") ?? n.attribute("datetime") ?? ""
                if !key.isEmpty, !value.isEmpty, meta[key] == nil { meta[key] = value }
                return false
            case "title":
                if titleTag == nil { titleTag = n.allText }
                return false
            case "link":
                if canonical == nil, n.attribute("rel")?.lowercased() == "canonical" { canonical = n.attribute("href") }
                return false
            case "time":
                if timeDatetime == nil { timeDatetime = n.attribute("datetime") }
                return true
            case "script":
                if n.attribute("type")?.lowercased() == "application/ld+json" { jsonLD.append(n.allText) }
                return false
            case "html":
                if language == nil { language = n.attribute("lang") }
                return true
            default:
                if n.attribute("itemprop") == "datePublished", meta["datepublished"] == nil,
                    let v = n.attribute("datetime") ?? n.attribute("content")
                {
                    meta["datepublished"] = v
                }
                return true
            }
        })
        var m = ArticleMetadata()
        let ld = jsonLD.compactMap(parseJSONLD).first
        m.title = clean(meta["og:title"] ?? ld?.headline ?? titleTag)
        m.site = clean(meta["og:site_name"])
        m.byline = clean(meta["author"] ?? ld?.author)
        m.url = clean(canonical ?? meta["og:url"])
        let dateCandidates = [
            meta["article:published_time"], ld?.datePublished, meta["datepublished"], meta["date"],
            meta["pubdate"], meta["dc.date"], timeDatetime,
        ]
        m.published = dateCandidates.lazy.compactMap { $0.flatMap(isoDate) }.first
        if let lang = language?.lowercased().split(separator: "-").first, !lang.isEmpty {
            m.language = String(lang)
        }
        return m
    }

    /// The fields Blotter reads from a JSON-LD block.
    struct LinkedData {
        var headline: String?
        var datePublished: String?
        var author: String?
    }

    /// Finds the first object (searching arrays and `@graph`) with a `datePublished` or `headline`.
    static func parseJSONLD(_ body: String) -> LinkedData? {
        guard let data = body.data(using: .utf8),
            let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return nil }
        var queue: [Any] = [json]
        var seen = 0
        while !queue.isEmpty, seen < 1000 {
            let item = queue.removeFirst()
            seen += 1
            if let array = item as? [Any] {
                queue.append(contentsOf: array)
            } else if let obj = item as? [String: Any] {
                if obj["datePublished"] != nil || obj["headline"] != nil {
                    var ld = LinkedData()
                    ld.headline = obj["headline"] as? String
                    ld.datePublished = obj["datePublished"] as? String
                    if let a = obj["author"] as? [String: Any] {
                        ld.author = a["name"] as? String
                    } else if let a = (obj["author"] as? [Any])?.first as? [String: Any] {
                        ld.author = a["name"] as? String
                    } else {
                        ld.author = obj["author"] as? String
                    }
                    return ld
                }
                if let graph = obj["@graph"] { queue.append(graph) }
            }
        }
        return nil
    }

    /// `YYYY-MM-DD` from the start of an ISO-like date string, when it is a real date.
    static func isoDate(_ s: String) -> String? {
        let t = s.trimmingCharacters(in: .whitespaces)
        guard t.count >= 10 else { return nil }
        let head = String(t.prefix(10))
        return PublishedDate.validate(head) ? head : nil
    }

    private static func clean(_ s: String?) -> String? {
        guard let s else { return nil }
        let t = s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return t.isEmpty ? nil : t
    }
}
