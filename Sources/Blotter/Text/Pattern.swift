import Foundation

/// Compiles a rule's regular expression once. Patterns are constants written in the rules or
/// built from lexicons, so a pattern that does not compile is a programming error, caught by
/// the rule tests on first use.
public func compilePattern(_ pattern: String, caseInsensitive: Bool = false) -> NSRegularExpression {
    do {
        return try NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
    } catch {
        fatalError("invalid rule pattern: \(error)\n\(pattern)")
    }
}

extension NSRegularExpression {
    /// The first match anywhere in a short string (a window before or after a match, a gap,
    /// one sentence).
    func firstMatch(in string: String) -> NSTextCheckingResult? {
        firstMatch(in: string, range: NSRange(location: 0, length: (string as NSString).length))
    }
}

extension NSTextCheckingResult {
    /// The UTF-16 range of a named group, or nil when the group did not take part.
    func group(_ name: String) -> NSRange? {
        let r = range(withName: name)
        return r.location == NSNotFound ? nil : r
    }
}

extension TextDocument {
    /// The text of a named group, or nil.
    func group(_ m: NSTextCheckingResult, _ name: String) -> String? {
        m.group(name).map { string($0) }
    }

    /// Every match of `regex` inside `range` (default: the whole text).
    ///
    /// `NSRegularExpression` on Linux copies the whole string it is given on every call, so a
    /// search inside a short range runs on that stretch alone and its ranges are shifted back:
    /// the cost follows the range, not the document. (Bounds are opaque either way: lookbehind
    /// and `^` see the range's edges, as with `range:` on the whole text.)
    func matches(_ regex: NSRegularExpression, options: NSRegularExpression.MatchingOptions = [], in range: NSRange? = nil) -> [NSTextCheckingResult] {
        guard withinDeadline() else { return [] }
        guard let range, range != fullRange else {
            fullScans += 1
            return capped(regex, options: options)
        }
        windowedSearches += 1
        let window = ns.substring(with: range)
        return regex.matches(in: window, options: options, range: NSRange(location: 0, length: range.length))
            .map { $0.adjustingRanges(offset: range.location) }
    }

    /// Every match over the whole text, at most `maxMatches` of them; a rule that hits the cap
    /// is recorded in `limitedRules`.
    private func capped(_ regex: NSRegularExpression, options: NSRegularExpression.MatchingOptions) -> [NSTextCheckingResult] {
        var out: [NSTextCheckingResult] = []
        let limit = maxMatches
        var hit = false
        regex.enumerateMatches(in: text, options: options, range: fullRange) { m, _, stop in
            guard let m else { return }
            if out.count >= limit {
                hit = true
                stop.pointee = true
                return
            }
            out.append(m)
        }
        if hit { limitedRules.insert("\(stage.isEmpty ? "rules" : stage): \(regex.pattern.prefix(40))…") }
        return out
    }

    /// The first match of `regex` inside `range`, searched on that stretch alone.
    func firstMatch(_ regex: NSRegularExpression, options: NSRegularExpression.MatchingOptions = [], in range: NSRange) -> NSTextCheckingResult? {
        guard withinDeadline() else { return nil }
        guard range != fullRange else {
            fullScans += 1
            return regex.firstMatch(in: text, options: options, range: range)
        }
        windowedSearches += 1
        let window = ns.substring(with: range)
        return regex.firstMatch(in: window, options: options, range: NSRange(location: 0, length: range.length))?
            .adjustingRanges(offset: range.location)
    }

    /// The sentence (as a UTF-16 range) containing the UTF-16 location.
    func sentenceRange(containing location: Int) -> NSRange? {
        let offset = span(NSRange(location: location, length: 0)).start
        return sentenceIndex(at: offset).map { nsRange(sentences[$0]) }
    }

    /// Up to `length` UTF-16 units of text before `location`.
    func before(_ location: Int, _ length: Int) -> String {
        let lo = max(0, location - length)
        return ns.substring(with: NSRange(location: lo, length: location - lo))
    }

    /// Up to `length` UTF-16 units of text from `location` on.
    func after(_ location: Int, _ length: Int) -> String {
        let hi = min(ns.length, location + length)
        return ns.substring(with: NSRange(location: location, length: max(0, hi - location)))
    }
}
