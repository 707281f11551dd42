import Foundation

/// The bounds Blotter keeps on one document, so that no input can take the process down or
/// hold a batch up. Each has a flag and says what happens when it is hit.
public struct Limits: Sendable, Equatable {
    /// Input bytes (after inflating `.gz`); more → error `too_large`. `--max-bytes`.
    public var maxBytes = InputLoader.defaultMaxBytes
    /// Decoded text, in UTF-16 units; more → error `text_too_long`. `--max-text`.
    public var maxTextLength = 5_000_000
    /// HTML nesting kept; deeper elements are flattened into their ancestor, text kept,
    /// warning `depth_limit`. `--max-depth`.
    public var maxDepth = 512
    /// Matches one rule may return for one document; the rest are dropped, warning
    /// `match_limit`. `--max-matches`.
    public var maxMatchesPerRule = 10_000
    /// Seconds the rules may spend on one document; past it the remaining searches return
    /// nothing and the document gives error `timeout`. `--timeout`. (A cooperative watchdog:
    /// it is checked before every regex search; parsing and body extraction are linear.)
    public var timeout: Double = 30

    public init() {}
}
