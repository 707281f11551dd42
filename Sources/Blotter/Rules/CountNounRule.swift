import Foundation

/// A number followed by a counted noun: "more than 5,000 arrests", "an extra 150 officers",
/// "Six commercial premises", "around 120 police officers and agency staff",
/// "between 10 and 12 warrants", "12 people were arrested" (→ person, action "arrested").
enum CountNounRule {
    static let id = "count.noun"

    /// Up to three modifier words between number and noun; never a preposition, verb or article.
    private static let modifiers =
        "(?:(?:(?<=\\p{L}\\s)(?:and|or)\\s+)?(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|of|in|at|on|for|and|or|from|to|by|with|were|was|are|is|be|been|have|has|had|the|a|an|per|than|who|which|that|during|after|before|since|across|as|when|while|where|if|but|because|so|then|its|their|his|her|our|this|these|those|each|every|carrying|holding|wielding|possessing|using|selling|buying|supplying|including|involving|following|containing|taking|making|showing)\\b)[\\p{L}][\\p{L}'’-]*\\s+){0,3}?"
        // "300 federal, state and local officers": a list of lower-case modifiers.
        + "(?:(?<list>(?:\\p{Ll}[\\p{L}-]*,\\s+){1,3}\\p{Ll}[\\p{L}-]*,?\\s+(?:and|or)\\s+\\p{Ll}[\\p{L}-]*)\\s+)?"

    static let regex = compilePattern(
        CountVocabulary.qualifierGroup
            + "(?<extra>\\b(?:an?\\s+)?(?:extra|further|additional)\\s+)?"
            + "(?<between>\\bbetween\\s+)?(?<![£$€])(?<num>\(NumberWords.pattern))"
            + "(?:\\s*(?:-|–|to|and)\\s*(?<num2>\(NumberWords.pattern)))?"
            + "(?<partitive>\\s+of\\s+(?:the|them|those|these))?"
            + "\\s+(?<mods>\(modifiers))(?<noun>\(CountVocabulary.unitPattern))(?![\\p{L}\\d-])"
            + "(?:\\s+(?<head>\(CountVocabulary.unitPattern))(?![\\p{L}\\d-]))?",
        caseInsensitive: true)

    /// "and agency staff" after "police officers": a second noun the same number counts.
    private static let tail = compilePattern(
        "^\\s+and\\s+(?:(?!\(NumberWords.pattern))[\\p{L}-]+\\s+){0,2}?(?<noun>\(CountVocabulary.unitPattern))(?![\\p{L}\\d-])", caseInsensitive: true)

    /// What happened to them, when the text says so right after the noun.
    private static let actionAfter = compilePattern(
        "^\\s+(?:who\\s+)?(?:were|was|have\\s+been|had\\s+been|are|being|got)\\s+(?:also\\s+|subsequently\\s+|later\\s+)?(?<action>arrested|charged|detained|summonsed|seized|recovered|raided|searched|deployed|injured|convicted|remanded|jailed|released|stopped|safeguarded)\\b",
        caseInsensitive: true)
    private static let actionBefore = compilePattern(
        "\\b(?<action>arrested|charged|detained|seized|recovered|raided|searched|deployed|stopped|safeguarded)\\s+$",
        caseInsensitive: true)

    static func apply(_ doc: TextDocument) -> [CountRecord] {
        var out: [CountRecord] = []
        for m in doc.matches(regex) {
            guard let numRange = m.group("num"), let nounRange = m.group("noun") else { continue }
            let raw = doc.string(numRange)
            guard let value = NumberWords.value(of: raw), !CountFilters.isNotACount(raw, value, numRange, doc) else { continue }
            // A list of modifiers holds no counted word of its own ("40 wraps, knives and other weapons").
            if let list = m.group("list"),
                doc.string(list).split(whereSeparator: { $0 == "," || $0 == " " }).contains(where: {
                    CountVocabulary.unit(of: String($0)) != nil || CountVocabulary.measures[String($0).lowercased()] != nil
                })
            {
                continue
            }
            // In a compound the last noun is the counted one: "40 weapons sweeps" counts sweeps;
            // a head marked "-" in the lexicon means nothing is counted ("one vehicle stop").
            let headRange = m.group("head") ?? nounRange
            let noun = doc.string(headRange)
            guard var unit = CountVocabulary.unit(of: noun), unit != "-" else { continue }
            if ["members", "member"].contains(noun.lowercased()) { unit = membersUnit(after: headRange, mods: m.group("mods"), doc) }
            if value == 1, !CountFilters.oneIsATally(m.range, doc) { continue }
            if unit == "charge", CountFilters.isCrimeStatistic(m.range, doc) { continue }
            var end = headRange.location + headRange.length
            if let t = doc.firstMatch(tail, in: NSRange(location: end, length: min(40, doc.ns.length - end))),
                let tn = t.group("noun"), CountVocabulary.unit(of: doc.string(tn)) == unit
            {
                end = t.range.location + t.range.length
            }
            let start = (m.group("qual") ?? m.group("extra") ?? m.group("between") ?? numRange).location
            let range = NSRange(location: start, length: end - start)
            var c = CountRecord(
                value: Quantity(value), qualifier: CountVocabulary.qualifier(m.group("qual").map(doc.string)),
                unit: unit, noun: noun, text: doc.string(range), span: doc.span(range), rule: id)
            if let r2 = m.group("num2"), let v2 = NumberWords.value(of: doc.string(r2)), v2 > value { c.valueMax = Quantity(v2) }
            c.action = action(around: range, doc)
            out.append(c)
        }
        return out
    }

    /// Police members after "of" a force or unit ("nine members of the Armed Response Unit",
    /// "Garda members") are officers; other members ("patched members", "members of the
    /// public", "gang members") are people.
    private static let policeMembers = compilePattern(
        "^\\s+of\\s+(?:the\\s+)?(?:[\\p{Lu}][\\p{L}’'-]*\\s+){0,5}?(?:Police|Garda|Gardaí|Constabulary|RCMP|Unit|Squad|Team|Force|Service|Bureau|Division|Branch|Section|Group)\\b",
        caseInsensitive: false)

    private static func membersUnit(after noun: NSRange, mods: NSRange?, _ doc: TextDocument) -> String {
        let end = noun.location + noun.length
        if doc.firstMatch(policeMembers, options: .anchored, in: NSRange(location: end, length: min(80, doc.ns.length - end))) != nil {
            return "officer"
        }
        let before = (mods.map(doc.string) ?? "") + doc.before(noun.location, 24)
        let police = ["police", "garda", "force", "staff", "unit", "team", "squad", "armed", "specialist", "uniformed"]
        return police.contains { before.lowercased().contains($0) } ? "officer" : "person"
    }

    private static func action(around range: NSRange, _ doc: TextDocument) -> String? {
        let end = range.location + range.length
        let afterRange = NSRange(location: end, length: min(60, doc.ns.length - end))
        if let a = doc.firstMatch(actionAfter, in: afterRange), let r = a.group("action") {
            return doc.string(r).lowercased()
        }
        let lo = max(0, range.location - 30)
        if let b = doc.firstMatch(actionBefore, in: NSRange(location: lo, length: range.location - lo)),
            let r = b.group("action")
        {
            return doc.string(r).lowercased()
        }
        return nil
    }
}
