import Foundation

/// The cleaned article text, bridged once to `NSString` for `NSRegularExpression`, with its
/// paragraphs and sentences.
///
/// `NSRegularExpression` reports UTF-16 ranges; records carry Unicode-scalar offsets. This type
/// is the one place where the two are converted (``span(_:)`` and ``nsRange(_:)``).
public final class TextDocument: @unchecked Sendable {
    /// The text every span points into.
    public let text: String
    /// The same text as `NSString`, made once per document.
    public let ns: NSString
    /// Paragraph spans (blocks separated by blank lines), in order.
    public private(set) var paragraphs: [Span] = []
    /// Sentence spans, in order; each lies inside one paragraph.
    public private(set) var sentences: [Span] = []

    /// How many regex searches ran over the whole text, and over short ranges of it (for the
    /// cost figures in the docs; each document is used by one thread).
    public internal(set) var fullScans = 0
    public internal(set) var windowedSearches = 0

    /// Whether the rules may go on searching; false (and `timedOut` set) past the deadline.
    func withinDeadline() -> Bool {
        if !timedOut, Date() > deadline { timedOut = true }
        return !timedOut
    }

    /// Lower-case bytes for the rules' cheap cue checks, made on first use.
    public private(set) lazy var cues = Cues(text)

    /// Results several rules share (the people named in the text), made once per document.
    private var shared: [String: Any] = [:]

    /// The value stored under `key`, made by `make` on first use. A document is used by one
    /// thread at a time.
    func once<T>(_ key: String, _ make: () -> T) -> T {
        if let v = shared[key] as? T { return v }
        let v = make()
        shared[key] = v
        return v
    }

    /// `scalarAt[u]` is the scalar offset of UTF-16 offset `u` (length + 1 entries).
    private let scalarAt: [Int32]
    /// `utf16At[s]` is the UTF-16 offset of scalar offset `s` (scalar count + 1 entries).
    private let utf16At: [Int32]

    /// Matches one search may return before the rest are dropped.
    let maxMatches: Int
    /// When the rules must stop searching.
    let deadline: Date
    /// Set once the deadline has passed: every later search returns nothing.
    public private(set) var timedOut = false
    /// Rules that hit `maxMatches`: the extractor running and the start of the pattern.
    public internal(set) var limitedRules: Set<String> = []
    /// The extractor now searching this document ("counts", "places"), for `limitedRules`.
    var stage = ""

    /// Bridges `text` and splits it into paragraphs and sentences.
    public init(_ text: String, limits: Limits = Limits()) {
        self.maxMatches = limits.maxMatchesPerRule
        self.deadline = Date(timeIntervalSinceNow: limits.timeout)
        self.text = text
        // A UTF-16 copy made once: substrings of it cost their own length, not the text's.
        let units = Array(text.utf16)
        self.ns = units.withUnsafeBufferPointer { NSString(characters: $0.baseAddress ?? UnsafePointer(bitPattern: 1)!, length: $0.count) }
        var scalarAt: [Int32] = []
        var utf16At: [Int32] = []
        scalarAt.reserveCapacity(text.utf16.count + 1)
        utf16At.reserveCapacity(text.unicodeScalars.count + 1)
        var u: Int32 = 0
        var s: Int32 = 0
        for scalar in text.unicodeScalars {
            utf16At.append(u)
            let width = scalar.utf16.count
            for _ in 0..<width { scalarAt.append(s) }
            u += Int32(width)
            s += 1
        }
        scalarAt.append(s)
        utf16At.append(u)
        self.scalarAt = scalarAt
        self.utf16At = utf16At
        self.paragraphs = SentenceSplitter.paragraphs(in: self)
        self.sentences = SentenceSplitter.sentences(in: self, paragraphs: paragraphs)
    }

    /// Length of the text in Unicode scalars.
    public var scalarCount: Int { utf16At.count - 1 }

    /// Full UTF-16 range of the text.
    public var fullRange: NSRange { NSRange(location: 0, length: ns.length) }

    /// Converts a UTF-16 range (as `NSRegularExpression` reports it) to a scalar span.
    public func span(_ range: NSRange) -> Span {
        let lo = min(max(range.location, 0), scalarAt.count - 1)
        let hi = min(max(range.location + range.length, lo), scalarAt.count - 1)
        return Span(Int(scalarAt[lo]), Int(scalarAt[hi]))
    }

    /// Converts a scalar span back to a UTF-16 range.
    public func nsRange(_ span: Span) -> NSRange {
        let lo = Int(utf16At[min(max(span.start, 0), utf16At.count - 1)])
        let hi = Int(utf16At[min(max(span.end, 0), utf16At.count - 1)])
        return NSRange(location: lo, length: max(0, hi - lo))
    }

    /// The text covered by a UTF-16 range.
    public func string(_ range: NSRange) -> String { ns.substring(with: range) }

    /// The text covered by a scalar span.
    public func string(_ span: Span) -> String { ns.substring(with: nsRange(span)) }

    /// Index of the sentence containing the scalar offset, if any.
    public func sentenceIndex(at offset: Int) -> Int? {
        var lo = 0
        var hi = sentences.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let s = sentences[mid]
            if offset < s.start {
                hi = mid - 1
            } else if offset >= s.end {
                lo = mid + 1
            } else {
                return mid
            }
        }
        return nil
    }

    /// Index of the paragraph containing the scalar offset, if any.
    public func paragraphIndex(at offset: Int) -> Int? {
        paragraphs.firstIndex { $0.start <= offset && offset < $0.end }
    }
}
