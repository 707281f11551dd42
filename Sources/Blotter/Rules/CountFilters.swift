import Foundation

/// Numbers that look like counts but are not: years, ages, clock times, road and house
/// numbers, percentages, and a lone "one" that introduces rather than counts.
enum CountFilters {
    private static let yearLead = compilePattern(
        "\\b(?:in|since|during|of|from|by|until|till|between|and|to|early|late|for|year|summer|winter|spring|autumn|fall|january|february|march|april|may|june|july|august|september|october|november|december)\\s+$",
        caseInsensitive: true)
    /// "aged 24 and " before a number: an age.
    private static let ageLead = compilePattern("\\baged\\s+(?:\\d+\\s*(?:,|and|to|-)\\s*)*$", caseInsensitive: true)
    private static let oneLead = compilePattern(
        "\\b(?:in|at|on|while|with|from|into|for|during|after|only|just|than|no|by)\\s+$", caseInsensitive: true)

    private static let tallyNumber = compilePattern(
        "(?:,|\\band)\\s+(?:\\d+|two|three|four|five|six|seven|eight|nine|ten)\\b|\\b(?:\\d+|two|three|four|five|six|seven|eight|nine|ten)\\s+[\\p{L}]+,\\s*$",
        caseInsensitive: true)

    /// True when the matched number is a year, an address number or part of a time or code.
    static func isNotACount(_ raw: String, _ value: Double, _ range: NSRange, _ doc: TextDocument) -> Bool {
        let before = doc.before(range.location, 24)
        let after = doc.after(range.location + range.length, 3)
        if raw.count == 4, raw.allSatisfy(\.isNumber), (1900...2100).contains(value),
            yearLead.firstMatch(in: before) != nil
        {
            return true
        }
        if let last = before.last, last == "£" || last == "$" || last == "€" || last == "#" || last == "/" || last == ":" || last == "." { return true }
        if after.hasPrefix("%") || after.hasPrefix("-year") || after.hasPrefix(":") || after.hasPrefix("/") { return true }
        // "two men aged 24 and 31": ages.
        if ageLead.firstMatch(in: before) != nil { return true }
        // "20 October": a day of the month.
        let next = doc.after(range.location + range.length, 12).drop(while: { $0 == " " }).prefix(while: \.isLetter)
        if next.count >= 3, DateRule.month(String(next)) != nil, next.first?.isUppercase == true { return true }
        return value <= 0
    }

    /// "police in England and Wales recorded about 54,000 knife offences": crimes counted in
    /// statistics, not charges laid.
    static func isCrimeStatistic(_ range: NSRange, _ doc: TextDocument) -> Bool {
        guard let sentence = doc.sentenceRange(containing: range.location) else { return false }
        let s = doc.string(sentence).lowercased()
        return !s.contains("charg") && ["recorded", "statistic", "figures", "reported to police", "crime survey"].contains { s.contains($0) }
    }

    /// "One" counts only in a result or tally, not when it introduces ("In one raid …").
    static func oneIsATally(_ range: NSRange, _ doc: TextDocument) -> Bool {
        let before = doc.before(range.location, 24)
        if oneLead.firstMatch(in: before) != nil { return false }
        if doc.after(range.location, 12).lowercased().hasPrefix("one of") { return false }
        guard let sentence = doc.sentenceRange(containing: range.location) else { return false }
        let s = doc.string(sentence).lowercased()
        if ["arrest", "charged", "seized", "recovered", "detained", "found", "custody", "summons", "cited", "booked", "remanded", "jailed"]
            .contains(where: s.contains)
        {
            return true
        }
        // A tally: other numbers stand in the same list ("two residential properties, one business").
        let around = doc.before(range.location, 40) + " " + doc.after(range.location + range.length, 40)
        return tallyNumber.firstMatch(in: around) != nil
    }
}
