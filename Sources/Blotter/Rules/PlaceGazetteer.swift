import Foundation

/// Known place names: `gazetteer.tsv` (GeoNames towns, US states and counties, countries)
/// plus the hand-written `place-regions.tsv`, looked up by normalised word sequence.
struct PlaceGazetteer: Sendable {
    /// One known name.
    struct Entry: Sendable {
        let name: String
        let kind: String
        /// An abbreviation ("DC", "MD", "Alta."): matched with its exact letter case.
        let isExactCase: Bool
        /// Counts only right after a comma ("Upper Marlboro, MD", "Ardmore, Alta.").
        let needsComma: Bool
        /// Also a common word ("Sale", "Swords"): needs a place cue.
        let isCommon: Bool
    }

    /// Entries by normalised key ("bay of plenty", "prince george's county"); one key may
    /// have several ("MD" and "Md.").
    let entries: [String: [Entry]]
    /// Longest name in words.
    let maxWords: Int

    static let shared = PlaceGazetteer(rows: Lexicon.rows("place-regions") + Lexicon.rows("gazetteer"))

    init(rows: [[String]]) {
        var entries: [String: [Entry]] = [:]
        var maxWords = 1
        for row in rows where row.count >= 2 {
            let name = row[0]
            let flags = row.count > 3 ? row[3] : ""
            let exact = name.utf8.count <= 8 && Self.isAbbreviation(name)
            let key = Self.key(name)
            guard !key.isEmpty, !(entries[key] ?? []).contains(where: { $0.name == name && $0.kind == row[1] }) else { continue }
            let list = entries[key, default: []]
            entries[key] =
                (row[1] == "country" ? [] : list) + [
                    Entry(
                        name: name, kind: row[1], isExactCase: exact, needsComma: flags.contains("abbrev"),
                        isCommon: flags.contains("common"))
                ] + (row[1] == "country" ? list : [])
            maxWords = max(maxWords, key.split(separator: " ").count)
        }
        self.entries = entries
        self.maxWords = min(maxWords, 6)
    }

    /// "DC", "NSW", "U.S.", "Alta.": at most four letters, all capitals, or a final dot.
    static func isAbbreviation(_ name: String) -> Bool {
        if name.hasSuffix(".") { return true }
        let letters = name.filter(\.isLetter)
        return letters.count <= 4 && letters.allSatisfy(\.isUppercase)
    }

    /// Normalised form of a name: lower case, curly apostrophes made straight, any run of
    /// other punctuation or space made one space, "mt" read as "mount".
    static func key(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for b in s.utf8 {
            switch b {
            case 0x41...0x5A, 0x61...0x7A, 0x30...0x39:
                if pendingSpace, !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                out.append(b | (b >= 0x41 && b <= 0x5A ? 0x20 : 0))
            case 0x27 where !out.isEmpty && !pendingSpace:
                out.append(0x27)
            case 0x80...:
                return slowKey(s)  // non-ASCII: curly apostrophes, accents
            default:
                pendingSpace = true
            }
        }
        var key = String(decoding: out, as: UTF8.self)
        if key.hasPrefix("mt ") || key.contains(" mt ") {
            key = key.split(separator: " ").map { $0 == "mt" ? "mount" : String($0) }.joined(separator: " ")
        }
        return key
    }

    private static func slowKey(_ s: String) -> String {
        var words: [String] = []
        var current = ""
        for ch in s.lowercased() {
            if ch.isLetter || ch.isNumber {
                current.append(ch)
            } else if ch == "'" || ch == "’", !current.isEmpty {
                current.append("'")
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.map { $0 == "mt" ? "mount" : $0 }.joined(separator: " ")
    }

    /// The first entry for the name whose letter case fits the text.
    func lookup(_ text: String) -> Entry? { candidates(text).first }

    /// All entries for the name, exact-case ones only when the text matches them exactly.
    func candidates(_ text: String) -> [Entry] {
        (entries[Self.key(text)] ?? []).filter { !$0.isExactCase || $0.name == text || $0.name == text + "." }
    }
}
