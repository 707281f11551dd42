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
        "(?<![\\d.:,£$€])\\b(?<h>[01]?\\d|2[0-3]):(?<m>[0-5]\\d)(?:\\s?(?:hrs|hours|h)\\b)?(?![\\d:]|\\s?[ap]\\.?m\\b)", caseInsensitive: true)
    private static let military = compilePattern(
        "(?<![\\d.:,£$€])\\b(?<h>[01]\\d|2[0-3])[.:]?(?<m>[0-5]\\d)\\s?(?:hrs|hours|h|BST|GMT)\\b", caseInsensitive: false)
    private static let named = compilePattern("\\b(?<word>midday|noon|midnight)\\b", caseInsensitive: true)

    static func apply(_ doc: TextDocument) -> [Clock] {
        var out: [Clock] = []
        func add(_ c: Clock) {
            if !out.contains(where: { NSIntersectionRange($0.range, c.range).length > 0 }) { out.append(c) }
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
        for m in doc.matches(named) {
            guard let w = m.group("word") else { continue }
            add(Clock(range: m.range, minutes: doc.string(w).lowercased() == "midnight" ? 0 : 720))
        }
        return out.sorted { $0.range.location < $1.range.location }
    }
}
