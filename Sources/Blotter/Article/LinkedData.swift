import Foundation

/// The fields Blotter reads from a page's JSON-LD (`<script type="application/ld+json">`).
struct LinkedData: Sendable, Equatable {
    var headline: String?
    var datePublished: String?
    var author: String?
    var publisher: String?
    var url: String?
    var language: String?

    /// The first object (searching arrays and `@graph`, breadth first) that has a
    /// `datePublished` or `headline`; nil when the block is not JSON or has neither.
    static func parse(_ body: String) -> LinkedData? {
        guard let data = body.data(using: .utf8),
            let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return nil }
        var queue: [Any] = [json]
        var next = 0
        while next < queue.count, next < 1000 {
            let item = queue[next]
            next += 1
            if let array = item as? [Any] {
                queue.append(contentsOf: array)
            } else if let obj = item as? [String: Any] {
                if obj["datePublished"] != nil || obj["headline"] != nil { return LinkedData(obj) }
                if let graph = obj["@graph"] { queue.append(graph) }
            }
        }
        return nil
    }

    init(_ obj: [String: Any]) {
        headline = obj["headline"] as? String
        datePublished = obj["datePublished"] as? String
        author = LinkedData.name(obj["author"])
        publisher = LinkedData.name(obj["publisher"])
        url = (obj["url"] as? String) ?? LinkedData.name(obj["mainEntityOfPage"], key: "@id")
        language = obj["inLanguage"] as? String
    }

    /// A name from a string, an object with `name`, or the first of an array of either.
    private static func name(_ value: Any?, key: String = "name") -> String? {
        if let s = value as? String { return s }
        if let o = value as? [String: Any] { return o[key] as? String }
        if let a = value as? [Any], let first = a.first { return name(first, key: key) }
        return nil
    }
}
