import Foundation

/// One document handed over as a JSON line (the shape Spark's `RDD.pipe`, GNU parallel or a
/// shell pipeline produces): `{"id": …, "html": …}` or `{"id": …, "text": …}`, with optional
/// `url` and `published`.
enum JSONLineInput {
    /// The document's bytes, format and metadata from one line, or an error naming the line.
    static func parse(_ line: String, source: String) throws -> Document {
        guard let data = line.data(using: .utf8),
            let obj = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        else {
            throw InputError(.invalidJSONL, source: source, "line is not a JSON object")
        }
        let body: String
        let format: InputFormat
        if let h = obj["html"] {
            guard let s = h as? String else { throw InputError(.invalidJSONL, source: source, "\"html\" is not a string") }
            (body, format) = (s, .html)
        } else if let t = obj["text"] {
            guard let s = t as? String else { throw InputError(.invalidJSONL, source: source, "\"text\" is not a string") }
            (body, format) = (s, .text)
        } else {
            throw InputError(.invalidJSONL, source: source, "line has neither \"html\" nor \"text\"")
        }
        var url: String?
        if let u = obj["url"], !(u is NSNull) {
            guard let s = u as? String else { throw InputError(.invalidJSONL, source: source, "\"url\" is not a string") }
            url = s
        }
        var published: String?
        if let p = obj["published"], !(p is NSNull) {
            guard let s = p as? String, let iso = s.count >= 10 ? String(s.prefix(10)) : nil, PublishedDate.validate(iso) else {
                throw InputError(.invalidJSONL, source: source, "\"published\" is not a YYYY-MM-DD date")
            }
            published = iso
        }
        return Document(bytes: Array(body.utf8), format: format, url: url, published: published)
    }

    /// What one line holds.
    struct Document {
        var bytes: [UInt8]
        var format: InputFormat
        var url: String?
        var published: String?
    }

    /// The `id` of a line (a string or a number), read without parsing the rest deeply.
    static func id(in line: String) -> String? {
        guard let data = line.data(using: .utf8),
            let obj = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        else { return nil }
        switch obj["id"] {
        case let s as String: return s
        case let n as NSNumber: return n.stringValue
        default: return nil
        }
    }
}
