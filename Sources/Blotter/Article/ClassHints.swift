/// Matches class/id hints as word prefixes: `share` matches `share-bar`, `article__share`
/// and `socialShare`, but not `timeshare`; `read-more` matches `read_more` and `ReadMore`.
struct ClassHints: Sendable {
    private let hints: [String]

    /// Hints as written in the lexicon; they are normalised like class names. A hint ending
    /// in `$` must match a whole word (`ad$` matches `ad-slot` but not `address`).
    init(_ hints: [String]) {
        self.hints = hints.map { hint in
            let whole = hint.hasSuffix("$")
            var n = ClassHints.normalise(whole ? String(hint.dropLast()) : hint)
            if !whole { n.removeLast() }
            return n
        }.filter { $0.count > 1 }
    }

    /// Whether any hint starts a word of `classAndID`.
    func matches(_ classAndID: String) -> Bool {
        let words = ClassHints.normalise(classAndID)
        guard words.count > 2 else { return false }
        return hints.contains { words.contains($0) }
    }

    /// Whether any hint starts a word of an already normalised class string.
    func matches(normalised words: String) -> Bool { hints.contains { words.contains($0) } }

    /// Lower-case words, each with a space before and after:
    /// `"articleBody share_bar"` → `" article body share bar "`.
    static func normalise(_ s: String) -> String {
        var out = " "
        var previousLower = false
        for ch in s {
            if ch.isLetter || ch.isNumber {
                if ch.isUppercase && previousLower { out.append(" ") }
                out.append(contentsOf: ch.lowercased())
                previousLower = ch.isLowercase || ch.isNumber
            } else {
                if out.last != " " { out.append(" ") }
                previousLower = false
            }
        }
        if out.last != " " { out.append(" ") }
        return out
    }
}
