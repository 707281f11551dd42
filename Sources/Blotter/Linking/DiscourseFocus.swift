import Foundation

/// Which operation each sentence's facts belong to, and why: walks the sentences keeping the
/// operation in focus (the one named or introduced last), and sets `part_of` on nesting cues.
enum DiscourseFocus {
    private static let pronounStart = compilePattern("^[\"“‘']?(?:It|This|They|These)\\b")
    private static let definiteNP = compilePattern(
        "\\b(?:the|this|that)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:\(Lexicon.alternation(OperationExtractor.nouns)))\\b",
        caseInsensitive: true)
    private static let nestedCue = compilePattern(
        "\\b(?:as\\s+part\\s+of|part\\s+of|under|within|in\\s+support\\s+of|to\\s+support)\\s+(?:the|this)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:\(Lexicon.alternation(OperationExtractor.nouns)))\\b",
        caseInsensitive: true)
    /// A capitalised name inside an unnamed operation's label ("Romford Road").
    private static let properName = compilePattern("[\\p{Lu}][\\p{L}'’-]+(?:\\s+[\\p{Lu}][\\p{L}'’-]+)*")

    /// One sentence's operations: those it names or introduces (with their offsets), and the
    /// operation in focus with the cue that refers back to it.
    struct SentenceLink {
        var named: [(offset: Int, op: Int)] = []
        var focus: Int?
        var reason: String?

        /// The operation a fact at `offset` belongs to: the nearest one named before it in the
        /// sentence; else the focus when the sentence refers back to it; else the first named.
        func operation(at offset: Int) -> (op: Int, why: String)? {
            if let before = named.last(where: { $0.offset <= offset }) { return (before.op, "same_sentence") }
            if let f = focus, let reason { return (f, reason) }
            return named.first.map { ($0.op, "same_sentence") }
        }
    }

    static func sentenceLinks(_ ops: inout [OperationRecord], _ doc: TextDocument) -> [SentenceLink] {
        var mentions: [Int: [(Int, Int)]] = [:]
        for (k, op) in ops.enumerated() {
            for m in op.mentions {
                if let si = doc.sentenceIndex(at: m.start) { mentions[si, default: []].append((m.start, k)) }
            }
        }
        let anchors = placeAnchors(ops)
        var out: [SentenceLink] = []
        var focus: Int?
        for (si, sentence) in doc.sentences.enumerated() {
            let named = (mentions[si] ?? []).sorted { $0.0 < $1.0 }.map { (offset: $0.0, op: $0.1) }
            let text = doc.string(sentence)
            var link = SentenceLink(named: named, focus: focus, reason: focus == nil ? nil : cue(text, anchors: anchors, focus: focus))
            if let outer = focus { nest(named, in: outer, text: text, reason: link.reason, &ops) }
            if named.isEmpty, link.reason == nil, let (k, _) = anchors.first(where: { text.contains($0.1) && $0.0 != focus }),
                k < ops.count, out.contains(where: { $0.named.contains { $0.op == k } })
            {
                link.focus = k
                link.reason = "definite_np"
            }
            if let last = named.last { focus = last.op } else if link.reason != nil { focus = link.focus }
            out.append(link)
        }
        return out
    }

    /// The cue by which a sentence refers back to the operation in focus, if any.
    private static func cue(_ text: String, anchors: [(Int, String)], focus: Int?) -> String? {
        let whole = NSRange(location: 0, length: (text as NSString).length)
        if pronounStart.firstMatch(in: text, range: whole) != nil { return "pronoun" }
        if definiteNP.firstMatch(in: text, range: whole) != nil { return "definite_np" }
        if let f = focus, anchors.contains(where: { $0.0 == f && text.contains($0.1) }) { return "definite_np" }
        return nil
    }

    /// Sets `part_of` for an operation named "as part of the drive" or an unnamed operation
    /// introduced in a sentence that refers back to the one in focus.
    private static func nest(_ named: [(offset: Int, op: Int)], in outer: Int, text: String, reason: String?, _ ops: inout [OperationRecord]) {
        guard let first = named.first, first.op != outer, ops[first.op].partOf == nil else { return }
        let whole = NSRange(location: 0, length: (text as NSString).length)
        let isNested = nestedCue.firstMatch(in: text, range: whole) != nil || (ops[first.op].name == nil && reason != nil)
        guard isNested, ops[outer].partOf != ops[first.op].id else { return }
        ops[first.op].partOf = ops[outer].id
        ops[first.op].partOfLink = "nested"
    }

    /// Proper names inside unnamed operations' labels: a later sentence naming the same place
    /// refers back to that operation.
    private static func placeAnchors(_ ops: [OperationRecord]) -> [(Int, String)] {
        ops.enumerated().flatMap { k, op -> [(Int, String)] in
            guard op.name == nil, let label = op.label else { return [] }
            let ns = label as NSString
            return properName.matches(in: label, range: NSRange(location: 0, length: ns.length)).map { (k, ns.substring(with: $0.range)) }
        }
    }
}
