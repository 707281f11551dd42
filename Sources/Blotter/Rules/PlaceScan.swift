import Foundation

/// What the place rules share while scanning one document: its tokens and the spans that are
/// known not to be places (people's names).
struct PlaceScan {
    let doc: TextDocument
    let tokens: [PlaceToken]
    /// Distinct token texts, for cheap gating of the street and venue patterns.
    let words: Set<String>
    /// People's names (officers and titled people): never places.
    let people: [NSRange]
    /// Surnames of those people, for names used alone later ("Newman says").
    let surnames: Set<String>

    /// Answers of `isOrgWord`, by token (nil: not asked yet).
    private final class OrgCache {
        var flags: [Bool?]
        init(_ n: Int) { flags = Array(repeating: nil, count: n) }
    }
    private let orgCache: OrgCache

    init(_ doc: TextDocument) {
        self.doc = doc
        self.tokens = PlaceToken.tokens(doc)
        self.orgCache = OrgCache(tokens.count)
        self.words = Set(tokens.map(\.text))
        let people = OfficerNameFinder.personNames(doc)
        self.people = people.map(\.range)
        self.surnames = Set(people.compactMap { $0.name.split(separator: " ").last.map(String.init) })
    }

    /// Text between token `i` and token `i + 1` ("" past the end).
    func gap(after i: Int) -> String {
        guard i + 1 < tokens.count else { return "" }
        let lo = tokens[i].end
        return doc.string(NSRange(location: lo, length: tokens[i + 1].range.location - lo))
    }

    /// Text between the end of token `i - 1` and token `i`.
    func gap(before i: Int) -> String { i > 0 ? gap(after: i - 1) : "" }

    /// Index of the first token starting at or after the UTF-16 offset.
    func tokenIndex(atOrAfter location: Int) -> Int {
        var lo = 0
        var hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].range.location < location { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The token that follows a name ending at UTF-16 offset `end` after one space, if any.
    func tokenRightAfter(_ end: Int) -> Int? {
        let next = tokenIndex(atOrAfter: end)
        guard next < tokens.count, tokens[next].range.location == end + 1, gap(before: next) == " " else { return nil }
        return next
    }

    /// Whether the range overlaps a person's name.
    func isPerson(_ r: NSRange) -> Bool {
        people.contains { $0.location < r.location + r.length && r.location < $0.location + $0.length }
    }

    /// Whether an organisation word ("Police", "RCMP", "Sheriff’s Office") starts at token `i`.
    /// Each token is looked at once per document; the rules ask about the same ones often.
    func isOrgWord(at i: Int) -> Bool {
        guard i >= 0, i < tokens.count else { return false }
        if let known = orgCache.flags[i] { return known }
        let loc = tokens[i].range.location
        // Organisation names are a few words long: look at the next 80 characters only.
        let found = tokens[i].text.first?.isLetter == true
            ? doc.firstMatch(PlaceLexicons.orgAt, options: .anchored, in: NSRange(location: loc, length: min(80, doc.ns.length - loc))) != nil
            : false
        orgCache.flags[i] = found
        return found
    }

    /// Whether a capitalised word that stands right before token `i` (one space apart) ties it
    /// into a longer name: a person ("Paul Newman"), a unit ("Drug Squad Townsville").
    func capitalisedNeighbourBefore(_ i: Int) -> PlaceToken? {
        guard i > 0, gap(before: i) == " ", tokens[i - 1].isCapitalised else { return nil }
        return tokens[i - 1]
    }

    /// The capitalised word right after token `i` (one space apart), if any.
    func capitalisedNeighbourAfter(_ i: Int) -> PlaceToken? {
        guard i + 1 < tokens.count, gap(after: i) == " " || gap(after: i) == "/",
            tokens[i + 1].isCapitalised || tokens[i + 1].text.first?.isNumber == true
        else { return nil }
        return tokens[i + 1]
    }

    /// The lower-case word right before token `i`, if one space apart.
    func lowerWordBefore(_ i: Int) -> String? {
        guard i > 0 else { return nil }
        let g = gap(before: i)
        guard g == " " || g == "\u{00A0}" else { return nil }
        let t = tokens[i - 1].text
        return t.first?.isLowercase == true ? t : nil
    }
}
