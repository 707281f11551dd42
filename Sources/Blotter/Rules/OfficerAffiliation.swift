import Foundation

/// The area, unit or force named beside an officer: "DI Andy Packer from Newham" (area),
/// "Det Supt Mark Haworth-Oates from Lancashire Police" (force), "Superintendent Colin Smith
/// of Arnhem OSD", "Newham's borough commander" and "National Organised Crime Group’s Detective Inspector Greg Cramer" (unit).
/// The kind comes from the words of the name (`place-org-words.tsv`).
enum OfficerAffiliation {
    private static let chain = "\\p{Lu}[\\p{L}’'\\-.]*(?:[ \\t]+(?:(?:and|of|&)[ \\t]+)?\\p{Lu}[\\p{L}’'\\-]*){0,6}"
    private static let after = compilePattern("^,?[ \\t]+((?:from|of|at|with)[ \\t]+(?:the[ \\t]+)?)?(\(chain))")
    /// "Superintendent Jenny Williams, Newham's borough commander"
    private static let possessiveAfter = compilePattern("^,[ \\t]+(\(chain))[’']s[ \\t]+\\p{Ll}")
    private static let before = compilePattern("(?<![\\p{L}])(\(chain))[’']s[ \\t]+$")

    static func find(_ m: OfficerMention, _ doc: TextDocument) -> (area: String?, unit: String?, force: String?) {
        let end = m.range.location + m.range.length
        let afterRange = NSRange(location: end, length: min(120, doc.ns.length - end))
        if let p = doc.firstMatch(possessiveAfter, options: .anchored, in: afterRange) {
            return classify(doc.string(p.range(at: 1)))
        }
        if let a = doc.firstMatch(after, options: .anchored, in: afterRange) {
            let found = classify(doc.string(a.range(at: 2)))
            // Without "from"/"of" only a force or unit counts: "Rob Carden-Smith, Thames Valley Police".
            if a.range(at: 1).location != NSNotFound || found.area == nil { return found }
        }
        let lo = max(0, m.range.location - 120)
        let beforeRange = NSRange(location: lo, length: m.range.location - lo)
        if let b = doc.firstMatch(before, in: beforeRange) {
            return classify(doc.string(b.range(at: 1)))
        }
        return (nil, nil, nil)
    }

    static func classify(_ full: String) -> (area: String?, unit: String?, force: String?) {
        let name = full.hasPrefix("The ") ? String(full.dropFirst(4)) : full
        let words = name.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        if let last = words.last, PlaceLexicons.venueHeads.contains(last) { return (nil, nil, nil) }  // "… Garda Station"
        let kinds = words.compactMap { PlaceLexicons.orgWords[$0] }
        if kinds.contains("unit") { return (nil, name, nil) }
        if kinds.contains("force") { return (nil, nil, name) }
        if !kinds.isEmpty { return (nil, name, nil) }
        if words.count <= 3, !words.contains(where: { OfficerRankLexicon.notName.contains($0) }) { return (name, nil, nil) }
        return (nil, nil, nil)
    }
}
