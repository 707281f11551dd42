/// Plain substring search on bytes: for hot paths where Foundation's `String.contains` is
/// slow on Linux (class hints on every HTML element, rule cues on every document).
enum ByteSearch {
    /// Whether `needle` occurs in `haystack`; an empty needle always does.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < needle.count, haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
