import Foundation

/// A sum of money seized or recovered: "£20,000 in cash", "$1.2m", "€3.5 million",
/// "an estimated street value of more than $12 million", "over a million dollars".
/// Money that is not a seizure (bail, fines, grants) is left out: the sentence must speak
/// of seizing, recovering, cash or value.
enum MoneyRule {
    static let id = "count.money"

    private static let valueLead =
        "(?<lead>\\b(?:(?:an?\\s+)?(?:estimated|approximate)\\s+)?(?:(?:total|street|sale|resale|wholesale|black[- ]market|combined)\\s+){0,3}value\\s+of\\s+)?"
    private static let symbol = "(?<cur>US\\$|A\\$|AU\\$|NZ\\$|C\\$|CA\\$|£|€|\\$)"

    static let symbolRegex = compilePattern(
        valueLead + CountVocabulary.qualifierGroup + "(?<between>\\bbetween\\s+)?" + symbol + "\\s?(?<num>\(NumberWords.pattern))(?<plus>\\+)?"
            + "(?:\\s*(?:-|–|to|and)\\s*\\k<cur>\\s?(?<num2>\(NumberWords.pattern)))?"
            + "(?:\\s+(?<word>pounds|euros?|dollars)(?!\\s+of\\b))?",
        caseInsensitive: true)
    static let wordRegex = compilePattern(
        valueLead + CountVocabulary.qualifierGroup + "(?<num>\(NumberWords.pattern))\\s+(?<word>pounds|euros?|dollars)(?!\\s+of\\b)",
        caseInsensitive: true)

    /// A sentence about seizing: a seizure verb, a street value, or money found as cash or
    /// as the worth of drugs. ("$2 billion" in a business story has none of these.)
    private static let seizureCue = compilePattern(
        "seiz|recover|confiscat|restrain|forfeit|\\bin\\s+stolen\\b|(?:could|would)\\s+have\\s+(?:sold|fetched)\\s+for|\\bfroze|\\bfrozen|\\bfreez|street\\s+(?:sale\\s+)?value|\\bin\\s+cash\\b|\\bin\\s+(?:[\\p{L}.]+\\s+)?currency\\b|\\bcash\\b.{0,40}\\b(?:found|discovered|located)|\\b(?:found|discovered|located)\\b.{0,60}\\b(?:cash|worth\\s+of)\\b|\\bworth\\s+of\\s+(?:drugs|\(CountVocabulary.drugPattern))|(?:drugs|\(CountVocabulary.drugPattern))\\s+(?:\\w+\\s+){0,3}(?:worth|valued)",
        caseInsensitive: true)
    private static let notSeizureCue = compilePattern(
        "\\b(?:bail|bond|fine[ds]?|compensation|grant|funding|budget|reward|costs?|paid|payment|salary|donat|electricity)", caseInsensitive: true)

    /// Bail, fines, grants, costs and denominations near the amount: "fined £200", "bail of
    /// $5,000", "in $50 notes". (Only near it: a sentence may give a seizure and a cost.)
    private static func isNotASeizure(_ range: NSRange, _ doc: TextDocument) -> Bool {
        let lo = max(0, range.location - 50)
        let hi = min(doc.ns.length, range.location + range.length + 25)
        let around = doc.string(NSRange(location: lo, length: hi - lo))
        if notSeizureCue.firstMatch(in: around) != nil { return true }
        let next = doc.after(range.location + range.length, 14).lowercased()
        return next.hasPrefix(" notes") || next.hasPrefix(" bills") || next.hasPrefix(" note ") || next.hasPrefix(" bill ")
    }

    /// Cue: a currency sign or word.
    static func isCued(_ cues: Cues) -> Bool { cues.any(["£", "$", "€", "pound", "dollar", "euro"]) }

    static func apply(_ doc: TextDocument, country: String?) -> [CountRecord] {
        var out: [CountRecord] = []
        for m in doc.matches(symbolRegex) + doc.matches(wordRegex) {
            guard let numRange = m.group("num"), let value = NumberWords.value(of: doc.string(numRange)) else { continue }
            guard let sentence = doc.sentenceRange(containing: m.range.location) else { continue }
            let s = doc.string(sentence)
            let sRange = NSRange(location: 0, length: (s as NSString).length)
            guard seizureCue.firstMatch(in: s, range: sRange) != nil || isDrugValue(s, m.range, doc), !isNotASeizure(m.range, doc)
            else { continue }
            let marker = (m.group("cur") ?? m.group("word")).map { doc.string($0).lowercased() } ?? "$"
            var currency = CountVocabulary.currencies[marker] ?? "$"
            if currency == "$" { currency = dollarCurrency(country: country) }
            let qual = qualifier(m, doc)
            var c = CountRecord(
                value: Quantity(value), qualifier: qual, unit: "seizure_money", noun: marker,
                text: doc.string(m.range), span: doc.span(m.range), rule: id)
            c.currency = currency
            if let r2 = m.group("num2"), let v2 = NumberWords.value(of: doc.string(r2)), v2 > value { c.valueMax = Quantity(v2) }
            c.what = what(after: m.range, sentence: s, doc)
            out.append(c)
        }
        return out
    }

    /// Words that give drugs a money value: "worth", "valued", "could have been sold for".
    private static let valueWord = compilePattern(
        "\\b(?:value[ds]?|worth|(?:could|would|might)\\s+(?:have\\s+)?(?:been\\s+)?(?:sold|fetched|sell|fetch)\\s+for)\\b", caseInsensitive: true)

    /// "The plants have an estimated value of around £128,000": a value, with a drug named in
    /// this sentence or the one before.
    private static func isDrugValue(_ sentence: String, _ range: NSRange, _ doc: TextDocument) -> Bool {
        guard valueWord.firstMatch(in: sentence) != nil,
            let i = doc.sentenceIndex(at: doc.span(range).start)
        else { return false }
        let context = (i > 0 ? doc.string(doc.sentences[i - 1]) + " " : "") + sentence
        return CountVocabulary.substance(in: context) != nil || context.lowercased().contains("plants")
    }

    /// The number's own qualifier wins; then a trailing "+"; then "an estimated … value of".
    private static func qualifier(_ m: NSTextCheckingResult, _ doc: TextDocument) -> Qualifier? {
        if let q = CountVocabulary.qualifier(m.group("qual").map(doc.string)) { return q }
        if m.group("plus") != nil { return .moreThan }
        let lead = m.group("lead").map { doc.string($0).lowercased() } ?? ""
        return lead.contains("estimated") || lead.contains("approximate") ? .approx : nil
    }

    /// `$` means the dollar of the country the text comes from.
    static func dollarCurrency(country: String?) -> String {
        switch country {
        case "AU": return "AUD"
        case "NZ": return "NZD"
        case "CA": return "CAD"
        default: return "USD"
        }
    }

    /// Whether the sum is cash, the value of drugs, of goods, or of several together.
    private static func what(after range: NSRange, sentence: String, _ doc: TextDocument) -> String {
        let next = doc.after(range.location + range.length, 40).lowercased()
        let s = sentence.lowercased()
        if next.hasPrefix(" in cash") || next.hasPrefix(" cash") || next.hasPrefix(" in currency") || next.range(of: "^ in [a-z]+ currency", options: .regularExpression) != nil {
            return next.contains("asset") ? "mixed" : "cash"
        }
        if s.contains("assets") || next.contains("drugs and property") || next.contains("guns and drugs") { return "mixed" }
        if CountVocabulary.substance(in: s) != nil || s.contains("street value") { return "drugs" }
        if s.contains("cash") { return "cash" }
        return "goods"
    }
}
