import Foundation

/// Publication dates written in the ways pages write them: ISO timestamps, a date in the
/// URL path, and "Published 20 July 2013" / "Posted on July 20, 2013" lines.
enum DateFinder {
    private static let urlPattern = try? NSRegularExpression(
        pattern: "/((?:19|20)\\d\\d)[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)")
    private static let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    private static let monthName =
        "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?"
    private static let lead = "^\\s*(?:first\\s+)?(?:published|posted)(?:\\s+on)?\\s*:?\\s*(?:[a-z]+day,?\\s+)?"
    private static let dayFirst = try? NSRegularExpression(
        pattern: lead + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + monthName + ",?\\s+((?:19|20)\\d\\d)", options: [.caseInsensitive])
    private static let monthFirst = try? NSRegularExpression(
        pattern: lead + monthName + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)", options: [.caseInsensitive])

    /// `YYYY-MM-DD` from the start of an ISO-like date string, when it is a real date.
    static func isoDate(_ s: String) -> String? {
        let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
        guard t.count >= 10 else { return nil }
        let head = String(t.prefix(10))
        return PublishedDate.validate(head) ? head : nil
    }

    /// A `/2013/07/20/` or `/2013-07-20` date in a URL.
    static func urlDate(_ url: String) -> String? {
        guard let re = urlPattern, let m = re.firstMatch(in: url, range: NSRange(url.startIndex..., in: url)),
            let y = group(m, 1, url).flatMap({ Int($0) }), let mo = group(m, 2, url).flatMap({ Int($0) }),
            let d = group(m, 3, url).flatMap({ Int($0) })
        else { return nil }
        return validated(y, mo, d)
    }

    /// The date of a "Published 20 July 2013" or "Posted on July 20, 2013" line.
    static func datelineDate(_ line: String) -> String? {
        let range = NSRange(line.startIndex..., in: line)
        if let re = dayFirst, let m = re.firstMatch(in: line, range: range),
            let d = group(m, 1, line).flatMap({ Int($0) }), let mo = group(m, 2, line).flatMap(month),
            let y = group(m, 3, line).flatMap({ Int($0) })
        {
            return validated(y, mo, d)
        }
        if let re = monthFirst, let m = re.firstMatch(in: line, range: range),
            let mo = group(m, 1, line).flatMap(month), let d = group(m, 2, line).flatMap({ Int($0) }),
            let y = group(m, 3, line).flatMap({ Int($0) })
        {
            return validated(y, mo, d)
        }
        return nil
    }

    private static func month(_ name: String) -> Int? {
        months.firstIndex(of: String(name.lowercased().prefix(3))).map { $0 + 1 }
    }

    private static func group(_ m: NSTextCheckingResult, _ i: Int, _ s: String) -> String? {
        Range(m.range(at: i), in: s).map { String(s[$0]) }
    }

    private static func validated(_ y: Int, _ m: Int, _ d: Int) -> String? {
        let s = PublishedDate.format(year: y, month: m, day: d)
        return PublishedDate.validate(s) ? s : nil
    }
}
