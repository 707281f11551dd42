import Foundation

/// Crime types (`Lexicons/crime-types.tsv`) named in the sentences linked to each operation.
enum OperationTargets {
    private static let crimeTypes: [(NSRegularExpression, String)] = Lexicon.rows("crime-types").compactMap { row in
        guard row.count >= 2 else { return nil }
        return (compilePattern("\\b\(NSRegularExpression.escapedPattern(for: row[0]))\\b", caseInsensitive: true), row[1])
    }

    static func add(_ ops: inout [OperationRecord], _ links: [DiscourseFocus.SentenceLink], _ doc: TextDocument) {
        for (si, l) in links.enumerated() {
            var targets = Set(l.named.map(\.op))
            if targets.isEmpty, l.reason != nil, let f = l.focus { targets.insert(f) }
            guard !targets.isEmpty else { continue }
            let text = doc.string(doc.sentences[si])
            let whole = NSRange(location: 0, length: (text as NSString).length)
            let found = crimeTypes.compactMap { regex, label in regex.firstMatch(in: text, range: whole).map { ($0.range.location, label) } }
            for (_, label) in found.sorted(by: { $0.0 < $1.0 }) {
                for k in targets.sorted() where !ops[k].targets.contains(label) { ops[k].targets.append(label) }
            }
        }
    }
}
