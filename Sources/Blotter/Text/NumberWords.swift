import Foundation

/// Reads numbers as journalists write them: digits ("5,000", "1.2", "5 000"), digits with a
/// scale ("1.2 million", "£20k", "3.5m"), and words ("nine", "twenty-one", "a dozen",
/// "two hundred and fifty"), using `Lexicons/numbers.tsv`.
public enum NumberWords {
    /// Word → (value, kind) from the lexicon.
    static let table: [String: (value: Double, kind: String)] = {
        var t: [String: (Double, String)] = [:]
        for row in Lexicon.rows("numbers") where row.count >= 3 {
            if let v = Double(row[1]) { t[row[0]] = (v, row[2]) }
        }
        return t
    }()

    /// Regex fragment matching one number (digits or words); no capture groups.
    public static let pattern: String = {
        let words = Lexicon.alternation(Array(table.keys))
        let scales = "(?:\\s?(?:million|billion|thousand|bn|m|k)(?![\\p{L}\\d]))?"
        let digits = "(?<![\\d.,])(?:\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:[ \\u00A0]\\d{3})+(?![\\d.,])|\\d+)(?:\\.\\d+)?(?![\\d,]\\d)" + scales
        let word = "(?:\(words))"
        let wordNumber = "(?:(?:half\\s+)?(?:an?\\s+)(?=(?:dozen|hundred|thousand|million|billion|score)\\b))?\(word)(?:(?:\\s+and\\s+|\\s*-\\s*|\\s+)\(word))*"
        return "(?:\(digits)|\\b\(wordNumber)\\b)"
    }()

    /// The value of a number matched by ``pattern``, or nil when it is not one.
    public static func value(of raw: String) -> Double? {
        let s = raw.lowercased().replacingOccurrences(of: "\u{00A0}", with: " ")
        if let first = s.first, first.isNumber { return digitValue(s) }
        return wordValue(s)
    }

    private static func digitValue(_ s: String) -> Double? {
        var number = ""
        var rest = Substring(s)
        while let c = rest.first, c.isNumber || c == "," || c == "." || (c == " " && rest.dropFirst().prefix(3).allSatisfy(\.isNumber) && rest.dropFirst().count >= 3) {
            if c.isNumber || c == "." { number.append(c) }
            rest.removeFirst()
        }
        guard let v = Double(number) else { return nil }
        switch rest.trimmingCharacters(in: .whitespaces) {
        case "": return v
        case "k", "thousand": return v * 1_000
        case "m", "million": return v * 1_000_000
        case "bn", "billion": return v * 1_000_000_000
        default: return nil
        }
    }

    private static func wordValue(_ s: String) -> Double? {
        // "half a million", "half a dozen"
        if s.hasPrefix("half ") { return wordValue(String(s.dropFirst(5))).map { $0 / 2 } }
        var total = 0.0
        var current = 0.0
        var sawWord = false
        for token in s.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\n" }) {
            let w = String(token)
            if w == "and" || w == "a" || w == "an" { continue }
            guard let entry = table[w] else { return nil }
            sawWord = true
            switch (entry.kind, entry.value) {
            case ("scale", let v) where v >= 1000:
                total += (current == 0 ? 1 : current) * v
                current = 0
            case ("scale", let v):
                current = (current == 0 ? 1 : current) * v
            case (_, let v):
                current += v
            }
        }
        return sawWord ? total + current : nil
    }
}
