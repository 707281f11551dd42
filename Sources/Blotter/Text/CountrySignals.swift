import Foundation

/// Guesses the country a text comes from by counting cheap signals (`Lexicons/country-signals.tsv`:
/// currency symbols, force and rank words, spellings, big place names). Used to read `$`
/// (AUD in an Australian text) and numeric dates (month first only in American ones).
/// All cues are one alternation, so the guess costs one scan of the text.
enum CountrySignals {
    private static let table: [String: String] = {
        var t: [String: String] = [:]
        for row in Lexicon.rows("country-signals") where row.count >= 2 { t[row[0]] = row[1] }
        return t
    }()

    private static let regex: NSRegularExpression = {
        let words = table.keys.filter { $0.first?.isLetter == true }
        let symbols = table.keys.filter { $0.first?.isLetter != true }
        return compilePattern("(?<![\\p{L}])(?:\(Lexicon.alternation(words)))(?![\\p{L}])|\(Lexicon.alternation(symbols))")
    }()

    /// The country with most signals, or nil when there are none.
    static func guess(_ doc: TextDocument) -> String? {
        var score: [String: Int] = [:]
        for m in doc.matches(regex) {
            if let country = table[doc.string(m.range)] { score[country, default: 0] += 1 }
        }
        return score.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }
}
