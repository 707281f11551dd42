import Foundation

/// Named police operations: "Operation Target", "Op Sceptre", "Operate Sceptre" (a page's
/// misspelling), "Project K-NANOSECOND", "Strike Force Trident", a codename in quotes
/// (“OPERATION PARK CITY”, the “Urban Violence Reduction” Operation), a name introduced by
/// "codenamed"/"dubbed", and a capitalised name the text calls an operation
/// ("the Violent Offender Warrant Suppression (VOWS) operation"). One record per operation,
/// named by its fullest form, with every mention.
enum OperationExtractor {
    static let id = "operation.named"

    private static let rows = Lexicon.rows("operation-words")
    static let prefixes = rows.filter { $0.first == "prefix" && $0.count > 1 }.map { $0[1] }
    static let nouns = rows.filter { $0.first == "noun" && $0.count > 1 }.map { $0[1] }
    static let stops = Set(rows.filter { $0.first == "stop" && $0.count > 1 }.map { $0[1] })
    static let teamWords = Set(rows.filter { $0.first == "team-word" && $0.count > 1 }.map { $0[1] })

    private static let word = "(?:[\\p{Lu}][\\p{L}\\d'’-]*|\\d[\\p{L}\\d-]*)"
    static let prefixed = compilePattern(
        "(?<![\\p{L}])(?<prefix>\(Lexicon.alternation(prefixes)))\\s+(?:[“\"](?<quoted>[^”\"\\n]{2,60})[”\"]|(?<name>\(word)(?:[ \\t]+\(word)){0,2}))")
    static let introduced = compilePattern(
        "\\b(?:code[- ]?named|dubbed|tagged|under\\s+the\\s+banner\\s+of|(?<=\\b(?:operation|investigation|crackdown|sweep|initiative),?\\s)(?:named|called|known\\s+as))\\s+[“\"‘']?(?<name>\(word)(?:\\s+\(word)){0,3})")
    static let calledOperation = compilePattern(
        "(?:[“\"](?<quoted>[\\p{Lu}][^”\"\\n]{2,60})[”\"]|(?<name>[\\p{Lu}][\\p{Ll}]+(?:\\s+[\\p{Lu}][\\p{Ll}]+){1,5}))(?:\\s+\\((?<acronym>[\\p{Lu}]{2,})\\))?\\s+(?:[Oo]peration|initiative|sweep)\\b")

    /// One mention before grouping.
    private struct Mention {
        var name: String
        var key: String
        var range: NSRange
        var rank: Int  // how full the form is: "Operation X" 2, "Op X" 1, bare codename 0
    }

    static func extract(_ doc: TextDocument, _ context: ExtractionContext) -> [OperationRecord] {
        var mentions = prefixedMentions(doc) + otherMentions(doc)
        mentions.sort { $0.range.location < $1.range.location }
        var records: [OperationRecord] = []
        var index: [String: Int] = [:]
        var bestRank: [String: Int] = [:]
        for m in mentions {
            let span = doc.span(m.range)
            if let i = index[m.key] {
                if !records[i].mentions.contains(where: { $0.overlaps(span) }) { records[i].mentions.append(span) }
                if m.rank > bestRank[m.key, default: 0] {
                    records[i].name = m.name
                    bestRank[m.key] = m.rank
                }
                continue
            }
            index[m.key] = records.count
            bestRank[m.key] = m.rank
            records.append(OperationRecord(name: m.name, text: doc.string(m.range), span: span, rule: id))
        }
        records += UnnamedOperationRule.apply(doc, named: records)
        records.sort { $0.span < $1.span }
        for i in records.indices { records[i].id = "op\(i + 1)" }
        return records
    }

    private static func prefixedMentions(_ doc: TextDocument) -> [Mention] {
        doc.matches(prefixed).compactMap { m in
            guard let prefixRange = m.group("prefix") else { return nil }
            let prefix = doc.string(prefixRange)
            if let q = m.group("quoted") {
                let name = doc.string(q)
                return Mention(name: name, key: key(name), range: m.range, rank: 3)
            }
            guard let nameRange = m.group("name") else { return nil }
            var words = doc.string(nameRange).split(separator: " ").map(String.init)
            while let last = words.last, stops.contains(last) { words.removeLast() }
            // "Operation Brightwater’s patrols": the possessive is not part of the name.
            if let last = words.last, last.hasSuffix("’s") || last.hasSuffix("'s") {
                words[words.count - 1] = String(last.dropLast(2))
            }
            guard let first = words.first, !stops.contains(first) else { return nil }
            if prefix == "Project", !isPoliceProject(words, nameRange, doc) { return nil }
            let codename = words.joined(separator: " ")
            // "Op X" keeps its own form unless "Operation X" also occurs (the fuller form wins by
            // rank); "Operate X", a page's misspelling, is read as "Operation X".
            let canonicalPrefix = prefix == "Operate" ? "Operation" : prefix
            let full = prefix == "Operate" || prefix.hasPrefix("Op") && prefix.count <= 3 ? nil : "\(prefix) \(codename)"
            let start = m.range.location
            let end = nameRange.location + (codename as NSString).length
            return Mention(
                name: full ?? "\(canonicalPrefix) \(codename)", key: key(codename),
                range: NSRange(location: start, length: end - start), rank: full == nil ? 1 : 2)
        }
    }

    private static func otherMentions(_ doc: TextDocument) -> [Mention] {
        var out: [Mention] = []
        for m in doc.matches(introduced) {
            guard let r = m.group("name") else { continue }
            let name = doc.string(r)
            if stops.contains(name) || name.hasSuffix("’s") || name.hasSuffix("'s") { continue }  // "dubbed Sondland's role"
            out.append(Mention(name: name, key: key(name), range: r, rank: 0))
        }
        for m in doc.matches(calledOperation) {
            guard let r = m.group("quoted") ?? m.group("name") else { continue }
            let name = doc.string(r)
            let words = name.split(separator: " ").map(String.init)
            if let first = words.first, stops.contains(first) { continue }
            if let last = words.last, teamWords.contains(last) { continue }
            if prefixes.contains(where: { name.hasPrefix($0 + " ") }) { continue }
            out.append(Mention(name: name, key: key(name), range: r, rank: 0))
            if let a = m.group("acronym") { out += acronymMentions(doc.string(a), of: name, doc) }
        }
        return out
    }

    /// Every later use of the acronym given in brackets after the name ("the VOWS initiative").
    private static func acronymMentions(_ acronym: String, of name: String, _ doc: TextDocument) -> [Mention] {
        let regex = compilePattern("(?<![\\p{L}(])\(NSRegularExpression.escapedPattern(for: acronym))(?![\\p{L})])")
        return doc.matches(regex).map { Mention(name: name, key: key(name), range: $0.range, rank: 0) }
    }

    private static let policeCue = compilePattern("police|arrest|warrant|seiz|investigat|officers", caseInsensitive: true)

    /// "Project X" is an operation only in a text about policing, with a codename-like name.
    private static func isPoliceProject(_ words: [String], _ r: NSRange, _ doc: TextDocument) -> Bool {
        let name = words.joined(separator: " ")
        if name == name.uppercased() || name.contains("-") { return true }
        guard let s = doc.sentenceRange(containing: r.location) else { return false }
        return doc.firstMatch(policeCue, in: s) != nil
    }

    /// Grouping key: the codename, lower case, without its prefix ("Operation", "Op", "Project").
    static func key(_ name: String) -> String {
        let words = name.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        for prefix in prefixes.map({ $0.lowercased().split(separator: " ").map(String.init) }).sorted(by: { $0.count > $1.count })
        where words.count > prefix.count && Array(words.prefix(prefix.count)) == prefix {
            return words.dropFirst(prefix.count).joined(separator: " ")
        }
        return words.joined(separator: " ")
    }
}
