import Foundation

/// Times: clock times, clock ranges ("from 6pm until 3am", flagged overnight when the end is
/// before the start), dates, weekdays and relative days ("yesterday"). Year-less dates and weekdays are resolved against
/// the publication date when it is known, and marked `resolved`.
enum TimeExtractor {
    /// Words that join two clock times into a range.
    private static let rangeJoin = compilePattern("^\\s*(?:until|till|til|to|and|through|-|–|—)\\s*$", caseInsensitive: true)
    private static let rangeLead = compilePattern("\\b(?<lead>from|between)\\s+$", caseInsensitive: true)

    static func extract(_ doc: TextDocument, _ context: ExtractionContext) -> [TimeRecord] {
        var items = clockItems(doc)
        let pub = context.published.flatMap(PublishedDate.parse)
        for f in DateRule.apply(doc, monthFirst: context.country == "US") {
            items.append(dateItem(f, doc, published: pub))
        }
        for r in RelativeDateRule.apply(doc, published: pub) where !items.contains(where: { $0.span.overlaps(r.span) }) {
            items.append(r)
        }
        items.sort { $0.span < $1.span }
        for i in items.indices { items[i].id = "t\(i + 1)" }
        return items
    }

    /// Clock times, with neighbours joined into ranges.
    private static func clockItems(_ doc: TextDocument) -> [TimeRecord] {
        let clocks = ClockRule.apply(doc)
        var items: [TimeRecord] = []
        var i = 0
        while i < clocks.count {
            let a = clocks[i]
            if i + 1 < clocks.count, let range = joinedRange(a, clocks[i + 1], doc) {
                let b = clocks[i + 1]
                var t = TimeRecord(kind: .clockRange, text: doc.string(range), span: doc.span(range), rule: "time.clock_range")
                t.start = a.hhmm
                t.end = b.hhmm
                t.overnight = b.minutes < a.minutes
                items.append(t)
                i += 2
                continue
            }
            var t = TimeRecord(kind: .clock, text: doc.string(a.range), span: doc.span(a.range), rule: ClockRule.id)
            t.clock = a.hhmm
            items.append(t)
            i += 1
        }
        return items
    }

    /// The range "from A until B" / "between A and B" / "A-B", or nil when A and B are apart.
    private static func joinedRange(_ a: ClockRule.Clock, _ b: ClockRule.Clock, _ doc: TextDocument) -> NSRange? {
        let gapStart = a.range.location + a.range.length
        guard b.range.location >= gapStart, b.range.location - gapStart <= 12 else { return nil }
        let gap = doc.string(NSRange(location: gapStart, length: b.range.location - gapStart))
        guard rangeJoin.firstMatch(in: gap) != nil else { return nil }
        let before = doc.before(a.range.location, 10)
        let lead = rangeLead.firstMatch(in: before)
        let isAnd = gap.trimmingCharacters(in: .whitespaces).lowercased() == "and"
        if isAnd, lead.map({ (before as NSString).substring(with: $0.range(withName: "lead")).lowercased() }) != "between" { return nil }
        let start = lead.map { a.range.location - ((before as NSString).length - $0.range.location) } ?? a.range.location
        return NSRange(location: start, length: b.range.location + b.range.length - start)
    }

    /// A date or weekday as a record, resolved against the publication date when known.
    private static func dateItem(_ f: DateRule.Found, _ doc: TextDocument, published: (year: Int, month: Int, day: Int)?) -> TimeRecord {
        let names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        var t = TimeRecord(kind: f.month == nil ? .weekday : .date, text: doc.string(f.range), span: doc.span(f.range), rule: DateRule.id)
        t.weekday = f.weekday.map { names[$0 - 1] }
        if let month = f.month, f.day == nil {
            t.date = f.year.map { String(format: "%04d-%02d", $0, month) } ?? String(format: "--%02d", month)
        } else if let month = f.month, let day = f.day {
            if let y = f.year {
                t.date = PublishedDate.format(year: y, month: month, day: day)
            } else if let p = published {
                let pubDay = PublishedDate.dayNumber(year: p.year, month: p.month, day: p.day)
                var y = p.year
                if PublishedDate.dayNumber(year: y, month: month, day: day) > pubDay + 31 { y -= 1 }
                t.date = PublishedDate.format(year: y, month: month, day: day)
                t.resolved = true
            } else {
                t.date = String(format: "--%02d-%02d", month, day)
            }
        } else if let wd = f.weekday, let p = published {
            let d = resolve(weekday: wd, relative: f.relative, published: p)
            t.date = PublishedDate.format(year: d.year, month: d.month, day: d.day)
            t.resolved = true
        }
        return t
    }

    /// The date a weekday names: the latest such day on or before publication ("on Friday"),
    /// strictly before it after "last", the next one after "next".
    static func resolve(weekday wd: Int, relative: String?, published p: (year: Int, month: Int, day: Int)) -> (year: Int, month: Int, day: Int) {
        let pubDay = PublishedDate.dayNumber(year: p.year, month: p.month, day: p.day)
        let pubWeekday = PublishedDate.weekdayIndex(year: p.year, month: p.month, day: p.day) + 1
        let back = (pubWeekday - wd + 7) % 7
        let delta: Int
        if relative == "next" {
            delta = (wd - pubWeekday + 7) % 7 == 0 ? 7 : (wd - pubWeekday + 7) % 7
        } else if relative == "last" {
            delta = back == 0 ? -7 : -back
        } else {
            delta = -back
        }
        return PublishedDate.date(fromDayNumber: pubDay + delta)
    }
}
