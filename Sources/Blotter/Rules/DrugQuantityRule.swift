import Foundation

/// A quantity of drugs: a weight ("2kg of cocaine", "half a kilogram", "216 kilograms of
/// methamphetamine") or items ("300 cannabis plants", "40 wraps of heroin",
/// "555 cocaine and heroin wraps"). The substance comes from the phrase, else from the same
/// or the previous sentence when that names exactly one drug, else "drugs".
enum DrugQuantityRule {
    static let id = "count.drugs"

    /// Hedges and grading words before the drug ("suspected high-harm Class A drugs"), at most three.
    private static let hedges = "(?:(?:suspected|illegal|illicit|high[- ]purity|high[- ]harm|pure|prohibited|dangerous|controlled|what\\s+is\\s+believed\\s+to\\s+be|[\\p{Ll}]+-[\\p{Ll}]+)\\s+){0,3}"

    static let weightRegex = compilePattern(
        CountVocabulary.qualifierGroup + "(?<num>\(NumberWords.pattern)|half\\s+an?|\\ban?)\\s?(?<measure>\(CountVocabulary.weightPattern)|pounds(?=\\s+of\\b))(?![\\p{L}\\d])"
            + "(?:\\s+of\\s+\(hedges)(?<sub>\(CountVocabulary.drugPattern))\\b)?",
        caseInsensitive: true)
    static let itemRegex = compilePattern(
        CountVocabulary.qualifierGroup + "(?<num>\(NumberWords.pattern))\\s+(?<mods>(?:[\\p{L}-]+\\s+){0,4}?)(?<measure>\(CountVocabulary.itemPattern))\\b"
            + "(?:\\s+of\\s+\(hedges)(?<sub>\(CountVocabulary.drugPattern))\\b)?",
        caseInsensitive: true)

    /// Item words that hold drugs whatever the words before them.
    private static let drugOnlyItems: Set<String> = ["wraps", "pills", "rocks", "bindles", "deal bags", "doses"]
    /// Cutting agents and precursors are not drugs ("five kilograms of a suspected cocaine cutting agent").
    private static let notADrug = compilePattern(
        "^\\s+of\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:cutting\\s+agents?|adulterants?|precursors?|benzocaine|chemicals?)\\b", caseInsensitive: true)

    /// Cue: a measure or item word, or a digit followed by a one-letter measure ("2g").
    static func isCued(_ cues: Cues) -> Bool {
        cues.any(["kg", "kilo", "gram", "tonne", "ton", "ounce", "oz", "lb", "pounds of", "litre", "liter", "plant", "wrap", "pill", "tablet", "bag", "rock", "bindle", "bundle", "dose"])
            || cues.digitFollowed(by: [0x67, 0x74, 0x6C])  // g, t, l
    }

    static func apply(_ doc: TextDocument) -> [CountRecord] {
        var out: [CountRecord] = []
        for (regex, isItem) in [(weightRegex, false), (itemRegex, true)] {
            for m in doc.matches(regex) {
                guard let numRange = m.group("num"), let measureRange = m.group("measure") else { continue }
                let raw = doc.string(numRange).lowercased()
                guard let value = quantity(raw) else { continue }
                if isNotADrug(after: measureRange, doc) || isStatutoryThreshold(m.range, doc) || isLicensed(m.range, doc) { continue }
                if CountFilters.isNotACount(raw, value, numRange, doc) { continue }
                let measureWord = doc.string(measureRange).lowercased()
                let measure = CountVocabulary.measures[measureWord == "pounds" ? "pounds of" : measureWord] ?? measureWord
                let mods = m.group("mods").map(doc.string) ?? ""
                let substance = m.group("sub").map(doc.string).flatMap(CountVocabulary.substance(in:))
                    ?? CountVocabulary.substance(in: mods) ?? contextSubstance(m.range, doc)
                // "40 plastic bags" of nothing known is not a drug quantity; "1,000 benzodiazapine
                // pills" is, since pills and wraps only ever hold drugs in these texts.
                if isItem, substance == nil, !mods.isEmpty, !drugOnlyItems.contains(measure) { continue }
                // A weight with no drug named around it is a recipe or a parcel, not a seizure.
                if !isItem, substance == nil { continue }
                let end = measureRange.location + measureRange.length
                let range = NSRange(location: m.range.location, length: end - m.range.location)
                var c = CountRecord(
                    value: Quantity(value), qualifier: CountVocabulary.qualifier(m.group("qual").map(doc.string)),
                    unit: "seizure_drugs", noun: doc.string(measureRange), text: doc.string(range), span: doc.span(range), rule: id)
                c.measure = measure
                c.substance = substance ?? "drugs"
                out.append(c)
            }
        }
        return out
    }

    /// "Class D Marijuana (Less than 1 ounce)", "(over 28 grams)": a bracketed bound after a
    /// charge names the offence's threshold, not an amount seized.
    private static func isStatutoryThreshold(_ range: NSRange, _ doc: TextDocument) -> Bool {
        let before = doc.before(range.location, 2).trimmingCharacters(in: .whitespaces)
        guard before.hasSuffix("(") else { return false }
        let lead = doc.string(NSRange(location: range.location, length: min(14, doc.ns.length - range.location))).lowercased()
        return ["less than", "more than", "over ", "under ", "at least", "up to", "not more", "not less", "in excess"].contains { lead.hasPrefix($0) }
    }

    private static let licence = compilePattern(
        "\\b(?:registered|licensed|licenced|permitted|authori[sz]ed|allowed|entitled)\\s+to\\s+(?:grow|produce|possess|cultivate|have)\\s+(?:up\\s+to\\s+)?$",
        caseInsensitive: true)

    /// "registered to grow 48 plants": a licence's limit, not a seizure.
    private static func isLicensed(_ range: NSRange, _ doc: TextDocument) -> Bool {
        let before = doc.before(range.location, 48)
        return licence.firstMatch(in: before) != nil
    }

    /// "half a" is 0.5, a bare "a"/"an" before a measure is 1 ("more than a tonne").
    private static func quantity(_ raw: String) -> Double? {
        if raw.hasPrefix("half") { return 0.5 }
        if raw == "a" || raw == "an" { return 1 }
        return NumberWords.value(of: raw)
    }

    private static func isNotADrug(after measure: NSRange, _ doc: TextDocument) -> Bool {
        let next = doc.after(measure.location + measure.length, 60)
        return notADrug.firstMatch(in: next) != nil
    }

    /// The one drug named in this sentence or the one before, if exactly one is named.
    private static func contextSubstance(_ range: NSRange, _ doc: TextDocument) -> String? {
        let offset = doc.span(range).start
        guard let i = doc.sentenceIndex(at: offset) else { return nil }
        for j in [i, i - 1] where j >= 0 {
            let words = CountVocabulary.drugWords(in: doc.string(doc.sentences[j]))
            let named = Set(words.filter { $0 != "drugs" }.compactMap { CountVocabulary.drugs[$0] })
            if named.count == 1 { return named.first }
            if named.count > 1 { return nil }
        }
        return nil
    }
}
