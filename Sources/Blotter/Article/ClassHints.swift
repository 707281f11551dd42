/// Matches class/id hints as word prefixes: `share` matches `share-bar`, `article__share`
/// and `socialShare`, but not `timeshare`; `read-more` matches `read_more` and `ReadMore`.
///
/// Matching runs on the UTF-8 bytes of the normalised class string: it is asked of every
/// element of every page, and Foundation's `String.contains` is far slower on Linux.
struct ClassHints: Sendable {
    private let hints: [[UInt8]]

    /// Hints as written in the lexicon; they are normalised like class names. A hint ending
    /// in `$` must match a whole word (`ad$` matches `ad-slot` but not `address`).
    init(_ hints: [String]) {
        self.hints = hints.map { hint -> [UInt8] in
            let whole = hint.hasSuffix("$")
            var n = Array(ClassHints.normalise(whole ? String(hint.dropLast()) : hint).utf8)
            if !whole { n.removeLast() }
            return n
        }.filter { $0.count > 1 }
    }

    /// Whether any hint starts a word of `classAndID`.
    func matches(_ classAndID: String) -> Bool {
        let words = ClassHints.normalise(classAndID)
        guard words.utf8.count > 2 else { return false }
        return matches(normalised: words)
    }

    /// Whether any hint starts a word of an already normalised class string.
    func matches(normalised words: String) -> Bool {
        let bytes = Array(words.utf8)
        return hints.contains { ByteSearch.contains(bytes, $0) }
    }

    /// Lower-case words, each with a space before and after:
    /// `"articleBody share_bar"` → `" article body share bar "`.
    static func normalise(_ s: String) -> String {
        var out: [UInt8] = [0x20]
        out.reserveCapacity(s.utf8.count + 8)
        var previousLower = false
        for scalar in s.unicodeScalars {
            if scalar.isASCII {
                let b = UInt8(scalar.value)
                switch b {
                case 0x61...0x7A, 0x30...0x39:  // a-z, 0-9
                    out.append(b)
                    previousLower = true
                case 0x41...0x5A:  // A-Z
                    if previousLower { out.append(0x20) }
                    out.append(b + 32)
                    previousLower = false
                default:
                    if out.last != 0x20 { out.append(0x20) }
                    previousLower = false
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if scalar.properties.isUppercase && previousLower { out.append(0x20) }
                out.append(contentsOf: Array(String(scalar).lowercased().utf8))
                previousLower = scalar.properties.isLowercase
            } else {
                if out.last != 0x20 { out.append(0x20) }
                previousLower = false
            }
        }
        if out.last != 0x20 { out.append(0x20) }
        return String(decoding: out, as: UTF8.self)
    }
}
