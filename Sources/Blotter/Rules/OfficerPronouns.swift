import Foundation

/// "He said", "she added": which officer a speaking pronoun refers to, when only one can be
/// meant — the last person named before it is that officer, no other person (a titled
/// non-officer, "the man", "a suspect") comes between, and it is at most two paragraphs back.
enum OfficerPronouns {
    private static let speaking = compilePattern(
        "(?<![\\p{L}])(?:He|he|She|she)(?=[ \\t]+(?:also[ \\t]+)?\(OfficerQuotes.speechVerb)\\b)")
    private static let otherPerson = compilePattern(
        "\\b(?:man|woman|boy|girl|suspect|driver|passenger|male|female|youth|teenager|defendant|offender|victim|resident|witness|councillor|mayor|minister|judge|prosecutor)\\b",
        caseInsensitive: true)

    /// Pronouns that stand before a speech verb, as UTF-16 ranges.
    static func speakingPronouns(_ doc: TextDocument) -> [NSRange] {
        doc.matches(speaking, in: doc.fullRange).map(\.range)
    }

    /// The officer (index) a pronoun at `pos` refers to, or nil when that is not clear.
    static func resolve(at pos: Int, mentions: [(range: NSRange, person: Int)], others: [NSRange], _ doc: TextDocument) -> Int? {
        guard let last = mentions.last(where: { $0.range.location + $0.range.length <= pos }) else { return nil }
        let lastEnd = last.range.location + last.range.length
        if others.contains(where: { $0.location >= lastEnd && $0.location < pos }) { return nil }
        // Two people named together ("Officers Belgrave and McHale"): ambiguous.
        if mentions.contains(where: { $0.person != last.person && abs($0.range.location - last.range.location) < 40 }) {
            return nil
        }
        let gap = NSRange(location: lastEnd, length: pos - lastEnd)
        if doc.firstMatch(otherPerson, in: gap) != nil { return nil }
        guard let pa = doc.paragraphIndex(at: doc.span(last.range).start),
            let pb = doc.paragraphIndex(at: doc.span(NSRange(location: pos, length: 0)).start), pb - pa <= 2
        else { return nil }
        return last.person
    }
}
