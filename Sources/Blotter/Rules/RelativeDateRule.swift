import Foundation

/// Days and months named relative to publication: "yesterday", "today", "last night",
/// "this morning", "tomorrow", "earlier this month", "last month". They become `relative`
/// items; with a publication date, `resolved_date` gives the day or month they mean
/// ("last night" is the evening before publication). The calendar dates a text writes are
/// left to ``DateRule``.
enum RelativeDateRule {
    static let id = "time.relative"

    private static let regex = compilePattern(
        "\\b(?<words>yesterday|today|tonight|tomorrow|last\\s+night|this\\s+(?:morning|afternoon|evening)|(?:earlier\\s+|later\\s+)?this\\s+month|last\\s+month|earlier\\s+this\\s+week|last\\s+week|the\\s+day\\s+before)\\b",
        caseInsensitive: true)

    /// Day offsets from publication; month words are handled apart.
    private static let dayOffsets: [String: Int] = [
        "yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "last night": -1, "this morning": 0,
        "this afternoon": 0, "this evening": 0,
    ]

    static func apply(_ doc: TextDocument, published: (year: Int, month: Int, day: Int)?) -> [TimeRecord] {
        guard doc.cues.any(["yesterday", "today", "tonight", "tomorrow", "last", "this"]) else { return [] }
        return doc.matches(regex).compactMap { m in
            guard let w = m.group("words") else { return nil }
            let words = doc.string(w).lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            var t = TimeRecord(kind: .relative, text: doc.string(w), span: doc.span(w), rule: id)
            t.relative = words
            if let p = published { t.resolvedDate = resolve(words, published: p) }
            return t
        }
    }

    private static func resolve(_ words: String, published p: (year: Int, month: Int, day: Int)) -> String? {
        if let offset = dayOffsets[words] {
            let d = PublishedDate.date(fromDayNumber: PublishedDate.dayNumber(year: p.year, month: p.month, day: p.day) + offset)
            return PublishedDate.format(year: d.year, month: d.month, day: d.day)
        }
        if words.hasSuffix("this month") { return String(format: "%04d-%02d", p.year, p.month) }
        if words == "last month" { return p.month == 1 ? String(format: "%04d-12", p.year - 1) : String(format: "%04d-%02d", p.year, p.month - 1) }
        return nil
    }
}
