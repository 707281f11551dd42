import Foundation

/// Numbers whose noun is left out because the sentence has just given it — tallies and
/// breakdowns: "1,977 people arrested, of which 773 were …", "936 knives … and 8703 were
/// surrendered", "ten warrants … as well as one in Durham", and a breakdown of arrests by
/// offence, "Assaults at 184, followed by Theft at 61". The unit is the one counted just
/// before in the same sentence (or the noun the breakdown is of).
enum ElidedCountRule {
    static let id = "count.elided"

    /// "of which 773 were", "and 8703 were", "and seven of them were", ", 19 of them remanded",
    /// "and one remains at large", "and four more for drug-impaired driving".
    static let tally = compilePattern(
        "(?:\\bof\\s+(?:which|whom|these|those|them)\\s+|\\band\\s+|[,;]\\s*)(?<num>\(NumberWords.pattern))(?=(?:\\s+of\\s+(?:them|those|these|whom))?\\s+(?:were|was|have\\s+been|had\\s+been|remains?|is\\s+still|are\\s+still)\\b|\\s+of\\s+(?:them|those|these|whom)\\s+\\p{Ll}+ed\\b|\\s+more\\s+(?:for|on|were|was|after|have|had|are|will)\\b)",
        caseInsensitive: true)
    /// "Of the 14 arrests, six were for public order offences, three for assault, two for
    /// entering the pitch and one for throwing a flare"; "14 were arrested: nine for …, three
    /// on suspicion of … and two on outstanding warrants": the rest of a breakdown after a count.
    static let reasons = compilePattern(
        "(?:,|\\band|;|:|\\s[–—-])\\s+(?<text>(?<num>\(NumberWords.pattern))\\s+(?:(?:were|was)\\s+)?(?:for|on\\s+suspicion\\s+of|on\\s+(?:outstanding\\s+|recall\\s+)?warrants?\\b)[^,;.:\\n]{0,60}?)(?=\\s*(?:,|;|\\.|\\band\\b|$))",
        caseInsensitive: true)
    /// "Two are from Surrey, one is from Abbotsford", "four came from Alachua … and one drove up
    /// from Tampa": where the people just counted come from.
    static let origin = compilePattern(
        "(?:^|(?<=[.,;:]\\s)|\\band\\s+)(?<num>(?i:\(NumberWords.pattern)))\\s+(?:is|are|was|were|came|come|comes|drove|live|lives|lived)\\s+(?:up\\s+|down\\s+|over\\s+)?(?:from|in)\\s+\\p{Lu}",
        caseInsensitive: false)
    /// "Five of them have since been charged": a sentence that picks out some of the people
    /// the sentence before counted.
    static let someOfThem = compilePattern(
        "(?:^|(?<=[.!?]\\s))(?<num>(?i:\(NumberWords.pattern)))\\s+of\\s+(?:them|those|these)\\s+(?:have|has|had|were|was|are|is|will)\\b",
        caseInsensitive: false)
    /// "as well as one in Durham".
    static let located = compilePattern(
        "\\b(?:as\\s+well\\s+as|and|plus)\\s+(?<text>(?<num>\(NumberWords.pattern))\\s+(?:in|at)\\s+[\\p{Lu}][\\p{L}'’-]+(?:\\s+[\\p{Lu}][\\p{L}'’-]+)*)",
        caseInsensitive: false)
    /// "Assaults at 184", "CDS (drugs) at 46".
    static let breakdown = compilePattern(
        "(?<text>[\\p{Lu}][\\p{L}]+(?:\\s+\\([^)\\n]{1,20}\\))?\\s+at\\s+(?<num>\\d{1,3}(?:,\\d{3})*))(?![\\d:]|\\.\\d)")
    /// The noun a breakdown is of: "numbers of arrests", "arrests by offence".
    private static let breakdownOf = compilePattern(
        "\\b(?:numbers?|breakdown|most|highest|top)\\s+(?:\\S+\\s+){0,2}?of\\s+(?<noun>\(CountVocabulary.unitPattern))\\b", caseInsensitive: true)

    /// "the total number of firearms seized … was 667", "the number of arrests … from 1,200 in
    /// year one to 2,200": the noun is named once, the figures come later in the sentence.
    static let numberOf = compilePattern(
        "\\b(?:the|total|overall)\\s+(?:total\\s+|overall\\s+)?number\\s+of\\s+(?:[\\p{L}-]+\\s+){0,2}?(?<noun>\(CountVocabulary.unitPattern))\\b",
        caseInsensitive: true)
    /// A figure the "number of" leads to: "was 667", "to 58", "from 1,200", "stood at 45", "is: 12".
    private static let numberOfFigure = compilePattern(
        "\\b(?:from|to|was|is|were|are|stands\\s+at|stood\\s+at|reached|hit|totalled|totaled|now):?\\s+(?<num>\(NumberWords.pattern))(?![\\d.,]\\d|\\s*(?:%|per\\s*cent|percent|years?\\b|months?\\b|weeks?\\b|days?\\b|hours?\\b|minutes?\\b|[ap]\\.?m\\b))\\b",
        caseInsensitive: true)

    /// Elided counts, given the counts already found (to take their units).
    static func apply(_ doc: TextDocument, after found: [CountRecord]) -> [CountRecord] {
        var out: [CountRecord] = []
        for (regex, useText) in [(tally, false), (located, true), (reasons, true)] {
            for m in doc.matches(regex) {
                guard let numRange = m.group("num"), let value = NumberWords.value(of: doc.string(numRange)),
                    let unit = previousUnit(before: numRange.location, found, doc)
                else { continue }
                if CountFilters.isNotACount(doc.string(numRange), value, numRange, doc) { continue }  // "aged 24 and 31 were"
                // "one of them, a 27-year-old" picks one out; it does not count; nor does "…; one
                // was found" after a clause of its own.
                if value == 1, picksOne(numRange, doc) || doc.before(numRange.location, 3).contains(";") { continue }
                let range = useText ? (m.group("text") ?? numRange) : numRange
                out.append(CountRecord(value: Quantity(value), unit: unit, noun: "", text: doc.string(range), span: doc.span(range), rule: id))
            }
        }
        for m in doc.matches(breakdown) {
            guard let numRange = m.group("num"), let textRange = m.group("text"), let value = NumberWords.value(of: doc.string(numRange)),
                let sentence = doc.sentenceRange(containing: m.range.location),
                let of = doc.firstMatch(breakdownOf, in: sentence), let noun = of.group("noun"),
                let unit = CountVocabulary.unit(of: doc.string(noun)), unit != "-"
            else { continue }
            out.append(CountRecord(value: Quantity(value), unit: unit, noun: "", text: doc.string(textRange), span: doc.span(textRange), rule: id))
        }
        if doc.cues.any(["number of"]) { out += numberOfFigures(doc) }
        // Each form runs only when its words occur ("are from", "of them").
        let originCues = ["is from", "are from", "was from", "were from", "is in", "are in", "was in", "were in", "came ", "come ", "comes ", "drove ", "live ", "lives ", "lived "]
        for (regex, peopleOnly, cues) in [(origin, true, originCues), (someOfThem, false, [" of them ", " of those ", " of these "])]
        where doc.cues.any(cues) {
            for m in doc.matches(regex) {
                // Where people come from counts people; "Two of them had been reported stolen"
                // counts whatever the sentence before counted.
                guard let numRange = m.group("num"), let value = NumberWords.value(of: doc.string(numRange)),
                    let unit = previousUnit(before: numRange.location, found, doc) ?? previousSentenceUnit(before: numRange.location, found, doc),
                    unit == "person" || !peopleOnly
                else { continue }
                if value == 1, picksOne(numRange, doc) { continue }  // "One of them was also charged"
                out.append(CountRecord(value: Quantity(value), unit: unit, noun: "", text: doc.string(numRange), span: doc.span(numRange), rule: id))
            }
        }
        return out
    }

    /// The figures of "the number of <noun> … was N" sentences.
    private static func numberOfFigures(_ doc: TextDocument) -> [CountRecord] {
        var out: [CountRecord] = []
        for m in doc.matches(numberOf) {
            guard let nounRange = m.group("noun"), let unit = CountVocabulary.unit(of: doc.string(nounRange)), unit != "-",
                let sentence = doc.sentenceRange(containing: m.range.location)
            else { continue }
            let start = m.range.location + m.range.length
            var end = min(sentence.location + sentence.length, start + 200)
            // The next "number of" starts a tally of its own.
            if let next = doc.firstMatch(numberOf, in: NSRange(location: start, length: end - start)) { end = next.range.location }
            for f in doc.matches(numberOfFigure, in: NSRange(location: start, length: end - start)) {
                guard let numRange = f.group("num") else { continue }
                let raw = doc.string(numRange)
                guard let value = NumberWords.value(of: raw), !CountFilters.isNotACount(raw, value, numRange, doc) else { continue }
                out.append(CountRecord(value: Quantity(value), unit: unit, noun: "", text: raw, span: doc.span(numRange), rule: id))
            }
        }
        return out
    }

    /// "one of them", "one of those": one picked out of a group, not a count.
    private static func picksOne(_ num: NSRange, _ doc: TextDocument) -> Bool {
        doc.after(num.location + num.length, 9).lowercased().hasPrefix(" of th")
    }

    /// The unit of the last count in the sentence before the one holding `location`.
    private static func previousSentenceUnit(before location: Int, _ found: [CountRecord], _ doc: TextDocument) -> String? {
        let offset = doc.span(NSRange(location: location, length: 0)).start
        guard let si = doc.sentenceIndex(at: offset), si > 0 else { return nil }
        let prev = doc.sentences[si - 1]
        return found.last { $0.span.start >= prev.start && $0.span.end <= prev.end && !$0.unit.hasPrefix("seizure") }?.unit
    }

    private static let ofThoseArrested = compilePattern(
        "^\\s*(?:of|among)\\s+(?:those|the\\s+people|the\\s+suspects)\\s+(?:arrested|charged|detained|held|stopped|searched)\\b", caseInsensitive: true)

    /// The unit of the last count before `location` in the same sentence.
    private static func previousUnit(before location: Int, _ found: [CountRecord], _ doc: TextDocument) -> String? {
        let offset = doc.span(NSRange(location: location, length: 0)).start
        guard let si = doc.sentenceIndex(at: offset) else { return nil }
        let sentence = doc.sentences[si]
        if let unit = found.last(where: { $0.span.end <= offset && $0.span.start >= sentence.start && !$0.unit.hasPrefix("seizure") })?.unit {
            return unit
        }
        // "Of those arrested, 11 were employees": the people the text has been counting.
        let s = doc.nsRange(sentence)
        return doc.firstMatch(ofThoseArrested, in: s) != nil ? "person" : nil
    }
}
