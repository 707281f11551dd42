import Foundation

/// `place.gazetteer`: towns, districts, counties, states and countries the gazetteer knows,
/// taken when the words around them do not make them part of a longer name: a person ("Paul
/// Newman"), a force or unit ("Queensland Police", "Cold Lake RCMP", "Police Scotland",
/// "Devon and Cornwall Police"). A capitalised compass word in front joins the name ("West
/// Dublin"); names that are also common words need a place cue ("in Swords").
enum PlaceGazetteerRule {
    static func apply(_ scan: PlaceScan) -> [PlaceCandidate] {
        let gaz = PlaceGazetteer.shared
        var out: [PlaceCandidate] = []
        var i = 0
        while i < scan.tokens.count {
            guard scan.tokens[i].isCapitalised, let (last, entry) = longestMatch(at: i, gaz, scan) else {
                i += 1
                continue
            }
            if let c = accept(first: i, last: last, entry, scan) { out.append(c) }
            i = last + 1
        }
        return out
    }

    /// The longest gazetteer name starting at token `i`.
    static func longestMatch(at i: Int, _ gaz: PlaceGazetteer, _ scan: PlaceScan) -> (Int, PlaceGazetteer.Entry)? {
        var parts: [String] = []
        var candidates: [(Int, String)] = []
        var j = i
        while j < scan.tokens.count, j - i < gaz.maxWords {
            if j > i {
                let g = scan.gap(before: j)
                guard g == " " || g == "-" || g == "." || g == ". " || g == "’" else { break }
            }
            parts.append(scan.tokens[j].text)
            let lastOK = scan.tokens[j].isCapitalised || scan.gap(before: j) == "-" || scan.tokens[j].text.first?.isNumber == true
            if lastOK { candidates.append((j, parts.joined(separator: " "))) }
            j += 1
        }
        for (last, _) in candidates.reversed() {
            let possessive = scan.tokens[last].bare != scan.tokens[last].text
            for bare in possessive ? [false, true] : [false] {
                let text = matchText(i, last, bare: bare, scan)
                if let e = gaz.candidates(text).first(where: { caseFits($0, text: text, first: i, last: last, scan) }) {
                    return (last, e)
                }
            }
        }
        return nil
    }

    /// The words of tokens `first...last` as written, without a final possessive when `bare`.
    private static func matchText(_ first: Int, _ last: Int, bare: Bool, _ scan: PlaceScan) -> String {
        let s = scan.doc.string(range(first, last, scan))
        return bare ? String(s.dropLast(2)) : s
    }

    private static func caseFits(_ e: PlaceGazetteer.Entry, text: String, first: Int, last: Int, _ scan: PlaceScan) -> Bool {
        let r = range(first, last, scan)
        var text = text
        if e.name.hasSuffix("."), r.location + r.length < scan.doc.ns.length,
            scan.doc.ns.character(at: r.location + r.length) == 0x2E
        {
            text += "."
        }
        if e.isExactCase { return text == e.name }
        // "WASHINGTON, DC": a name in capitals counts only in a dateline, before a comma.
        // "OPP" is an acronym, not the town of Opp: short capitals need the entry's own spelling.
        let letters = text.filter(\.isLetter)
        if letters.allSatisfy(\.isUppercase), letters.count > 3 || text != e.name {
            // A dateline opens a paragraph: "WASHINGTON, DC", "UPPER MARLBORO, Md." (not "Oxford County OPP,").
            let afterName = first > 0 && scan.gap(before: first) == " " && scan.tokens[first - 1].isCapitalised
                && !scan.tokens[first - 1].isAllCaps
            return !afterName && scan.gap(after: last).hasPrefix(",")
        }
        return true
    }

    private static func range(_ first: Int, _ last: Int, _ scan: PlaceScan) -> NSRange {
        let lo = scan.tokens[first].range.location
        return NSRange(location: lo, length: scan.tokens[last].end - lo)
    }

    /// Checks the words around a gazetteer match and builds its candidate.
    private static func accept(first: Int, last: Int, _ e: PlaceGazetteer.Entry, _ scan: PlaceScan) -> PlaceCandidate? {
        var lo = first
        if first == last, PlaceLexicons.stopwords.contains(scan.tokens[first].bare) { return nil }  // "Canadian"
        if hyphenedIntoLongerName(first, last, scan) { return nil }  // "Kendall-Whittier", "Mercedes-Benz"
        while lo > 0, let prev = scan.capitalisedNeighbourBefore(lo) {
            if scan.isOrgWord(at: lo - 1) || PlaceLexicons.namePrefixes.contains(prev.text) { return nil }  // "Police Scotland"
            if PlaceLexicons.compass.contains(prev.text), first - lo < 2 {
                lo -= 1  // "West Dublin", "North West Leicestershire"
            } else if PlaceLexicons.stopwords.contains(prev.text) {
                break
            } else {
                return nil  // "Paul Newman", "Drug Squad Townsville", "RCMP Eastern Alberta"
            }
        }
        if ofOrganisation(lo, scan) || judicialDistrict(lo, scan) { return nil }
        // "Tyrell J. Hampton": a surname after a middle initial.
        if lo >= 1, scan.gap(before: lo) == ". ", scan.tokens[lo - 1].text.count == 1, scan.tokens[lo - 1].isCapitalised {
            return nil
        }
        if let w = scan.lowerWordBefore(lo), w == "a" || w == "an", !e.name.hasSuffix(" County") { return nil }  // "a Mercedes"
        if e.needsComma, !scan.gap(before: first).hasPrefix(",") { return nil }
        if !followedWell(last, scan, dotted: e.name.hasSuffix(".")) { return nil }
        if e.isCommon, !hasCue(first: first, last: last, scan) { return nil }
        var r = range(lo, last, scan)
        var name = scan.doc.string(r)
        let t = scan.tokens[last]
        if t.bare != t.text {
            r.length -= 2
            name = String(name.dropLast(2))
        } else if e.name.hasSuffix("."), r.location + r.length < scan.doc.ns.length,
            scan.doc.ns.character(at: r.location + r.length) == 0x2E
        {
            r.length += 1
            name += "."
        }
        if t.bare == t.text, e.kind != "region", last + 1 < scan.tokens.count, scan.gap(after: last) == " ",
            scan.tokens[last + 1].text.lowercased() == "county"
        {
            let c = scan.tokens[last + 1]
            r.length = c.end - r.location  // "Fairfield county"
            name = scan.doc.string(r)
        }
        if scan.isPerson(r) { return nil }
        if lo == first, e.kind != "region", scan.surnames.contains(name), first > 0 { return nil }
        let kind = lo < first && e.kind == "city" ? "district" : e.kind
        return PlaceCandidate(range: r, name: name, kind: kind, rule: "place.gazetteer")
    }

    /// Whether the match is hyphened to another capitalised word, so that it is only part of a
    /// longer name ("Kendall-Whittier"), unless a noun after the pair makes it two places.
    static func hyphenedIntoLongerName(_ first: Int, _ last: Int, _ scan: PlaceScan) -> Bool {
        let t = scan.tokens
        let before = first > 0 && scan.gap(before: first) == "-" && t[first - 1].isCapitalised
        let after = last + 1 < t.count && scan.gap(after: last) == "-" && t[last + 1].isCapitalised
        guard before || after else { return false }
        var end = last
        while end + 1 < t.count, scan.gap(after: end) == "-", t[end + 1].isCapitalised { end += 1 }
        if scan.gap(after: end) == " ", end + 1 < t.count, PlaceLexicons.pairNouns.contains(t[end + 1].text.lowercased()) { return false }
        return true
    }

    /// Rejects names followed by a force, unit or acronym ("Seattle Police", "Cold Lake GIS"),
    /// also across a coordination ("Devon and Cornwall Police", "Durham and Cleveland police
    /// forces"), and names that run on into a longer capitalised name ("Manchester United").
    static func followedWell(_ last: Int, _ scan: PlaceScan, dotted: Bool = false) -> Bool {
        if scan.tokens[last].bare != scan.tokens[last].text { return true }  // "BC’s Safer Communities"
        let g = scan.gap(after: last)
        let joined = g == " " || g == "/" || (dotted && g == ". ")
        if dotted, g == ". ", last + 1 < scan.tokens.count, scan.tokens[last + 1].isCapitalised {
            return false  // "U.S. Attorney’s Office"
        }
        if joined, let next = capitalisedRun(after: last, scan) {
            if next.contains(where: { scan.isOrgWord(at: $0) }) { return false }  // "Maryland State Police"
            let t = scan.tokens[next[0]]
            if PlaceLexicons.timeWords.contains(t.text) { return true }  // "in Boston Monday"
            if PlaceGazetteer.shared.candidates(t.bare).contains(where: \.isExactCase) { return true }  // "Southeast DC"
            return false  // "Manchester United", "U.S. Attorney’s Office"
        }
        if joined, scan.isOrgWord(at: last + 1) { return false }  // "Durham and Cleveland police"
        // Coordinated names before a force word: "Devon and Cornwall Police".
        var j = last
        for _ in 0..<3 {
            var k = j + 1
            let g = scan.gap(after: j)
            if g == " ", k < scan.tokens.count, scan.tokens[k].text == "and" {
                k += 1
            } else if !(g == ", " || g == " & " || g == ", and ") {
                return true
            }
            if g == ", and " { k = j + 2 }
            guard k < scan.tokens.count, scan.tokens[k].isCapitalised, scan.gap(before: k) == " " || g == ", " else {
                return true
            }
            let run = capitalisedRun(after: k - 1, scan) ?? [k]
            if run.contains(where: { scan.isOrgWord(at: $0) }) { return false }
            let end = run.last ?? k
            if scan.gap(after: end) == " ", scan.isOrgWord(at: end + 1) { return false }
            j = end
        }
        return true
    }

    /// Indices of the capitalised words that follow token `i`, one space apart.
    static func capitalisedRun(after i: Int, _ scan: PlaceScan) -> [Int]? {
        var out: [Int] = []
        var k = i
        while scan.capitalisedNeighbourAfter(k) != nil, out.count < 6 {
            k += 1
            out.append(k)
            if scan.tokens[k].bare != scan.tokens[k].text { break }
        }
        return out.isEmpty ? nil : out
    }

    /// "the Northern District of Ohio": a federal judicial district, not the place.
    static func judicialDistrict(_ first: Int, _ scan: PlaceScan) -> Bool {
        guard first >= 3, scan.tokens[first - 1].text == "of", scan.tokens[first - 2].text == "District" else { return false }
        return ["Northern", "Southern", "Eastern", "Western", "Middle", "Central"].contains(scan.tokens[first - 3].text)
    }

    /// "Department of Transportation", "Office of the Sheriff": a name that ends a body's name.
    static func ofOrganisation(_ first: Int, _ scan: PlaceScan) -> Bool {
        var k = first - 1
        guard k >= 1 else { return false }
        if scan.tokens[k].text == "the" { k -= 1 }
        guard k >= 1, scan.tokens[k].text == "of" else { return false }
        return scan.isOrgWord(at: k - 1) || scan.tokens[k - 1].text == "Dept"
    }

    /// A place cue next to the name: "in X", "X, Region", "the X area".
    static func hasCue(first: Int, last: Int, _ scan: PlaceScan) -> Bool {
        if let w = scan.lowerWordBefore(first), PlaceLexicons.beforeCues[w.lowercased()] != nil { return true }
        let after = scan.gap(after: last)
        if after.hasPrefix(","), last + 1 < scan.tokens.count, scan.tokens[last + 1].isCapitalised { return true }
        if after == " ", last + 1 < scan.tokens.count, PlaceLexicons.afterCues[scan.tokens[last + 1].text] != nil {
            return true
        }
        return false
    }
}
