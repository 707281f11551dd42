import Foundation

/// Sets `within` when the text nests one place in another: "Romford Road in Forest Gate",
/// "Stratford, east London", "Springfield, Illinois", "the Owen Avenue area of East Kilbride",
/// "Westerby Road in the Middlesbrough area". The outer place must be of a larger kind.
enum PlaceNesting {
    /// Text between two mentions that nests the first in the second.
    private static let link = compilePattern("^(?:,[ \\t]*(?:(?:north|south|east|west|central|north-east|north-west|south-east|south-west|"
            + "northern|southern|eastern|western|inner|outer)[ \\t]+)?|[ \\t]+(?:in|of|near)[ \\t]+(?:the[ \\t]+)?"
            + "|[ \\t]+area[ \\t]+of[ \\t]+)$", caseInsensitive: true)
    private static let rank: [String: Int] = ["street": 1, "venue": 1, "district": 2, "city": 3, "region": 4, "country": 5]

    /// Whether mentions `n` and `n + 1` stand in a list ("Leeds, Bradford and Wakefield").
    private static func inList(_ n: Int, _ mentions: [PlaceCandidate], _ doc: TextDocument) -> Bool {
        func listGap(_ i: Int) -> Bool {
            guard i >= 0, i + 1 < mentions.count else { return false }
            let r = NSRange(location: mentions[i].end, length: mentions[i + 1].range.location - mentions[i].end)
            guard r.length >= 0, r.length < 8 else { return false }
            return [", ", " and ", ", and ", " & ", " or ", ", or "].contains(doc.string(r))
        }
        return listGap(n - 1) || listGap(n + 1)
    }

    static func nest(_ records: [PlaceRecord], mentions: [PlaceCandidate], _ doc: TextDocument) -> [PlaceRecord] {
        var out = records
        var idByKey: [String: Int] = [:]
        for (i, r) in records.enumerated() { idByKey[PlaceGazetteer.key(r.name)] = i }
        for (n, (a, b)) in zip(mentions, mentions.dropFirst()).enumerated() {
            guard let ia = idByKey[PlaceGazetteer.key(a.name)], let ib = idByKey[PlaceGazetteer.key(b.name)], ia != ib,
                out[ia].within == nil
            else { continue }
            let gapRange = NSRange(location: a.end, length: b.range.location - a.end)
            guard gapRange.length >= 0, gapRange.length < 24 else { continue }
            let gap = doc.string(gapRange)
            guard link.firstMatch(in: gap) != nil,
                (rank[out[ia].kind] ?? 0) < (rank[out[ib].kind] ?? 0)
            else { continue }
            if gap.hasPrefix(","), inList(n, mentions, doc) { continue }  // "Leeds, Kirklees, Calderdale"
            out[ia].within = out[ib].id
        }
        return out
    }
}
