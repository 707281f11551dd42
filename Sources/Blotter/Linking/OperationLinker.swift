import Foundation

/// Ties counts, times, places and officers to the operation the text attaches them to, and
/// records why, so a reviewer can judge each link:
/// - `same_sentence`: the sentence names the operation ("Operation Target … resulted in
///   more than 5,000 arrests"); with two named, the nearest one before the fact;
/// - `pronoun`: the sentence opens with "It"/"This"/"They" and an operation is in focus
///   ("It resulted in 45 arrests" after "Operation Fusion");
/// - `definite_np`: "the operation", "the large-scale operation", "the drive" and an
///   operation is in focus;
/// - `nested`: an operation named "as part of the drive" becomes `part_of` the one in focus.
/// A fact in a sentence with none of these cues is left unlinked rather than guessed.
enum OperationLinker {
    private static let pronounStart = compilePattern("^[\"“‘']?(?:It|This|They|These)\\b")
    private static let definiteNP = compilePattern(
        "\\b(?:the|this|that)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:\(Lexicon.alternation(OperationExtractor.nouns)))\\b",
        caseInsensitive: true)
    private static let nestedCue = compilePattern(
        "\\b(?:as\\s+part\\s+of|part\\s+of|under|within|in\\s+support\\s+of|to\\s+support)\\s+(?:the|this)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:\(Lexicon.alternation(OperationExtractor.nouns)))\\b",
        caseInsensitive: true)
    private static let crimeTypes: [(NSRegularExpression, String)] = Lexicon.rows("crime-types").compactMap { row in
        guard row.count >= 2 else { return nil }
        return (compilePattern("\\b\(NSRegularExpression.escapedPattern(for: row[0]))\\b", caseInsensitive: true), row[1])
    }

    /// Which operation a sentence's facts belong to, and why.
    struct SentenceLink {
        var named: [(offset: Int, op: Int)]  // operations named in the sentence
        var focus: Int?
        var reason: String?
    }

    static func link(_ a: inout Annotations, _ doc: TextDocument) {
        guard !a.operations.isEmpty else { return }
        let links = sentenceLinks(&a.operations, doc)
        func resolve(_ span: Span) -> (String, String)? {
            guard let si = doc.sentenceIndex(at: span.start) else { return nil }
            let l = links[si]
            if !l.named.isEmpty {
                let op = l.named.last(where: { $0.offset <= span.start })?.op ?? l.named[0].op
                return (a.operations[op].id, "same_sentence")
            }
            guard let f = l.focus, let reason = l.reason else { return nil }
            return (a.operations[f].id, reason)
        }
        var byID: [String: Int] = [:]
        for (i, op) in a.operations.enumerated() { byID[op.id] = i }
        for i in a.counts.indices {
            guard let (op, why) = resolve(a.counts[i].span), let k = byID[op] else { continue }
            a.counts[i].operation = op
            a.counts[i].link = why
            a.operations[k].counts.append(a.counts[i].id)
        }
        for i in a.times.indices {
            guard let (op, why) = resolve(a.times[i].span), let k = byID[op] else { continue }
            a.times[i].operation = op
            a.times[i].link = why
            a.operations[k].times.append(a.times[i].id)
        }
        for p in a.places {
            for m in p.mentions {
                if let (op, _) = resolve(m), let k = byID[op], !a.operations[k].places.contains(p.id) {
                    a.operations[k].places.append(p.id)
                }
            }
        }
        for o in a.officers {
            for m in o.mentions {
                if let (op, _) = resolve(m), let k = byID[op], !a.operations[k].officers.contains(o.id) {
                    a.operations[k].officers.append(o.id)
                }
            }
        }
        addTargets(&a.operations, links, doc)
        addArrests(&a)
    }

    /// Walks the sentences keeping the operation in focus; sets `part_of` on nesting cues.
    private static func sentenceLinks(_ ops: inout [OperationRecord], _ doc: TextDocument) -> [SentenceLink] {
        var mentionsBySentence: [Int: [(Int, Int)]] = [:]
        for (k, op) in ops.enumerated() {
            for m in op.mentions {
                if let si = doc.sentenceIndex(at: m.start) { mentionsBySentence[si, default: []].append((m.start, k)) }
            }
        }
        var out: [SentenceLink] = []
        var focus: Int?
        for (si, sentence) in doc.sentences.enumerated() {
            let named = (mentionsBySentence[si] ?? []).sorted { $0.0 < $1.0 }.map { (offset: $0.0, op: $0.1) }
            let text = doc.string(sentence)
            let whole = NSRange(location: 0, length: (text as NSString).length)
            if let first = named.first, let outer = focus, outer != first.op, ops[first.op].partOf == nil,
                nestedCue.firstMatch(in: text, range: whole) != nil
            {
                ops[first.op].partOf = ops[outer].id
                ops[first.op].partOfLink = "nested"
            }
            var link = SentenceLink(named: named, focus: focus, reason: nil)
            if named.isEmpty, focus != nil {
                if pronounStart.firstMatch(in: text, range: whole) != nil {
                    link.reason = "pronoun"
                } else if definiteNP.firstMatch(in: text, range: whole) != nil {
                    link.reason = "definite_np"
                }
            }
            if let last = named.last { focus = last.op }
            out.append(link)
        }
        return out
    }

    /// Crime types named in the sentences linked to each operation.
    private static func addTargets(_ ops: inout [OperationRecord], _ links: [SentenceLink], _ doc: TextDocument) {
        for (si, l) in links.enumerated() {
            let targetOps = l.named.isEmpty ? (l.reason != nil ? l.focus.map { [$0] } ?? [] : []) : l.named.map(\.op)
            guard !targetOps.isEmpty else { continue }
            let text = doc.string(doc.sentences[si])
            let whole = NSRange(location: 0, length: (text as NSString).length)
            var found: [(Int, String)] = []
            for (regex, label) in crimeTypes {
                if let m = regex.firstMatch(in: text, range: whole) { found.append((m.range.location, label)) }
            }
            for (_, label) in found.sorted(by: { $0.0 < $1.0 }) {
                for k in Set(targetOps) where !ops[k].targets.contains(label) { ops[k].targets.append(label) }
            }
        }
    }

    /// An operation's arrest figure: its first linked arrest count, else people it arrested.
    private static func addArrests(_ a: inout Annotations) {
        for k in a.operations.indices {
            let linked = a.counts.filter { $0.operation == a.operations[k].id }
            let pick = linked.first { $0.unit == "arrest" && $0.link == "same_sentence" }
                ?? linked.first { $0.unit == "arrest" }
                ?? linked.first { $0.unit == "person" && $0.action == "arrested" }
            if let c = pick {
                a.operations[k].arrests = ArrestSummary(value: c.value, qualifier: c.qualifier, count: c.id)
            }
        }
    }
}
