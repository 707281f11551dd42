import Foundation

/// `place.context`: capitalised names no gazetteer knows, taken when the words around them say
/// they are places: "in Murrough", "near Burnee", "at Adelaide River", "the hamlet of
/// Ardmore", "the Stratford area", "Upper Marlboro, MD", "Stratford, east London"; and
/// `place.list`: the other members of a list most of whose members are known places
/// ("suburbs including New Lynn, Karaka, Greenlane and Northcote").
enum PlaceContextRule {
    /// A run of capitalised words (one space or a hyphen apart), as token indices.
    struct Chain {
        var first: Int
        var last: Int
    }

    static func apply(_ scan: PlaceScan, known: [PlaceCandidate]) -> [PlaceCandidate] {
        var out: [PlaceCandidate] = []
        for chain in chains(scan) {
            guard var c = trimmed(chain, scan), !covered(c, known, scan), !PlaceGazetteerRule.judicialDistrict(c.first, scan) else { continue }
            guard valid(c, scan), let kind = cueKind(c, strippedFrom: chain.first, scan) ?? pairOfKnownNames(c, scan) else { continue }
            c = Chain(first: c.first, last: c.last)
            out.append(candidate(c, kind: kind, rule: "place.context", scan))
        }
        return out
    }

    /// "the Chinatown-International District", "the Parkland Park Neighborhood": a name that
    /// ends in a district word after "the".
    static func namedDistricts(_ scan: PlaceScan) -> [PlaceCandidate] {
        let heads: Set<String> = ["District", "Neighborhood", "Neighbourhood", "Quarter"]
        var out: [PlaceCandidate] = []
        for c in chains(scan) where c.last > c.first && heads.contains(scan.tokens[c.last].text) {
            guard c.first > 0, scan.tokens[c.first - 1].text.lowercased() == "the", scan.gap(before: c.first) == " " else {
                continue
            }
            let body = Chain(first: c.first, last: c.last - 1)
            guard valid(body, scan, followed: false) || PlaceGazetteer.shared.lookup(scan.tokens[c.first].text) != nil,
                !(c.first...c.last).contains(where: { scan.isOrgWord(at: $0) }),
                !scan.isOrgWord(at: c.last + 1) || scan.gap(after: c.last) != " "
            else { continue }
            out.append(candidate(c, kind: "district", rule: "place.context", scan))
        }
        return out
    }

    /// Members of lists whose other members are known places.
    static func lists(_ scan: PlaceScan, known: [PlaceCandidate]) -> [PlaceCandidate] {
        var out: [PlaceCandidate] = []
        let all = chains(scan).compactMap { trimmed($0, scan) }
        var i = 0
        while i < all.count {
            var items = [all[i]]
            var j = i
            while j + 1 < all.count, isListGap(from: all[j].last, to: all[j + 1].first, scan) {
                items.append(all[j + 1])
                j += 1
            }
            i = j + 1
            let names = Set(known.map { PlaceGazetteer.key($0.name) })
            let usable = items.filter { valid($0, scan) }
            guard items.count >= 3 || usable.count >= 2 else { continue }
            let knownItems = usable.filter { names.contains(PlaceGazetteer.key(scan.doc.string(range($0, scan)))) }
            // Half the members known, or one known and the list led by a place word ("reported
            // in Hamilton, Te Rapa and Ngāruawāhia").
            let led = scan.lowerWordBefore(items[0].first).map { PlaceLexicons.beforeCues[$0] != nil } ?? false
            guard !knownItems.isEmpty, knownItems.count * 2 >= usable.count || led else { continue }
            let kinds = knownItems.compactMap { item in
                known.first { PlaceGazetteer.key($0.name) == PlaceGazetteer.key(scan.doc.string(range(item, scan))) }?.kind
            }
            let kind = kinds.contains("district") ? "district" : (kinds.first ?? "city")
            for item in usable where !covered(item, known, scan) {
                out.append(candidate(item, kind: kind == "street" || kind == "venue" ? "city" : kind, rule: "place.list", scan))
            }
        }
        return out
    }

    static func chains(_ scan: PlaceScan) -> [Chain] {
        var out: [Chain] = []
        var i = 0
        let t = scan.tokens
        while i < t.count {
            guard t[i].isCapitalised else {
                i += 1
                continue
            }
            var j = i
            while j + 1 < t.count, t[j + 1].isCapitalised, scan.gap(after: j) == " " || scan.gap(after: j) == "-",
                t[j].bare == t[j].text
            {
                j += 1
            }
            out.append(Chain(first: i, last: j))
            i = j + 1
        }
        return out
    }

    /// Drops leading stopwords ("In Murrough" → "Murrough").
    private static func trimmed(_ c: Chain, _ scan: PlaceScan) -> Chain? {
        var first = c.first
        while first <= c.last, PlaceLexicons.stopwords.contains(scan.tokens[first].text) {
            if PlaceLexicons.namePrefixes.contains(scan.tokens[first].text) { return nil }  // "Operation Apex"
            first += 1
        }
        return first <= c.last ? Chain(first: first, last: c.last) : nil
    }

    /// "Tasmanian", "Canadian", "Victorian": an adjective made from a known place name.
    static func isDemonym(_ word: String) -> Bool {
        guard word.hasSuffix("n"), word.count > 4 else { return false }
        let stems = [String(word.dropLast()), String(word.dropLast(3)) + "a", String(word.dropLast(3)) + "y", String(word.dropLast(2))]
        return stems.contains { $0.count >= 4 && !PlaceGazetteer.shared.candidates($0).isEmpty }
    }

    /// Words that never begin a place name but may end one ("High Town", "Garden City").
    private static let nameEndings: Set<String> = ["Town", "City", "Borough", "Village"]

    /// Short, not a person, no organisation or stop word, no acronym, not followed by a number.
    private static func valid(_ c: Chain, _ scan: PlaceScan, followed: Bool = true) -> Bool {
        guard c.last - c.first < 3 else { return false }
        for k in c.first...c.last {
            let t = scan.tokens[k]
            if PlaceLexicons.stopwords.contains(t.bare), !(k > c.first && nameEndings.contains(t.bare)) { return false }
            if scan.isOrgWord(at: k) || t.isAllCaps { return false }
            if OfficerRankLexicon.words.contains(t.bare) || t.text.first?.isNumber == true { return false }
        }
        if c.first == c.last, scan.surnames.contains(scan.tokens[c.first].bare) { return false }
        if c.first == c.last, PlaceLexicons.streetTypeWords.contains(scan.tokens[c.first].text) { return false }  // "Drive" alone
        if c.first == c.last, isDemonym(scan.tokens[c.first].bare) { return false }  // "Tasmanian roads"
        if scan.isPerson(range(c, scan)) { return false }
        let after = scan.gap(after: c.last)
        if after == " ", c.last + 1 < scan.tokens.count, scan.tokens[c.last + 1].text.first?.isNumber == true { return false }
        if after == " " || after == "/", scan.isOrgWord(at: c.last + 1) { return false }
        return !followed || PlaceGazetteerRule.followedWell(c.last, scan)  // "Devon and Cornwall Police"
    }

    /// The kind a place cue gives the chain, or nil when there is no cue.
    private static func cueKind(_ c: Chain, strippedFrom original: Int, _ scan: PlaceScan) -> String? {
        let t = scan.tokens
        // "on Rushey Green", "off Tower Gate"
        if c.last > c.first, PlaceLexicons.cuedStreetTypes.contains(t[c.last].text), var w = scan.lowerWordBefore(c.first) {
            if w == "the", c.first >= 2, scan.gap(before: c.first - 1) == " " { w = t[c.first - 2].text.lowercased() }  // "on the Royal Mile"
            if ["on", "along", "off"].contains(w) { return "street" }
        }
        // "a Greerton garage", "a 27-year-old Riverside man": a name used as a place modifier.
        if scan.gap(after: c.last) == " ", c.last + 1 < t.count, PlaceLexicons.modifierNouns.contains(t[c.last + 1].text), c.first > 0,
            scan.gap(before: c.first) == " ",
            ["a", "an"].contains(t[c.first - 1].text) || t[c.first - 1].text.hasSuffix("-old")
                || (t[c.first - 1].text == "old" && scan.gap(before: c.first - 1) == "-")
        {
            return "city"
        }
        // "the Stratford area", "the Parkland Park neighborhood"
        if scan.gap(after: c.last) == " ", c.last + 1 < t.count, let kind = PlaceLexicons.afterCues[t[c.last + 1].text] {
            // "the Otago Coastal area commander": a police area, not a place.
            if c.last + 2 < t.count, ["commander", "command", "manager", "controller", "commanders"].contains(t[c.last + 2].text) {
                return nil
            }
            return kind
        }
        if scan.gap(after: c.last) == "-", c.last + 1 < t.count, t[c.last + 1].text == "based" { return "city" }
        // "the Kendall-Whittier and Crutchfield neighborhoods": a plural cue after a list.
        if let kind = coordinatedCue(after: c.last, scan) { return kind }
        // "Upper Marlboro, MD", "Stratford, east London", "Cullaville, Co Armagh"
        let after = scan.gap(after: c.last)
        if after == ", ", c.last + 1 < t.count {
            let next = t[c.last + 1]
            if ["Co", "County"].contains(next.text), c.last + 2 < t.count, t[c.last + 2].isCapitalised,
                [" ", ". "].contains(scan.gap(after: c.last + 1))
            {
                return "city"
            }
            if let e = PlaceGazetteer.shared.lookup(next.bare), e.kind == "region" || e.kind == "country", next.isCapitalised {
                return "city"
            }
            if PlaceLexicons.compass.contains(next.text.capitalized), next.text.first?.isLowercase == true,
                c.last + 2 < t.count, PlaceGazetteer.shared.lookup(t[c.last + 2].bare) != nil
            {
                return "district"
            }
        }
        // "in Murrough", "In Murrough", "at Adelaide River"
        var cue: String?
        if c.first > original {
            cue = t[c.first - 1].text.lowercased()
        } else if let w = scan.lowerWordBefore(c.first) {
            cue = w
        }
        if let cue, let kind = PlaceLexicons.beforeCues[cue] {
            if cue == "at" && c.first == c.last { return nil }
            return kind
        }
        // "across the Pilbara", "throughout the Waikato": a region named with "the".
        if c.first >= 2, c.first == original, scan.gap(before: c.first) == " ", t[c.first - 1].text == "the",
            ["across", "throughout"].contains(t[c.first - 2].text.lowercased()), scan.gap(before: c.first - 1) == " "
        {
            return "region"
        }
        // "bound for Numbulwar Community"
        if c.first >= 2, c.first == original, scan.gap(before: c.first) == " ", scan.gap(before: c.first - 1) == " " {
            let two = t[c.first - 2].text.lowercased() + " " + t[c.first - 1].text.lowercased()
            if let kind = PlaceLexicons.beforeCues[two] { return kind }
        }
        // "District B-2 (Roxbury)": the name of a police district's neighbourhood.
        if scan.gap(before: c.first).hasSuffix("("), scan.gap(after: c.last).hasPrefix(")"), c.first >= 2,
            (max(0, c.first - 4)..<c.first).contains(where: { ["District", "Precinct", "Division", "Area"].contains(t[$0].text) })
        {
            return "district"
        }
        // "the hamlet of Ardmore"
        if c.first >= 2, scan.gap(before: c.first) == " ", t[c.first - 1].text == "of", scan.gap(before: c.first - 1) == " " {
            let noun = t[c.first - 2].text.lowercased() + " of"
            if let row = PlaceLexicons.cues.first(where: { $0.position == "of" && $0.words == noun }) { return row.kind }
        }
        return nil
    }

    /// "Kendall-Whittier": known place names hyphened into one name make a district (unless a
    /// noun after them makes them a pair of places, "the Dublin-Belfast route").
    private static func pairOfKnownNames(_ c: Chain, _ scan: PlaceScan) -> String? {
        guard c.last > c.first, (c.first..<c.last).allSatisfy({ scan.gap(after: $0) == "-" }),
            (c.first...c.last).allSatisfy({ PlaceGazetteer.shared.lookup(scan.tokens[$0].bare) != nil }),
            PlaceGazetteerRule.hyphenedIntoLongerName(c.first, c.first, scan)
        else { return nil }
        return "district"
    }

    /// The kind a plural place noun gives every member of the list it closes: for the name
    /// ending at token `last`, followed by ", Y", " and Y", ", and Y" … and then "areas",
    /// "neighborhoods", "suburbs".
    private static func coordinatedCue(after last: Int, _ scan: PlaceScan) -> String? {
        let t = scan.tokens
        var j = last
        for _ in 0..<4 {
            var k = j + 1
            let g = scan.gap(after: j)
            if g == " ", k < t.count, t[k].text == "and" || t[k].text == "or" {
                guard scan.gap(after: k) == " " else { return nil }
                k += 1
            } else if g == ", ", k < t.count, t[k].text == "and" {
                k += 1
            } else if g != ", " {
                return nil
            }
            guard k < t.count, t[k].isCapitalised else { return nil }
            var end = k
            while end + 1 < t.count, t[end + 1].isCapitalised, scan.gap(after: end) == " " || scan.gap(after: end) == "-",
                end - k < 3
            {
                end += 1
            }
            if scan.gap(after: end) == " ", end + 1 < t.count, t[end + 1].text.hasSuffix("s"),
                let kind = PlaceLexicons.afterCues[t[end + 1].text]
            {
                return kind
            }
            j = end
        }
        return nil
    }

    private static func isListGap(from a: Int, to b: Int, _ scan: PlaceScan) -> Bool {
        guard b == a + 1 || (b == a + 2 && scan.tokens[a + 1].text == "and") else { return false }
        if b == a + 1 { return [", ", " & "].contains(scan.gap(after: a)) }
        return [" ", ", "].contains(scan.gap(after: a)) && scan.gap(after: a + 1) == " "
    }

    static func range(_ c: Chain, _ scan: PlaceScan) -> NSRange {
        let lo = scan.tokens[c.first].range.location
        var end = scan.tokens[c.last].end
        // A possessive is not part of a name, except in a saint's name ("St Matthew's").
        let saint = c.last > c.first && ["St", "St.", "Saint"].contains(scan.tokens[c.first].text)
        if scan.tokens[c.last].bare != scan.tokens[c.last].text, !saint { end -= 2 }
        return NSRange(location: lo, length: end - lo)
    }

    private static func candidate(_ c: Chain, kind: String, rule: String, _ scan: PlaceScan) -> PlaceCandidate {
        let r = range(c, scan)
        return PlaceCandidate(range: r, name: scan.doc.string(r), kind: kind, rule: rule)
    }

    private static func covered(_ c: Chain, _ known: [PlaceCandidate], _ scan: PlaceScan) -> Bool {
        let r = range(c, scan)
        return known.contains { $0.range.location < r.location + r.length && r.location < $0.end }
    }

    private static func covers(_ k: PlaceCandidate, _ c: Chain, _ scan: PlaceScan) -> Bool {
        let r = range(c, scan)
        return k.range.location <= r.location && r.location + r.length <= k.end
    }
}
