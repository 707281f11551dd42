import Foundation

/// `count.compound`: a number joined to its noun by a hyphen in front of another noun: "a
/// 61-count indictment" (61 charges), "a six-member team" (6 officers), "a 40-strong squad".
/// Which compounds count what is data (`Lexicons/compound-counts.tsv`).
enum CompoundCountRule {
    static let id = "count.compound"

    private static let rows: [(word: String, heads: [String], unit: String)] = Lexicon.rows("compound-counts")
        .filter { $0.count >= 3 }
        .map { ($0[0], $0[1].split(separator: "|").map(String.init), $0[2]) }

    static let regex = compilePattern(
        "(?<![\\p{L}\\d-])(?<num>\(NumberWords.pattern))-(?<word>\(Lexicon.alternation(rows.map(\.word))))\\s+(?<head>\(Lexicon.alternation(rows.flatMap(\.heads))))\\b",
        caseInsensitive: true)

    /// Cue: a hyphen followed by one of the compound words.
    static func isCued(_ cues: Cues) -> Bool { cues.any(rows.map { "-" + $0.word }) }

    static func apply(_ doc: TextDocument) -> [CountRecord] {
        doc.matches(regex).compactMap { m in
            guard let numRange = m.group("num"), let word = m.group("word").map({ doc.string($0).lowercased() }),
                let head = m.group("head").map({ doc.string($0).lowercased() }),
                let row = rows.first(where: { $0.word == word && $0.heads.contains(head) }),
                let value = NumberWords.value(of: doc.string(numRange)), value >= 1
            else { return nil }
            return CountRecord(
                value: Quantity(value), unit: row.unit, noun: head, text: doc.string(m.range), span: doc.span(m.range), rule: id)
        }
    }
}
