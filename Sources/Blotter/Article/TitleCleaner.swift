import Foundation

/// Splits a `<title>` like "Man arrested in Leeds | Yorkshire Post" into the headline and
/// the site name.
enum TitleCleaner {
    private static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » "]

    /// The headline without a trailing (or leading) site name, and that site name.
    /// `site` (e.g. from `og:site_name`) is removed wherever it sits.
    static func split(_ title: String, site: String? = nil) -> (title: String, site: String?) {
        if let site, !site.isEmpty {
            for sep in separators {
                if title.hasSuffix(sep + site) { return (String(title.dropLast(sep.count + site.count)), site) }
                if title.hasPrefix(site + sep) { return (String(title.dropFirst(sep.count + site.count)), site) }
            }
        }
        for sep in separators {
            guard let r = title.range(of: sep, options: .backwards) else { continue }
            let head = String(title[..<r.lowerBound])
            let tail = String(title[r.upperBound...])
            if isSiteName(tail), head.count >= tail.count { return (head, tail) }
        }
        return (title, site)
    }

    /// Short and title-like: at most five words and 40 characters.
    private static func isSiteName(_ s: String) -> Bool {
        !s.isEmpty && s.count <= 40 && s.split(separator: " ").count <= 5
    }
}
