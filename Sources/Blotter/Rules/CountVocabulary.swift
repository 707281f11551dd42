import Foundation

/// The lexicons the count rules share, loaded once: counted nouns and their units,
/// qualifiers, drugs, drug measures and currencies.
enum CountVocabulary {
    /// Lower-case noun → schema unit (`Lexicons/units.tsv`).
    static let units: [String: String] = pairs("units")
    /// Lower-case phrase → qualifier (`Lexicons/qualifiers.tsv`).
    static let qualifiers: [String: Qualifier] = pairs("qualifiers").compactMapValues(Qualifier.init(rawValue:))
    /// Lower-case drug word → substance (`Lexicons/drugs.tsv`).
    static let drugs: [String: String] = pairs("drugs")
    /// Lower-case measure word → measure (`Lexicons/drug-measures.tsv`).
    static let measures: [String: String] = pairs("drug-measures")
    /// Currency marker → ISO code, `$` meaning "by the text's country" (`Lexicons/currencies.tsv`).
    static let currencies: [String: String] = pairs("currencies")

    static let unitPattern = Lexicon.alternation(Array(units.keys))
    static let qualifierPattern = Lexicon.alternation(Array(qualifiers.keys))
    static let drugPattern = Lexicon.alternation(Array(drugs.keys))
    /// Weight words; "pounds of" is matched by the drug rule itself, so that "of <drug>" stays after it.
    static let weightPattern = Lexicon.alternation(measures.filter { !isItem($0.value) && !$0.key.hasSuffix(" of") }.keys.map { $0 })
    static let itemPattern = Lexicon.alternation(measures.filter { isItem($0.value) }.keys.map { $0 })

    /// Optional qualifier, captured as `qual`, with the space after it.
    static let qualifierGroup = "(?<qual>\\b(?:\(qualifierPattern))\\s+)?"

    /// Whether a measure counts items (plants, wraps) rather than weighing them.
    static func isItem(_ measure: String) -> Bool { measure.count > 2 }

    /// The unit a counted noun as written stands for ("police  officers" → officer).
    static func unit(of noun: String) -> String? {
        units[noun.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")]
    }

    /// The qualifier of a captured phrase such as "more than ".
    static func qualifier(_ phrase: String?) -> Qualifier? {
        guard let p = phrase?.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ") else { return nil }
        return qualifiers[p]
    }

    /// Every drug word of `Lexicons/drugs.tsv`, compiled once.
    private static let drugWord = compilePattern("\\b(?:\(drugPattern))\\b", caseInsensitive: true)

    /// The drugs named in a stretch of text, as lexicon keys (lower case), in text order.
    static func drugWords(in text: String) -> [String] {
        let ns = text as NSString
        return drugWord.matches(in: text, range: NSRange(location: 0, length: ns.length)).map {
            ns.substring(with: $0.range).lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
    }

    /// The substance of a drug phrase ("suspected crack cocaine" → "crack cocaine"): the
    /// longest drug word it names.
    static func substance(in phrase: String) -> String? {
        guard let best = drugWords(in: phrase).max(by: { $0.count < $1.count }) else { return nil }
        return drugs[best]
    }

    /// Rows of a two-column lexicon as lower-case key → value (first row wins).
    private static func pairs(_ name: String) -> [String: String] {
        var out: [String: String] = [:]
        for row in Lexicon.rows(name) where row.count >= 2 {
            let key = row[0].lowercased()
            if out[key] == nil { out[key] = row[1] }
        }
        return out
    }
}
