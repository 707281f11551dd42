import Foundation

/// `place.street` and `place.numbered-road`: streets named by a type word ("Romford Road",
/// "12thAvenue South", "Queens Chapel Road") and numbered roads ("the A13", "Interstate 95",
/// "Route 9"). Junctions need no rule of their own: each street of "the junction of X and Y"
/// is found here.
enum PlaceStreetRule {
    private static let nameWord = "(?:(?:Mt|St|Ft)\\.|\\p{Lu}[\\p{L}’'\\-]*(?:[ \\t]+(?:of|of[ \\t]+the|de|la|le|du|von|van)(?=[ \\t]+\\p{Lu}))?)"
    private static let ordinal = "\\d{1,4}(?:st|nd|rd|th)"
    private static let street = compilePattern("(?<![\\p{L}\\p{N}’'.])((?:(?:\(nameWord)|\(ordinal))[ \\t]+){0,3}(?:\(nameWord)[ \\t]+|\(ordinal)[ \\t]*))"
            + "(\(Lexicon.alternation(PlaceLexicons.streetTypes)))(?![\\p{L}\\p{N}’'])"
            + "(?:[ \\t]+(\(Lexicon.alternation(Array(PlaceLexicons.compassSuffixes))))(?![\\p{L}\\p{N}]))?")
    private static let numbered = compilePattern("(?<![\\p{L}\\p{N}])(?:(?:\(Lexicon.alternation(PlaceLexicons.numberedPrefixes)))[ \\t]?\\d{1,4}[A-Z]?"
            + "|([AMBNR]\\d{1,4}(?:\\(M\\))?))(?![\\p{L}\\p{N}])")
    /// Words that show a bare "A13" or "M25" is a road.
    private static let roadCue = compilePattern("(?:\\bthe\\s+$)|(?:^\\s+(?:road|motorway|carriageway|northbound|southbound|eastbound|westbound|"
            + "junction|slip\\s+road|dual))", caseInsensitive: true)

    /// "216 Street", "152 Avenue": streets named by a bare number (Surrey and Langley, BC;
    /// Edmonton); a number before a name ("74 Bower Street") is a house number instead.
    private static let numberedStreet = compilePattern("(?<![\\p{L}\\p{N},.$£€-])\\d{2,3}[ \\t]+(?:Street|Avenue|St|Ave)(?![\\p{L}\\p{N}])")

    static func apply(_ scan: PlaceScan) -> [PlaceCandidate] {
        var out: [PlaceCandidate] = []
        let doc = scan.doc
        for m in doc.matches(numberedStreet) where !scan.isPerson(m.range) {
            out.append(PlaceCandidate(range: m.range, name: doc.string(m.range), kind: "street", rule: "place.street"))
        }
        if !scan.words.isDisjoint(with: PlaceLexicons.streetTypes) || doc.text.contains(where: \.isNumber) {
            for m in doc.matches(street, in: doc.fullRange) {
                if let c = trimmed(m, scan) { out.append(c) }
            }
        }
        for m in doc.matches(numbered, in: doc.fullRange) {
            if m.range(at: 1).location != NSNotFound, !hasRoadCue(m.range, doc) { continue }
            out.append(PlaceCandidate(range: m.range, name: doc.string(m.range), kind: "street", rule: "place.numbered-road"))
        }
        return out
    }

    /// Drops leading words that cannot begin a street name ("On", "Also", "Part").
    private static func trimmed(_ m: NSTextCheckingResult, _ scan: PlaceScan) -> PlaceCandidate? {
        let doc = scan.doc
        var start = m.range.location
        let end = m.range.location + m.range.length
        var i = scan.tokenIndex(atOrAfter: start)
        while i < scan.tokens.count, scan.tokens[i].range.location < m.range(at: 2).location {
            let t = scan.tokens[i]
            guard PlaceLexicons.stopwords.contains(t.text) else { break }
            i += 1
            start = i < scan.tokens.count ? scan.tokens[i].range.location : end
        }
        // "Prince of Wales Road" is one name; "Residents of Mill Lane", "North of Mill Lane" are not.
        var k = scan.tokenIndex(atOrAfter: start)
        while k < scan.tokens.count, scan.tokens[k].range.location < m.range(at: 2).location,
            scan.tokens[k].text.first?.isLowercase == true
        {
            k += 1  // "Part of Station Road": the stop word went, its "of" goes too
            start = k < scan.tokens.count ? scan.tokens[k].range.location : end
        }
        while k + 1 < scan.tokens.count, scan.tokens[k + 1].range.location < m.range(at: 2).location {
            let word = scan.tokens[k].text
            if scan.tokens[k + 1].text == "of",
                word.hasSuffix("s") || PlaceLexicons.compass.contains(word) || PlaceLexicons.stopwords.contains(word)
            {
                var after = k + 2
                if after < scan.tokens.count, scan.tokens[after].text == "the" { after += 1 }
                guard after < scan.tokens.count else { return nil }
                start = scan.tokens[after].range.location
                k = after
                continue
            }
            k += 1
        }
        // "Central Drive", "North Road": a name word that is also a stop word is the name when
        // nothing else is left ("In High Street" loses "In" only).
        if start >= m.range(at: 2).location, let lastName = lastNameWord(before: m.range(at: 2).location, from: m.range.location, scan) {
            start = lastName
        }
        guard start < m.range(at: 2).location || doc.string(m.range(at: 1)).first?.isNumber == true else { return nil }
        if start >= m.range(at: 2).location { start = m.range.location }
        let r = NSRange(location: start, length: end - start)
        if scan.isPerson(r) { return nil }
        // "Operation Checkout Lane": the name of an operation.
        let first = scan.tokenIndex(atOrAfter: start)
        if first > 0, scan.gap(before: first) == " ", PlaceLexicons.namePrefixes.contains(scan.tokens[first - 1].text) { return nil }
        // "BC Highway Patrol", "Ohio State Highway Patrol": the street word names a body.
        if let next = scan.tokenRightAfter(end), scan.isOrgWord(at: next) { return nil }
        return PlaceCandidate(range: r, name: doc.string(r), kind: "street", rule: "place.street")
    }

    private static let functionWords: Set<String> = [
        "The", "A", "An", "In", "At", "On", "Of", "By", "From", "To", "And", "Or", "For", "With", "Off", "Near", "Along", "Into", "Outside",
    ]

    /// Start of the last capitalised word before the street type that is not a function word;
    /// "The" when it is the only word ("The Square", "The Strand").
    private static func lastNameWord(before typeStart: Int, from start: Int, _ scan: PlaceScan) -> Int? {
        var i = scan.tokenIndex(atOrAfter: start)
        var found: Int?
        var the: Int?
        while i < scan.tokens.count, scan.tokens[i].range.location < typeStart {
            let t = scan.tokens[i]
            if t.isCapitalised, !functionWords.contains(t.text) { found = t.range.location } else { found = nil }
            the = t.text == "The" && scan.gap(after: i) == " " ? t.range.location : nil
            i += 1
        }
        return found ?? the
    }

    private static func hasRoadCue(_ r: NSRange, _ doc: TextDocument) -> Bool {
        let lo = max(0, r.location - 8)
        let before = doc.string(NSRange(location: lo, length: r.location - lo))
        let afterLen = min(24, doc.ns.length - (r.location + r.length))
        let after = doc.string(NSRange(location: r.location + r.length, length: afterLen))
        let b = before as NSString
        let a = after as NSString
        return roadCue.firstMatch(in: before, range: NSRange(location: 0, length: b.length)) != nil
            || roadCue.firstMatch(in: after, range: NSRange(location: 0, length: a.length)) != nil
    }
}
