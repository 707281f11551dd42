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
        /// "last", "next" or "this" before a weekday.
        var relative: String? = nil
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
    static let numeric = compilePattern("(?<![\\d/.])(?<a>[0-3]?\\d)/(?<b>[0-3]?\\d)/(?<y>(?:19|20)?\\d\\d)(?![\\d/])")
    /// "on 3/8", "from 14/11": a day and month without a year, taken only after a word that
    /// leads to a date, and not as a fraction ("3/4 of"), a score or "24/7".
    static let numericShort = compilePattern(
        "(?<=\\b(?:[Oo]n|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]y|[Ss]ince|[Bb]efore|[Aa]fter|[Bb]etween|and|to|dated)\\s)(?<a>[0-3]?\\d)/(?<b>[0-3]?\\d)(?![\\d/]|\\s+of\\b|\\s*%|\\s+(?:cup|mile|inch|pint)s?\\b)")
    /// "June 2017", "July 2021": a month and year without a day.
    static let monthYear = compilePattern("(?<mon>\(monthPattern))\\s+(?<y>(?:19|20)\\d\\d)(?!\\d)")
    /// A month alone used as a time reference: "in November", "Since July", "mid-July",
    /// "November’s national operation".
    static let monthAlone = compilePattern(
        "(?:(?<=\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Ff]rom|[Tt]hroughout|[Ff]or|[Ee]arly|[Ll]ate|[Tt]his|[Ll]ast|[Nn]ext)\\s)|\\b[Mm]id-)?(?<mon>\(monthPattern))(?<poss>[’']s)?(?![\\s-]*\\d)")
    static let weekdayAlone = compilePattern("(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his)\\s+)?(?<wd>\(weekdayPattern.replacingOccurrences(of: "(?!\\p{L})", with: "s?(?!\\p{L})")))")
    /// "November 14 and 20th", "April 4-10, 2005": the second day borrows the month (and year).
    static let monthDayRange = compilePattern(
        "(?<mon>\(monthPattern))\\s+(?<d1>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\\s*(?:-|–|to|and|until|through)\\s*(?<d2>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\\d:]|\\s+\(monthPattern))"
            + "(?:,?\\s+(?<y>(?:19|20)\\d\\d)(?!\\d))?")
    /// "Between April 24 and March 25": a reporting period written with two-digit years, told
    /// apart from days because the second month comes before the first in the next year.
    static let monthYearPeriod = compilePattern(
        "\\b(?:[Bb]etween|[Ff]rom)\\s+(?<mon>\(monthPattern))\\s+(?<y1>\\d\\d)\\s+(?:and|to|until|-|–)\\s+(?<mon2>\(monthPattern))\\s+(?<y2>\\d\\d)(?![\\d:])")
    /// "19th - 20th September 2020": the first day borrows the month (and year).
    static let dayDayMonthRange = compilePattern(
        "(?:(?<wd1>\(weekdayPattern)),?\\s+)?(?<![\\d.,])\\b(?<d1>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\\s*(?:-|–|to|and|until)\\s*(?:(?<wd2>\(weekdayPattern)),?\\s+)?(?<d2>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:\\s+of)?\\s+(?<mon>\(monthPattern))"
            + "(?:,?\\s+(?<y>(?:19|20)\\d\\d)(?!\\d))?")

    static func apply(_ doc: TextDocument, monthFirst: Bool) -> [Found] {
        var out: [Found] = []
        func add(_ f: Found) {
            if !out.contains(where: { NSIntersectionRange($0.range, f.range).length > 0 }) { out.append(f) }
        }
        for f in periods(doc) + ranges(doc) { out.append(f) }
        for regex in [dayMonth, monthDay] {
            for m in doc.matches(regex) {
                guard let mon = m.group("mon").flatMap({ month(doc.string($0)) }),
                    let d = m.group("d").flatMap({ Int(doc.string($0)) }), d <= PublishedDate.daysIn(month: mon, year: 2024)
                else { continue }
                let y = m.group("y").flatMap { Int(doc.string($0)) }
                add(Found(range: trimmed(m.range, doc), year: y, month: mon, day: d, weekday: m.group("wd").flatMap { weekday(doc.string($0)) }))
            }
        }
        for m in doc.matches(monthYear) {
            guard let mon = m.group("mon").flatMap({ month(doc.string($0)) }), let y = m.group("y").flatMap({ Int(doc.string($0)) }) else { continue }
            add(Found(range: m.range, year: y, month: mon, day: nil, weekday: nil))
        }
        for m in doc.matches(monthAlone) {
            guard let monRange = m.group("mon"), let mon = month(doc.string(monRange)) else { continue }
            // Without a lead word ("in", "mid-") or a possessive, a capitalised month may be a name.
            guard m.range.location < monRange.location || m.group("poss") != nil || hasLead(monRange, doc) else { continue }
            add(Found(range: m.range, year: nil, month: mon, day: nil, weekday: nil))
        }
        for m in doc.cues.any(["/"]) ? doc.matches(numericShort) : [] where doc.string(m.range) != "24/7" {
            guard let a = m.group("a").flatMap({ Int(doc.string($0)) }), let b = m.group("b").flatMap({ Int(doc.string($0)) }) else { continue }
            let orders = monthFirst ? [(a, b), (b, a)] : [(b, a), (a, b)]
            guard let (mon, d) = orders.first(where: { (1...12).contains($0.0) && $0.1 >= 1 && $0.1 <= PublishedDate.daysIn(month: $0.0, year: 2024) })
            else { continue }
            add(Found(range: m.range, year: nil, month: mon, day: d, weekday: nil))
        }
        for m in doc.matches(numeric) {
            guard let a = m.group("a").flatMap({ Int(doc.string($0)) }), let b = m.group("b").flatMap({ Int(doc.string($0)) }),
                var y = m.group("y").flatMap({ Int(doc.string($0)) })
            else { continue }
            if y < 100 { y += 2000 }
            // The text's convention first; the other order when that cannot be a date (04/24/2023).
            let orders = monthFirst ? [(a, b), (b, a)] : [(b, a), (a, b)]
            guard let (mon, d) = orders.first(where: { (1...12).contains($0.0) && $0.1 >= 1 && $0.1 <= PublishedDate.daysIn(month: $0.0, year: y) })
            else { continue }
            add(Found(range: m.range, year: y, month: mon, day: d, weekday: nil))
        }
        let named = weekdayNames(doc)
        for m in doc.matches(weekdayAlone) {
            guard let wd = m.group("wd").flatMap({ weekday(doc.string($0)) }) else { continue }
            if named.contains(where: { NSIntersectionRange($0.range, m.range).length > 0 }) { continue }  // "Sheffield Wednesday"
            if named.contains(where: { $0.club && $0.weekday == wd }), m.group("rel") == nil, !hasDateLead(m.range, doc) { continue }
            if let w = m.group("wd"), w.length <= 4, !isWeekdayContext(w, doc) { continue }  // "Sun" the paper, "Sat" the verb
            let rel = m.group("rel").map { doc.string($0).lowercased() }
            add(Found(range: m.range, year: nil, month: nil, day: nil, weekday: wd, relative: rel))
        }
        return out.sorted { $0.range.location < $1.range.location }
    }

    /// Names holding a weekday that are not dates (`Lexicons/weekday-names.tsv`).
    private static let nameRows: [(name: String, club: Bool)] = Lexicon.rows("weekday-names").map {
        ($0[0], $0.count > 1 && $0[1] == "club")
    }
    private static let namePattern = compilePattern("\\b(?:\(Lexicon.alternation(nameRows.map(\.name))))\\b")
    private static let dateLead = compilePattern(
        "\\b(?:on|by|from|until|till|since|each|every|between|early|late)\\s+$", caseInsensitive: true)

    /// Where the text names something after a weekday, and whether it is a club.
    private static func weekdayNames(_ doc: TextDocument) -> [(range: NSRange, weekday: Int?, club: Bool)] {
        guard doc.cues.any(nameRows.map { $0.name.lowercased() }) else { return [] }
        return doc.matches(namePattern).map { m in
            let name = doc.string(m.range)
            let wd = name.split(separator: " ").last.flatMap { weekday(String($0)) }
            return (m.range, wd, nameRows.first { $0.name == name }?.club ?? false)
        }
    }

    /// "on Wednesday", "until Friday": a word that makes a bare weekday a time.
    private static func hasDateLead(_ r: NSRange, _ doc: TextDocument) -> Bool {
        let before = doc.before(r.location, 16)
        return dateLead.firstMatch(in: before) != nil
    }

    private static func periods(_ doc: TextDocument) -> [Found] {
        doc.matches(monthYearPeriod).flatMap { m -> [Found] in
            guard let m1 = m.group("mon").flatMap({ month(doc.string($0)) }), let m2 = m.group("mon2").flatMap({ month(doc.string($0)) }),
                let y1 = m.group("y1").flatMap({ Int(doc.string($0)) }), let y2 = m.group("y2").flatMap({ Int(doc.string($0)) }),
                y2 == y1 + 1, m2 <= m1, let r1 = m.group("y1"), let r2 = m.group("mon2")
            else { return [] }
            let start = r1.location - (m.group("mon")?.location ?? r1.location)
            let first = NSRange(location: r1.location - start, length: start + r1.length)
            let second = NSRange(location: r2.location, length: m.range.location + m.range.length - r2.location)
            return [
                Found(range: first, year: 2000 + y1, month: m1, day: nil, weekday: nil),
                Found(range: second, year: 2000 + y2, month: m2, day: nil, weekday: nil),
            ]
        }
    }

    /// Both ends of a day range. The end written in full has its own span; the end that
    /// borrows its month has the whole range as its span.
    private static func ranges(_ doc: TextDocument) -> [Found] {
        var out: [Found] = []
        for (regex, monthFirst) in [(monthDayRange, true), (dayDayMonthRange, false)] {
            for m in doc.matches(regex) {
                guard let mon = m.group("mon").flatMap({ month(doc.string($0)) }),
                    let d1 = m.group("d1").flatMap({ Int(doc.string($0)) }), let d2 = m.group("d2").flatMap({ Int(doc.string($0)) }),
                    let d1r = m.group("d1"), d1 < d2, d2 <= PublishedDate.daysIn(month: mon, year: 2024)
                else { continue }
                let y = m.group("y").flatMap { Int(doc.string($0)) }
                let whole = m.range
                if monthFirst {
                    let firstEnd = NSRange(location: whole.location, length: d1r.location + d1r.length - whole.location)
                    out.append(Found(range: y == nil ? firstEnd : whole, year: y, month: mon, day: d1, weekday: nil))
                    out.append(Found(range: whole, year: y, month: mon, day: d2, weekday: nil))
                } else if let d2r = m.group("d2") {
                    // "Monday 14 and Sunday 20 October": each day keeps its own weekday.
                    let wd1 = m.group("wd1").flatMap { weekday(doc.string($0)) }
                    let wd2r = m.group("wd2")
                    out.append(Found(range: whole, year: y, month: mon, day: d1, weekday: wd1))
                    let secondStart = wd2r?.location ?? d2r.location
                    let secondEnd = NSRange(location: secondStart, length: whole.location + whole.length - secondStart)
                    out.append(Found(range: secondEnd, year: y, month: mon, day: d2, weekday: wd2r.flatMap { weekday(doc.string($0)) }))
                }
            }
        }
        return out
    }

    static func month(_ s: String) -> Int? {
        var key = s.hasSuffix(".") ? String(s.dropLast()) : s
        key = key.prefix(1).uppercased() + key.dropFirst().lowercased()
        return months[key]
    }

    static func weekday(_ s: String) -> Int? {
        var key = s.hasSuffix(".") ? String(s.dropLast()) : s
        if key.count > 6, key.hasSuffix("s") { key.removeLast() }  // "Fridays"
        key = key.prefix(1).uppercased() + key.dropFirst().lowercased()
        return weekdays[key]
    }

    private static let monthLead = compilePattern(
        "\\b(?:in|since|during|until|by|from|throughout|for|early|late|this|last|next)\\s+$", caseInsensitive: true)

    /// Whether a preposition or time word stands right before the month.
    private static func hasLead(_ r: NSRange, _ doc: TextDocument) -> Bool {
        let before = doc.before(r.location, 12)
        return monthLead.firstMatch(in: before) != nil
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
