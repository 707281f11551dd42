import Foundation

/// The word lists the place rules read, loaded once from `Lexicons/` (data, not code).
enum PlaceLexicons {
    /// Street type words ("Road", "Ave") from `street-types.tsv`.
    static let streetTypes: [String] = Lexicon.rows("street-types").filter { $0.count < 2 || $0[1].isEmpty }.map { $0[0] }
    /// Prefixes of numbered roads ("Interstate", "Route") from `street-types.tsv`.
    static let numberedPrefixes: [String] = Lexicon.rows("street-types").filter { $0.count > 1 && $0[1] == "numbered" }
        .map { $0[0] }
    /// Numbered-road prefix → the family of roads it writes ("I-" and "Interstate" →
    /// "interstate"), longest prefix first; a prefix without a family is its own.
    static let roadFamilies: [(prefix: String, family: String)] = Lexicon.rows("street-types")
        .filter { $0.count > 1 && $0[1] == "numbered" }
        .map { ($0[0], $0.count > 2 && !$0[2].isEmpty ? $0[2] : $0[0].lowercased()) }
        .sorted { $0.prefix.count > $1.prefix.count }
    /// Words that end a street name only after "on", "along" or "off" ("on Rushey Green"), since
    /// they also end names of districts and people (`cued` rows of `street-types.tsv`).
    static let cuedStreetTypes: Set<String> = Set(
        Lexicon.rows("street-types").filter { $0.count > 1 && $0[1] == "cued" }.map { $0[0] })
    /// Short form → written-out name ("B.C." → "British Columbia"), from `place-aliases.tsv`.
    static let aliases: [String: String] = Dictionary(
        Lexicon.rows("place-aliases").filter { $0.count > 1 }.map { ($0[0], $0[1]) }, uniquingKeysWith: { a, _ in a })
    /// Words that end a venue name ("Garda Station", "Bridge").
    static let venueHeads: [String] = Lexicon.words("place-venue-heads")
    /// Organisation words and their kind (`force`, `unit`, `org`).
    static let orgWords: [String: String] = Dictionary(
        Lexicon.rows("place-org-words").filter { $0.count > 1 }.map { ($0[0], $0[1]) }, uniquingKeysWith: { a, _ in a })
    /// Capitalised words that never are, or begin, a place name.
    static let stopwords: Set<String> = Set(Lexicon.words("place-stopwords"))
    /// Words that make the next capitalised word a name of something else ("Operation Tara").
    static let namePrefixes: Set<String> = Set(
        Lexicon.rows("place-stopwords").filter { $0.count > 1 && $0[1] == "name" }.map { $0[0] })
    /// Weekday and month names, which may follow a place name in US style ("in Boston Monday").
    static let timeWords: Set<String> = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.locale = Locale(identifier: "en_US_POSIX")
        return Set(calendar.weekdaySymbols + calendar.monthSymbols + calendar.shortMonthSymbols)
    }()
    /// Compass words ("North", "Southeast", "Greater").
    static let compass: Set<String> = Set(Lexicon.words("place-compass"))
    /// Compass words that may follow a street name ("South", "NW").
    static let compassSuffixes: Set<String> = Set(
        Lexicon.rows("place-compass").filter { $0.count > 1 && $0[1] == "suffix" }.map { $0[0] })
    /// Cue rows: position (`before`, `of`, `after`, `list`), words, kind.
    static let cues: [(position: String, words: String, kind: String)] = Lexicon.rows("place-cues")
        .filter { $0.count > 2 }.map { ($0[0], $0[1], $0[2]) }

    /// Lower-case words that, right before a capitalised name, show it is a place.
    static let beforeCues: [String: String] = Dictionary(
        cues.filter { $0.position == "before" }.map { ($0.words, $0.kind) }, uniquingKeysWith: { a, _ in a })
    /// Nouns after "a X" that make X a place ("a Greerton garage", "a Leeds man").
    static let modifierNouns: Set<String> = Set(cues.filter { $0.position == "modifier" }.map(\.words))
    /// Nouns after "X-Y" that make it a pair of places ("the Dublin-Belfast route").
    static let pairNouns: Set<String> = Set(cues.filter { $0.position == "pair" }.map(\.words))
    /// Street type words as a set, for lookups by token.
    static let streetTypeWords: Set<String> = Set(streetTypes)
    /// Words after a name that show it is a place ("area", "neighbourhood").
    static let afterCues: [String: String] = Dictionary(
        cues.filter { $0.position == "after" }.map { ($0.words, $0.kind) }, uniquingKeysWith: { a, _ in a })

    /// Anchored regex for an organisation word at a position ("Police", "Sheriff’s Office").
    static let orgAt: NSRegularExpression = anchoredWords(Array(orgWords.keys), caseInsensitive: false)
    /// Anchored regex for a venue head word at a position.
    static let venueHeadAt: NSRegularExpression = anchoredWords(venueHeads, caseInsensitive: false)
    /// Anchored regex for a street type at a position.
    static let streetTypeAt: NSRegularExpression = anchoredWords(streetTypes, caseInsensitive: false)

    private static func anchoredWords(_ words: [String], caseInsensitive: Bool) -> NSRegularExpression {
        let alt = Lexicon.alternation(words)
        return compilePattern("(?:\(alt))(?![\\p{L}\\p{N}])", caseInsensitive: caseInsensitive)
    }
}
