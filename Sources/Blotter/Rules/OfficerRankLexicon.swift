import Foundation

/// Police ranks and law-enforcement titles from `Lexicons/ranks.tsv`, and the titles of people
/// who are not officers from `Lexicons/non-officer-titles.tsv`.
enum OfficerRankLexicon {
    /// One rank row.
    struct Rank: Sendable {
        let surface: String
        let full: String
        let isPlural: Bool
    }

    static let ranks: [Rank] = Lexicon.rows("ranks").filter { $0.count > 1 }.map {
        Rank(surface: $0[0], full: $0[1], isPlural: $0.count > 2 && $0[2] == "plural")
    }
    /// Spelled-out rank by surface form without dots ("Sgt" → "Sergeant").
    static let fullBySurface: [String: String] = Dictionary(
        ranks.map { (normalised($0.surface), $0.full) }, uniquingKeysWith: { a, _ in a })
    /// Every word of every rank ("Detective", "Inspector", "Sgt"): never a place or a name.
    static let words: Set<String> = Set(ranks.flatMap { $0.surface.split(separator: " ").map(String.init) })
    /// Titles of people who are not officers ("Mayor", "Police and Crime Commissioner").
    static let nonOfficerTitles: [String] = rows("title")
    /// Phrases that mark a non-police service in the sentence ("Fire and Rescue").
    static let nonPoliceContext: [String] = rows("context")
    /// Capitalised words that are never part of a person's name.
    static let notName: Set<String> = Set(rows("notname"))

    /// Regex source for a rank with optional "Acting"/"Temporary" and "Detective"/"Det" prefixes;
    /// groups: 1 prefix, 2 detective, 3 rank.
    static func pattern(plural: Bool) -> String {
        let surfaces = ranks.filter { $0.isPlural == plural }.map(\.surface)
        return "(?:(Acting|Temporary|A/|T/)[ \\t]*)?(?:(Detective|Det\\.?)[ \\t]+)?(\(dotted(surfaces)))"
    }

    /// Alternation of literal forms, longest first, each word optionally followed by a dot.
    static func dotted(_ forms: [String]) -> String {
        Set(forms).sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }.map { form in
            form.split(separator: " ").map { NSRegularExpression.escapedPattern(for: String($0)) + "\\.?" }
                .joined(separator: "[ \\t]+")
        }.joined(separator: "|")
    }

    /// The rank spelled out from what the text wrote ("Det Supt" → "Detective Superintendent").
    static func spelledOut(prefix: String?, detective: String?, rank: String) -> String {
        var parts: [String] = []
        if let prefix { parts.append(prefix.hasPrefix("A") ? "Acting" : "Temporary") }
        if detective != nil { parts.append("Detective") }
        parts.append(fullBySurface[normalised(rank)] ?? rank.capitalized)
        return parts.joined(separator: " ")
    }

    /// A surface form without dots and with single spaces ("Det.  Supt." → "Det Supt").
    static func normalised(_ s: String) -> String {
        s.replacingOccurrences(of: ".", with: "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static func rows(_ kind: String) -> [String] {
        Lexicon.rows("non-officer-titles").filter { $0.count > 1 && $0[0] == kind }.map { $0[1] }
    }
}
