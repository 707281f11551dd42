import Foundation

/// Operations the text describes without naming them: an event noun introduced with "a"/"an"
/// ("a lockdown of part of Romford Road", "a week of action", "a dawn raid in Stratford",
/// "a crackdown on county lines"), in a sentence that names no operation (there the phrase
/// describes the named one). The record has `name: null` and the phrase as its `label`.
enum UnnamedOperationRule {
    static let id = "operation.unnamed"

    static let events = Lexicon.rows("operation-words").filter { $0.first == "event" && $0.count > 1 }.map { $0[1] }

    /// A lower-case word that can continue a description ("drug supply networks"), not a
    /// function word that starts a new phrase.
    private static let lowerWord =
        "(?:(?!(?:a|an|the|and|or|was|were|is|are|in|on|at|by|with|which|that|who|to|for|from|of|after|before)\\b)[\\p{Ll}-]+)"

    /// "a [up to three modifiers] EVENT [of|on|in|at|against … up to four more words]".
    static let regex = compilePattern(
        "\\b(?:[Aa]n?)\\s+(?<mods>(?:[\\p{Ll}-]+\\s+){0,3}?)(?<event>\(Lexicon.alternation(events)))\\b"
            + "(?<tail>\\s+(?:of|on|in|at|against|targeting|across)\\s+(?:part\\s+of\\s+)?(?:the\\s+)?(?:[\\p{Lu}][\\p{L}'’-]*(?:\\s+[\\p{Lu}][\\p{L}'’-]*){0,3}|\(lowerWord)(?:\\s+\(lowerWord)){0,2}))?")

    /// Unnamed operations, skipping sentences that name one of `named`.
    static func apply(_ doc: TextDocument, named: [OperationRecord]) -> [OperationRecord] {
        let namedSentences = Set(named.flatMap { $0.mentions.compactMap { doc.sentenceIndex(at: $0.start) } })
        var out: [OperationRecord] = []
        for m in doc.matches(regex) {
            let span = doc.span(m.range)
            guard let si = doc.sentenceIndex(at: span.start), !namedSentences.contains(si) else { continue }
            let labelStart = m.group("mods").flatMap { $0.length > 0 ? $0 : nil }?.location ?? m.group("event")?.location ?? m.range.location
            let labelRange = NSRange(location: labelStart, length: m.range.location + m.range.length - labelStart)
            var op = OperationRecord(name: nil, text: doc.string(m.range), span: span, rule: id)
            op.label = doc.string(labelRange)
            out.append(op)
        }
        return out
    }
}
