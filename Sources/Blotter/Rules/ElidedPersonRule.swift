import Foundation

/// People counted without a noun: "Ten were arrested", "45 have been charged",
/// "17 of those arrested". ("three others were detained" is left to the noun rule.)
enum ElidedPersonRule {
    static let id = "count.elided_person"

    static let regex = compilePattern(
        CountVocabulary.qualifierGroup + "(?<num>\(NumberWords.pattern))\\s+(?:(?:were|have\\s+been|had\\s+been)\\s+(?:also\\s+|subsequently\\s+)?|of\\s+(?:those|the\\s+people|the\\s+suspects|them)\\s+)(?<action>arrested|detained|charged|held|summonsed|taken\\s+into\\s+custody)\\b",
        caseInsensitive: true)

    /// Cue: one of the verbs the rule ends with.
    static func isCued(_ cues: Cues) -> Bool { cues.any(["arrested", "detained", "charged", "held", "summonsed", "custody"]) }

    static func apply(_ doc: TextDocument) -> [CountRecord] {
        doc.matches(regex).compactMap { m in
            guard let numRange = m.group("num"), let action = m.group("action") else { return nil }
            let raw = doc.string(numRange)
            guard let value = NumberWords.value(of: raw), !CountFilters.isNotACount(raw, value, numRange, doc) else { return nil }
            var c = CountRecord(
                value: Quantity(value), qualifier: CountVocabulary.qualifier(m.group("qual").map(doc.string)),
                unit: "person", noun: "", text: doc.string(m.range), span: doc.span(m.range), rule: id)
            c.action = doc.string(action).lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return c
        }
    }
}
