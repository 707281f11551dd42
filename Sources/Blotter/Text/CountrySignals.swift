import Foundation

/// Guesses the country a text comes from by counting cheap signals (`Lexicons/country-signals.tsv`:
/// currency symbols, force and rank words, spellings, big place names). Used to read `$`
/// (AUD in an Australian text) and numeric dates (month first only in American ones).
enum CountrySignals {
    private static let cues: [(NSRegularExpression, String)] = Lexicon.rows("country-signals").compactMap { row in
        guard row.count >= 2 else { return nil }
        let escaped = NSRegularExpression.escapedPattern(for: row[0])
        let bounded = row[0].first?.isLetter == true ? "(?<![\\p{L}])\(escaped)(?![\\p{L}])" : escaped
        return (compilePattern(bounded), row[1])
    }

    /// The country with most signals, or nil when there are none.
    static func guess(_ doc: TextDocument) -> String? {
        var score: [String: Int] = [:]
        for (regex, country) in cues {
            let n = regex.numberOfMatches(in: doc.text, range: doc.fullRange)
            if n > 0 { score[country, default: 0] += n }
        }
        return score.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }
}
