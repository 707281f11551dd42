import Foundation

/// Counts: numbers that count arrests, officers, premises, people, weapons, money and drugs.
/// Runs the count rules and keeps one reading per stretch of text: a money or drug reading
/// beats a plain noun reading of the same words, and a longer match beats a shorter one.
/// Counts whose noun is left out come last, taking the unit of the count before them.
/// Money, drug and elided-person rules run only when their cue words occur in the text.
enum CountExtractor {
    /// The count rules, in order of precedence.
    static let ruleIDs = [MoneyRule.id, DrugQuantityRule.id, CountNounRule.id, CompoundCountRule.id, ElidedPersonRule.id, ElidedCountRule.id]

    static func extract(_ doc: TextDocument, _ context: ExtractionContext) -> [CountRecord] {
        var candidates: [CountRecord] = []
        if MoneyRule.isCued(doc.cues) { candidates += MoneyRule.apply(doc, country: context.country) }
        if DrugQuantityRule.isCued(doc.cues) { candidates += DrugQuantityRule.apply(doc) }
        candidates += CountNounRule.apply(doc)
        if CompoundCountRule.isCued(doc.cues) { candidates += CompoundCountRule.apply(doc) }
        if ElidedPersonRule.isCued(doc.cues) { candidates += ElidedPersonRule.apply(doc) }
        var kept: [CountRecord] = []
        for c in candidates where !kept.contains(where: { $0.span.overlaps(c.span) }) {
            kept.append(c)
        }
        kept.sort { $0.span < $1.span }
        for c in ElidedCountRule.apply(doc, after: kept) where !kept.contains(where: { $0.span.overlaps(c.span) }) {
            kept.append(c)
        }
        kept.sort { $0.span < $1.span }
        for i in kept.indices { kept[i].id = "c\(i + 1)" }
        return kept
    }
}
