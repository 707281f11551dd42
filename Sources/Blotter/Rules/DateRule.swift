import Foundation

/// Calendar dates and weekdays: "July 20", "20 July", "20th July 2023", "July 20, 2023",
/// "Monday 3 June", "Friday, May 16, 2014", "Sunday night September 22", "Dec. 18",
/// "3/6/2023" (day first unless the text is American), and weekdays on their own.
enum DateRule {
    static let id = "time.date"

    /// One date or weekday found in the text, before resolution.
    struct Found {
        var range: NSRange
        var year: Int?
        var month: Int?
        var day: Int?
        var weekday: Int?  // 1 = Monday … 7 = Sunday
    }

    static let months: [String: Int] = table("months")
    static let weekdays: [String: Int] = table("weekdays")

    /// Full month names capitalised or in capitals; abbreviations capitalised or in capitals, with an optional dot.
    private static let monthPattern: String = {
        var forms: [String] = []
        for (name, _) in months {
            if name.count > 4 || name == "June" || name == "July" || name == "May" {
                forms += [name, name.uppercased()]
            } else {
                forms += [name + ".", name, name.uppercased() + ".", name.uppercased()]
            }
        }
        return "(?<!\\p{L})(?:\(Lexicon.alternation(forms)))(?!\\p{L})"
    }()
    private static let weekdayPattern: String = {
        let forms = weekdays.keys.flatMap { $0.count > 4 ? [$0, $0.uppercased()] : [$0 + ".", $0] }
        return "(?<!\\p{L})(?:\(Lexicon.alternation(forms)))(?!\\p{L})"
    }()
    private static let weekdayLead = "(?:(?<wd>\(weekdayPattern))(?:\\s+(?:morning|afternoon|evening|night))?,?\\s+(?:\\(\\s*)?)?"
    private static let ordinal = "(?<d>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    private static let year = "(?:,?\\s+(?<y>(?:19|20)\\d\\d)(?!\\d))?"

    static let dayMonth = compilePattern(weekdayLead + "(?:the\\s+)?(?<![\\d.,£$€])\\b" + ordinal + "(?:\\s+of)?\\s+(?<mon>\(monthPattern))" + year)
    static let monthDay = compilePattern(weekdayLead + "(?<mon>\(monthPattern))\\s+" + ordinal + "(?![\\d:.]\\d|\\s?[ap]\\.?m\\b)(?!\\p{L})" + year)
    static let numeric = compilePattern("(?<![\\d/.])(?<a>[0-3]?\\d)/(?<b>[01]?\\d)/(?<y>(?:19|20)?\\d\\d)(?![\\d/])")
    static let weekdayAlone = compilePattern("(?<wd>\(weekdayPattern))")

    static func apply(_ doc: TextDocument, monthFirst: Bool) -> [Found] {
        var out: [Found] = []
        func add(_ f: Found) {
            if !out.contains(where: { NSIntersectionRange($0.range, f.range).length > 0 }) { out.append(f) }
        }
        for regex in [dayMonth, monthDay] {
            for m in doc.matches(regex) {
                guard let mon = m.group("mon").flatMap({ month(doc.string($0)) }),
                    let d = m.group("d").flatMap({ Int(doc.string($0)) }), d <= PublishedDate.daysIn(month: mon, year: 2024)
                else { continue }
                let y = m.group("y").flatMap { Int(doc.string($0)) }
                add(Found(range: trimmed(m.range, doc), year: y, month: mon, day: d, weekday: m.group("wd").flatMap { weekday(doc.string($0)) }))
            }
        }
        for m in doc.matches(numeric) {
            guard let a = m.group("a").flatMap({ Int(doc.string($0)) }), let b = m.group("b").flatMap({ Int(doc.string($0)) }),
                var y = m.group("y").flatMap({ Int(doc.string($0)) })
            else { continue }
            if y < 100 { y += 2000 }
            let (mon, d) = monthFirst ? (a, b) : (b, a)
            guard (1...12).contains(mon), d >= 1, d <= PublishedDate.daysIn(month: mon, year: y) else { continue }
            add(Found(range: m.range, year: y, month: mon, day: d, weekday: nil))
        }
        for m in doc.matches(weekdayAlone) {
            guard let wd = m.group("wd").flatMap({ weekday(doc.string($0)) }) else { continue }
            let word = doc.string(m.range)
            if word.count <= 4, !isWeekdayContext(m.range, doc) { continue }  // "Sun" the paper, "Sat" the verb
            add(Found(range: m.range, year: nil, month: nil, day: nil, weekday: wd))
        }
        return out.sorted { $0.range.location < $1.range.location }
    }

    static func month(_ s: String) -> Int? {
        var key = s.hasSuffix(".") ? String(s.dropLast()) : s
        key = key.prefix(1).uppercased() + key.dropFirst().lowercased()
        return months[key]
    }

    static func weekday(_ s: String) -> Int? {
        var key = s.hasSuffix(".") ? String(s.dropLast()) : s
        key = key.prefix(1).uppercased() + key.dropFirst().lowercased()
        return weekdays[key]
    }

    /// An abbreviated weekday counts only after "on" or before a date-like word.
    private static func isWeekdayContext(_ r: NSRange, _ doc: TextDocument) -> Bool {
        doc.before(r.location, 4).lowercased().hasSuffix("on ")
    }

    /// Drops a trailing comma or opening bracket the weekday lead may have swallowed.
    private static func trimmed(_ r: NSRange, _ doc: TextDocument) -> NSRange {
        var len = r.length
        while len > 0, let c = UnicodeScalar(doc.ns.character(at: r.location + len - 1)),
            c == "," || c == " " || c == "("
        {
            len -= 1
        }
        return NSRange(location: r.location, length: len)
    }

    private static func table(_ name: String) -> [String: Int] {
        var t: [String: Int] = [:]
        for row in Lexicon.rows(name) where row.count >= 2 { t[row[0]] = Int(row[1]) }
        return t
    }
}
