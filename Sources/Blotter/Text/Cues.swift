/// Cheap cues that gate the rules: a rule whose cue words are absent from a document is not
/// run at all, so the cost of a document follows what it contains, not the number of rules.
/// Lower-case bytes of the text are made once per document and searched with a plain scan.
public struct Cues: Sendable {
    private let bytes: [UInt8]

    /// Lower-cases ASCII letters of `text` (other bytes are kept as they are).
    public init(_ text: String) {
        bytes = text.utf8.map { ($0 >= 0x41 && $0 <= 0x5A) ? $0 + 32 : $0 }
    }

    /// Whether any of the lower-case cue words occurs anywhere in the text.
    public func any(_ cues: [String]) -> Bool {
        cues.contains { ByteSearch.contains(bytes, Array($0.utf8)) }
    }

    /// Whether a digit is directly followed (optionally after one space) by one of `units`
    /// ("2g", "3 kg"): for measures too short to be cues on their own.
    public func digitFollowed(by units: Set<UInt8>) -> Bool {
        var i = 0
        while i + 1 < bytes.count {
            if bytes[i] >= 0x30 && bytes[i] <= 0x39 {
                let next = bytes[i + 1] == 0x20 && i + 2 < bytes.count ? bytes[i + 2] : bytes[i + 1]
                if units.contains(next) { return true }
            }
            i += 1
        }
        return false
    }
}
