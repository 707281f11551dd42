import Foundation

/// Drops rendered paragraphs that are page furniture even inside the article: the headline
/// (`<h1>`, printed elsewhere), short link-only lines ("Read more: …"), and lines matching
/// the patterns of `Lexicons/html-boilerplate-lines.tsv` ("Advertisement", "Share this").
struct BlockFilter: Sendable {
    private let patterns: [NSRegularExpression]

    static let shared = BlockFilter(patterns: Lexicon.rows("html-boilerplate-lines").compactMap(\.first))

    /// Patterns must match a whole paragraph, case-insensitively.
    init(patterns: [String]) {
        self.patterns = patterns.compactMap {
            try? NSRegularExpression(pattern: "^(?:\($0))$", options: [.caseInsensitive])
        }
    }

    /// The paragraphs worth keeping.
    func filter(_ blocks: [TextBlock]) -> [TextBlock] {
        blocks.filter { !isBoilerplate($0) }
    }

    /// Whether one paragraph is furniture.
    func isBoilerplate(_ block: TextBlock) -> Bool {
        if block.tag == "h1" { return true }
        let words = block.text.split(separator: " ").count
        if block.linkDensity > 0.8 && words <= 12 { return true }
        guard block.text.count < 200 else { return false }
        let ns = block.text as NSString
        let range = NSRange(location: 0, length: ns.length)
        return patterns.contains { $0.firstMatch(in: block.text, range: range) != nil }
    }
}
