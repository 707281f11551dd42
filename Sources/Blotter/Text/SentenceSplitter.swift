import Foundation

/// Splits a document into paragraphs (blocks separated by blank lines) and sentences.
///
/// A full stop ends a sentence unless the word before it is a known abbreviation ("DI",
/// "Det.", "Sgt.", "St.", "No." — see `Lexicons/abbreviations.tsv`) or a single capital
/// initial ("Cathy L. Lanier"), and the next word does not start with a capital, digit or quote.
enum SentenceSplitter {
    private static let paragraphBreak = compilePattern("\\n[ \\t\\r\\f]*\\n\\s*")
    /// Candidate boundary: terminal punctuation, closing quotes/brackets, then whitespace and
    /// something that can start a sentence.
    private static let boundary = compilePattern(
        "([.!?]+)[\"”’')\\]]*\\s+(?=[\"“‘'(\\[]?[\\p{Lu}\\p{N}])")
    /// The word right before a full stop.
    private static let wordBefore = compilePattern("([\\p{L}.]+)$")
    private static let abbreviations: Set<String> = Set(Lexicon.words("abbreviations"))

    static func paragraphs(in doc: TextDocument) -> [Span] {
        var spans: [Span] = []
        var start = 0
        for m in doc.matches(paragraphBreak, in: doc.fullRange) {
            appendTrimmed(NSRange(location: start, length: m.range.location - start), doc, &spans)
            start = m.range.location + m.range.length
        }
        appendTrimmed(NSRange(location: start, length: doc.ns.length - start), doc, &spans)
        return spans
    }

    static func sentences(in doc: TextDocument, paragraphs: [Span]) -> [Span] {
        var out: [Span] = []
        for p in paragraphs {
            let pr = doc.nsRange(p)
            var start = pr.location
            for m in doc.matches(boundary, in: pr) {
                let punct = m.range(at: 1)
                if doc.ns.character(at: punct.location) == 0x2E /* . */, punct.length == 1,
                    isAbbreviation(before: punct.location, from: start, doc)
                {
                    continue
                }
                let end = m.range.location + m.range.length
                appendTrimmed(NSRange(location: start, length: end - start), doc, &out)
                start = end
            }
            appendTrimmed(NSRange(location: start, length: pr.location + pr.length - start), doc, &out)
        }
        return out
    }

    private static func isAbbreviation(before dot: Int, from start: Int, _ doc: TextDocument) -> Bool {
        let lo = max(start, dot - 24)
        let window = NSRange(location: lo, length: dot - lo)
        guard let m = doc.firstMatch(wordBefore, in: window) else { return false }
        var word = doc.string(m.range)
        while word.hasPrefix(".") { word.removeFirst() }
        if word.count == 1, word.first?.isUppercase == true { return true }  // an initial
        if abbreviations.contains(word) { return true }
        // Dotted acronyms such as "U.S" or "D.C".
        if word.contains("."), word.split(separator: ".").allSatisfy({ $0.count == 1 }) { return true }
        return false
    }

    private static func appendTrimmed(_ r: NSRange, _ doc: TextDocument, _ spans: inout [Span]) {
        guard r.length > 0 else { return }
        var lo = r.location
        var hi = r.location + r.length
        while lo < hi, isSpace(doc.ns.character(at: lo)) { lo += 1 }
        while hi > lo, isSpace(doc.ns.character(at: hi - 1)) { hi -= 1 }
        if hi > lo { spans.append(doc.span(NSRange(location: lo, length: hi - lo))) }
    }

    private static func isSpace(_ c: unichar) -> Bool {
        c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 || c == 0x0C || c == 0xA0
    }
}
