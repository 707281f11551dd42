import Foundation

/// Clock times of day, UK and US styles: "6pm", "9.15pm", "9:15 p.m.", "11:03 PM", "21:15",
/// "2115hrs", "06:00hrs", "0800 BST", "noon", "midnight".
enum ClockRule {
    static let id = "time.clock"

    /// One clock time found in the text.
    struct Clock {
        var range: NSRange
        /// Minutes after midnight.
        var minutes: Int
        var hhmm: String { String(format: "%02d:%02d", minutes / 60, minutes % 60) }
    }

    private static let twelveHour = compilePattern(
        "(?<![\\d.:,£$€])\\b(?<h>1[0-2]|0?[1-9])(?:[.:](?<m>[0-5]\\d))?\\s?(?<ap>[ap]\\.\\s?m\\.?|[ap]\\s?m\\b)", caseInsensitive: true)
    private static let twentyFour = compilePattern(
        "(?<![\\d.:,£$€])\\b(?<h>[01]?\\d|2[0-3]):(?<m>[0-5]\\d)(?:\\s?(?:hrs|hours|h)\\b)?(?!\\d|:\\d|\\s?[ap]\\.?m\\b|-\\p{L})", caseInsensitive: true)
    private static let military = compilePattern(
        "(?<![\\d.:,£$€])\\b(?<h>[01]\\d|2[0-3])[.:]?(?<m>[0-5]\\d)\\s?(?:hrs|hours|h|BST|GMT)\\b", caseInsensitive: false)
    /// "from 0530", "By 1100,", "at 2140 that night": a bare four-digit 24-hour time, taken only
    /// after a word that leads to a time (see `isBareTime` for what else it must pass).
    private static let bare = compilePattern(
        "(?<=\\b(?:at|from|by|until|till|to|before|after|around|about|approximately|approx\\.|between|and|since)\\s)(?<h>[01]\\d|2[0-3])(?<m>[0-5]\\d)(?![\\d.,:/]\\d|[\\p{L}\\d-])",
        caseInsensitive: true)
    /// Words after a bare number that show it counts something or runs on into a code.
    private static let bareTail = compilePattern(
        "^(?:\\s*(?:and|to|-|–)\\s*\\d+)?\\s+(?<w1>[\\p{L}-]+)(?:\\s+(?<w2>[\\p{L}]+))?", caseInsensitive: false)

    /// Whether a bare "0530" is a time: not a year ("since 2009"; 1900–2059 only after "at",
    /// "around" or "about"), not a phone number or code ("0800 555 111"), not a count ("from
    /// 1100 officers"), not an address number ("at 1100 Main Street").
    private static func isBareTime(_ m: NSTextCheckingResult, _ doc: TextDocument) -> Bool {
        let raw = doc.string(m.range)
        let lead = doc.before(m.range.location, 16).lowercased()
        if let v = Int(raw), (1900...2059).contains(v),
            !["at ", "around ", "about ", "approximately "].contains(where: { lead.hasSuffix($0) })
        {
            return false
        }
        let end = m.range.location + m.range.length
        let after = doc.after(end, 40)
        // "0800 555 111", "1100 (", "1200%": a phone number, a code or a share.
        let next = after.first == " " ? after.dropFirst().first : after.first
        if let c = next, c.isNumber || c == "(" || c == "%" { return false }
        let firstWord = after.drop(while: { $0 == " " }).prefix(while: \.isLetter).lowercased()
        if ["a", "an", "per", "each", "every", "percent", "million", "billion", "thousand", "of"].contains(firstWord) { return false }
        if let t = bareTail.firstMatch(in: after) {
            // A count is never written with a leading zero: "at 0530 officers" is a time.
            let words = [t.group("w1"), t.group("w2")].compactMap { $0.map { (after as NSString).substring(with: $0) } }
            if !raw.hasPrefix("0"), words.contains(where: { CountVocabulary.unit(of: $0) != nil }) { return false }
            let nextWord = after.drop(while: { $0 == " " }).prefix(while: \.isLetter)
            if nextWord.first?.isUppercase == true, !PlaceLexicons.timeWords.contains(String(nextWord)),
                !["BST", "GMT", "NZST", "NZDT", "AEST", "AEDT", "IST", "UTC"].contains(String(nextWord))
            {
                return false  // "at 1100 Main Street"
            }
        }
        return true
    }

    /// "at 10.45 on Sunday morning", "around 9.30 that night": a dotted time with no am/pm,
    /// taken only when a part of the day follows it (which also says morning or evening).
    private static let dotted = compilePattern(
        "(?<=\\b(?:at|around|about|from|until|till|by|after|before|approximately)\\s)(?<h>1[0-2]|0?[1-9])[.:](?<m>[0-5]\\d)(?![\\d.,])"
            + "(?=\\s+(?:(?:on\\s+)?(?:\\p{Lu}\\p{Ll}+day\\s+)?(?<part>morning|afternoon|evening|night)|(?:in\\s+the|that|this|last|on\\s+\\p{Lu}\\p{Ll}+day)\\s+(?<part2>morning|afternoon|evening|night)))",
        caseInsensitive: true)

    /// "till five in the morning", "around 2 in the morning", "at nine at night".
    private static let hourOfDay = compilePattern(
        "(?<=\\b(?:at|around|about|till|until|from|by|after|before|since|to)\\s)(?<hour>\(hourWords)|1[0-2]|[1-9])\\s+(?:in\\s+the\\s+(?<part>morning|afternoon|evening)|at\\s+(?<night>night))\\b",
        caseInsensitive: true)
    /// "1130: Crowds gather": a bare 24-hour time that opens a line of timed updates.
    private static let lineStamp = compilePattern("(?m)^(?<h>[01]\\d|2[0-3])[.:]?(?<m>[0-5]\\d)(?=:\\s|\\s[-–—]\\s)")

    private static let named = compilePattern("\\b(?<word>midday|noon|midnight)\\b", caseInsensitive: true)
    /// "half past nine", "quarter to ten", "ten past six", "nine o'clock", optionally with am/pm
    /// or a part of the day after it ("half past nine last night" is 21:30).
    private static let spoken = compilePattern(
        "\\b(?:(?<frac>half|quarter|twenty-five|twenty|ten|five)\\s+(?<dir>past|to)\\s+(?<hour>\(hourWords)|1[0-2]|[1-9])|(?<oclock>\(hourWords)|1[0-2]|[1-9])\\s+o['’]clock)"
            + "(?:\\s?(?<ap>[ap]\\.\\s?m\\.?|[ap]m\\b))?(?<part>\\s+(?:in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night|last\\s+night|tonight|this\\s+(?:morning|afternoon|evening)))?",
        caseInsensitive: true)
    private static let hourWords = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"

    /// Minutes after midnight of a spoken time; the afternoon when am/pm or the part of day says so.
    private static func spokenMinutes(_ m: NSTextCheckingResult, _ doc: TextDocument) -> Int? {
        guard let hourText = (m.group("hour") ?? m.group("oclock")).map({ doc.string($0).lowercased() }),
            var hour = Int(hourText) ?? hourWords.split(separator: "|").firstIndex(of: Substring(hourText)).map({ $0 + 1 })
        else { return nil }
        var minute = 0
        if let frac = m.group("frac").map({ doc.string($0).lowercased() }), let dir = m.group("dir").map({ doc.string($0).lowercased() }) {
            let value = ["half": 30, "quarter": 15, "twenty-five": 25, "twenty": 20, "ten": 10, "five": 5][frac] ?? 0
            if dir == "past" {
                minute = value
            } else {
                hour = hour == 1 ? 12 : hour - 1
                minute = 60 - value
            }
        }
        let ap = m.group("ap").map { doc.string($0).lowercased() }
        let part = m.group("part").map { doc.string($0).lowercased() } ?? ""
        let afternoon = ap?.hasPrefix("p") == true || ["afternoon", "evening", "night", "tonight"].contains { part.contains($0) }
        return ((hour % 12) + (afternoon ? 12 : (ap == nil && hour == 12 ? 12 : 0))) * 60 + minute
    }

    static func apply(_ doc: TextDocument) -> [Clock] {
        var out: [Clock] = []
        func add(_ c: Clock) {
            if !out.contains(where: { NSIntersectionRange($0.range, c.range).length > 0 }) { out.append(c) }
        }
        for m in doc.matches(spoken) {
            guard let minutes = spokenMinutes(m, doc) else { continue }
            // The span ends with am/pm when written, else before the part-of-day words.
            let end = m.group("ap").map { $0.location + $0.length } ?? m.group("part")?.location ?? m.range.location + m.range.length
            add(Clock(range: NSRange(location: m.range.location, length: end - m.range.location), minutes: minutes))
        }
        for m in doc.matches(twelveHour) {
            guard let h = m.group("h").flatMap({ Int(doc.string($0)) }), let ap = m.group("ap") else { continue }
            let minute = m.group("m").flatMap { Int(doc.string($0)) } ?? 0
            let pm = doc.string(ap).lowercased().hasPrefix("p")
            add(Clock(range: m.range, minutes: ((h % 12) + (pm ? 12 : 0)) * 60 + minute))
        }
        for regex in [military, twentyFour] {
            for m in doc.matches(regex) {
                guard let h = m.group("h").flatMap({ Int(doc.string($0)) }), let mm = m.group("m").flatMap({ Int(doc.string($0)) })
                else { continue }
                add(Clock(range: m.range, minutes: h * 60 + mm))
            }
        }
        // The rarer forms run only when their words occur.
        let partOfDay = doc.cues.any(["morning", "afternoon", "evening", "night"])
        for m in partOfDay ? doc.matches(hourOfDay) : [] {
            guard let hourText = m.group("hour").map({ doc.string($0).lowercased() }),
                let hour = Int(hourText) ?? hourWords.split(separator: "|").firstIndex(of: Substring(hourText)).map({ $0 + 1 })
            else { continue }
            let part = m.group("part").map { doc.string($0).lowercased() } ?? "night"
            let later = part != "morning" && !(part == "night" && hour == 12) && hour < 12 && !(part == "night" && hour <= 4)
            add(Clock(range: m.range, minutes: (hour % 12 + (later ? 12 : 0)) * 60))
        }
        for m in doc.matches(lineStamp) {
            guard let h = m.group("h").flatMap({ Int(doc.string($0)) }), let mm = m.group("m").flatMap({ Int(doc.string($0)) }) else { continue }
            add(Clock(range: m.range, minutes: h * 60 + mm))
        }
        for m in partOfDay ? doc.matches(dotted) : [] {
            guard let h = m.group("h").flatMap({ Int(doc.string($0)) }), let mm = m.group("m").flatMap({ Int(doc.string($0)) }),
                let part = (m.group("part") ?? m.group("part2")).map({ doc.string($0).lowercased() })
            else { continue }
            let later = part != "morning" && h < 12
            add(Clock(range: m.range, minutes: (h % 12 + (later ? 12 : 0)) * 60 + mm))
        }
        for m in doc.matches(bare) where isBareTime(m, doc) {
            guard let h = m.group("h").flatMap({ Int(doc.string($0)) }), let mm = m.group("m").flatMap({ Int(doc.string($0)) })
            else { continue }
            add(Clock(range: m.range, minutes: h * 60 + mm))
        }
        for m in doc.matches(named) {
            guard let w = m.group("word") else { continue }
            add(Clock(range: m.range, minutes: doc.string(w).lowercased() == "midnight" ? 0 : 720))
        }
        return out.sorted { $0.range.location < $1.range.location }
    }
}
