import Foundation

/// One place mention a place rule proposes, before overlaps are resolved and mentions merged.
struct PlaceCandidate {
    /// UTF-16 range of the mention.
    var range: NSRange
    /// The name as written (without a possessive "’s").
    var name: String
    /// `country`, `region`, `city`, `district`, `street` or `venue`.
    var kind: String
    /// The rule that found it.
    var rule: String

    /// Venues and streets beat known names, which beat names known only by context.
    var strength: Int {
        switch rule {
        case "place.venue": return 4
        case "place.street", "place.numbered-road": return 3
        case "place.gazetteer": return 2
        default: return 1
        }
    }

    var end: Int { range.location + range.length }

    func overlaps(_ other: PlaceCandidate) -> Bool {
        range.location < other.end && other.range.location < end
    }
}
