import Foundation

/// `place.venue`: named buildings, sites and structures ending in a head word from
/// `place-venue-heads.tsv` ("Swords Garda Station", "Hamilton District Court", "Sheriff’s
/// Headquarters", "Soldiers and Sailors Monument", "SCORE Jail").
enum PlaceVenueRule {
    private static let nameWord = "(?:(?:\\p{Lu}\\.){2,}|\\p{Lu}[\\p{L}\\p{N}’'\\-]*\\.?)"
    private static let venue = compilePattern("(?<![\\p{L}\\p{N}’'])((?:\(nameWord)(?:[ \\t]+(?:and|of|the|&)[ \\t]+|[ \\t]+)){1,6})"
            + "(\(Lexicon.alternation(PlaceLexicons.venueHeads)))(?![\\p{L}\\p{N}])")
    /// Connectors that may join words inside a venue name.
    private static let connectors: Set<String> = ["and", "of", "the"]

    static func apply(_ scan: PlaceScan) -> [PlaceCandidate] {
        let heads = Set(PlaceLexicons.venueHeads.compactMap { $0.split(separator: " ").last.map(String.init) })
        guard !scan.words.isDisjoint(with: heads) else { return [] }
        var out: [PlaceCandidate] = []
        for m in venue.matches(in: scan.doc.text, range: scan.doc.fullRange) {
            for r in split(m.range, headStart: m.range(at: 2).location, scan) {
                if let c = trimmed(r, headStart: max(r.location, min(m.range(at: 2).location, r.location + r.length)), scan) {
                    out.append(c)
                }
            }
        }
        return out
    }

    /// Splits "King County Jail and SCORE Jail" into its two venues.
    private static func split(_ r: NSRange, headStart: Int, _ scan: PlaceScan) -> [NSRange] {
        var i = scan.tokenIndex(atOrAfter: r.location)
        let end = r.location + r.length
        while i + 1 < scan.tokens.count, scan.tokens[i + 1].range.location < headStart {
            let t = scan.tokens[i + 1]
            if t.text == "and" || t.text == "&", let head = innerHead(endingBefore: i, from: r.location, scan) {
                let first = NSRange(location: r.location, length: head - r.location)
                let restStart = i + 2 < scan.tokens.count ? scan.tokens[i + 2].range.location : end
                return [first] + split(NSRange(location: restStart, length: end - restStart), headStart: headStart, scan)
            }
            i += 1
        }
        return [r]
    }

    /// End of a venue head word that ends at token `i`, if one does.
    private static func innerHead(endingBefore i: Int, from start: Int, _ scan: PlaceScan) -> Int? {
        for j in stride(from: i, through: max(0, i - 2), by: -1) where scan.tokens[j].range.location >= start {
            let loc = scan.tokens[j].range.location
            let range = NSRange(location: loc, length: scan.tokens[i].end - loc)
            if let m = PlaceLexicons.venueHeadAt.firstMatch(in: scan.doc.text, options: .anchored, range: range),
                m.range.length == range.length, j > 0, scan.tokens[j - 1].range.location >= start
            {
                return scan.tokens[i].end
            }
        }
        return nil
    }

    /// Drops leading words that cannot begin a name; rejects teams and units ("… Crime Unit").
    private static func trimmed(_ r: NSRange, headStart: Int, _ scan: PlaceScan) -> PlaceCandidate? {
        let end = r.location + r.length
        var i = scan.tokenIndex(atOrAfter: r.location)
        while i < scan.tokens.count, scan.tokens[i].range.location < headStart {
            let t = scan.tokens[i]
            guard PlaceLexicons.stopwords.contains(t.text) || connectors.contains(t.text) else { break }
            i += 1
        }
        // "Garda Sergeant Mary Byrne of Store Street Garda Station": start after the person.
        var k = i
        while k < scan.tokens.count, scan.tokens[k].range.location < headStart {
            if scan.isPerson(scan.tokens[k].range) {
                guard
                    let of = (k..<scan.tokens.count).first(where: {
                        scan.tokens[$0].range.location < headStart && connectors.contains(scan.tokens[$0].text)
                    })
                else { return nil }
                i = of + 1
                k = of
            }
            k += 1
        }
        while i < scan.tokens.count,
            connectors.contains(scan.tokens[i].text) || PlaceLexicons.stopwords.contains(scan.tokens[i].text)
        {
            i += 1
        }
        guard i < scan.tokens.count else { return nil }
        let start = scan.tokens[i].range.location
        guard start < headStart else { return nil }
        var j = i
        while j < scan.tokens.count, scan.tokens[j].range.location < headStart {
            if let kind = PlaceLexicons.orgWords[scan.tokens[j].text], kind != "force" { return nil }
            j += 1
        }
        let range = NSRange(location: start, length: end - start)
        if scan.isPerson(range) { return nil }
        // "HM Prison Service", "Maryland Park Police": the venue word names a body;
        // "West Center Street": it is part of a street name.
        if let next = scan.tokenRightAfter(end), PlaceLexicons.streetTypeWords.contains(scan.tokens[next].text) || scan.isOrgWord(at: next) {
            return nil
        }
        return PlaceCandidate(range: range, name: scan.doc.string(range), kind: "venue", rule: "place.venue")
    }
}
