import Foundation

/// Finds named police officers and law-enforcement officials: one record per person (ids
/// `o1`, `o2`, … in order of first mention) with every mention of the name — the full ranked
/// name, later "DI Packer" or "Packer said" — the rank spelled out, the area, unit or force
/// named beside the name, and the officer's quotes, including those introduced by "he said"
/// when only that officer can be meant.
///
/// Councillors, MPs, mayors, judges, prosecutors, Police and Crime Commissioners and fire
/// officers are not officers (`Lexicons/non-officer-titles.tsv`).
enum OfficerExtractor {
    static func extract(_ doc: TextDocument, _ context: ExtractionContext) -> [OfficerRecord] {
        let named = OfficerNameFinder.officerMentions(doc)
        guard !named.isEmpty else { return [] }
        var people: [[OfficerMention]] = []
        for m in named {
            if let i = people.firstIndex(where: { samePerson($0, m) }) { people[i].append(m) } else { people.append([m]) }
        }
        addSurnameMentions(&people, doc)
        let others = OfficerNameFinder.titledPeople(doc).map(\.range)
        addPronounMentions(&people, others: others, doc)
        var records = people.map { record($0, doc) }
        let all = people.enumerated().flatMap { i, ms in ms.filter { $0.form != .pronoun }.map { (range: $0.range, person: i) } }
            .sorted { $0.range.location < $1.range.location }
        let pronouns = people.enumerated().flatMap { i, ms in ms.filter { $0.form == .pronoun }.map { ($0.range.location, i) } }
        let resolve: (Int) -> Int? = { pos in
            pronouns.first { abs($0.0 - pos) <= 3 }?.1
                ?? OfficerPronouns.resolve(at: pos, mentions: all, others: others, doc)
        }
        for (who, quote) in OfficerQuotes.attribute(doc, mentions: all, resolvePronoun: resolve) {
            records[who].quotes.append(quote)
        }
        for i in records.indices { records[i].id = "o\(i + 1)" }
        return records
    }

    /// Mentions are one person when their surnames match and their given names do not clash.
    private static func samePerson(_ group: [OfficerMention], _ m: OfficerMention) -> Bool {
        group.contains { g in
            guard g.surname == m.surname else { return false }
            if g.nameWords > 1 && m.nameWords > 1 {
                return g.name.split(separator: " ").first == m.name.split(separator: " ").first
            }
            return true
        }
    }

    /// Bare surnames ("Packer said") of people with a unique surname.
    private static func addSurnameMentions(_ people: inout [[OfficerMention]], _ doc: TextDocument) {
        let surnames = people.map { $0[0].surname }
        for (i, surname) in surnames.enumerated() where surnames.filter({ $0 == surname }).count == 1 {
            let re = try? NSRegularExpression(
                pattern: "(?<![\\p{L}’'\\-])\(NSRegularExpression.escapedPattern(for: surname))(?![\\p{L}\\-])(?![ \\t]+\\p{Lu})")
            for m in re.map({ doc.matches($0) }) ?? [] {
                guard !people.joined().contains(where: { OfficerNameFinder.overlaps($0.range, m.range) }) else { continue }
                people[i].append(
                    OfficerMention(
                        range: m.range, nameRange: m.range, name: surname, rank: nil, rankAbbrev: nil, form: .surname,
                        rule: "officer.surname"))
            }
        }
    }

    /// "He said", "she added" when the last person named before is this officer.
    private static func addPronounMentions(_ people: inout [[OfficerMention]], others: [NSRange], _ doc: TextDocument) {
        let all = people.enumerated().flatMap { i, ms in ms.map { (range: $0.range, person: i) } }
            .sorted { $0.range.location < $1.range.location }
        for r in OfficerPronouns.speakingPronouns(doc) {
            guard let who = OfficerPronouns.resolve(at: r.location, mentions: all, others: others, doc) else { continue }
            people[who].append(
                OfficerMention(
                    range: r, nameRange: r, name: doc.string(r), rank: nil, rankAbbrev: nil, form: .pronoun,
                    rule: "officer.pronoun"))
        }
    }

    private static func record(_ ms: [OfficerMention], _ doc: TextDocument) -> OfficerRecord {
        let sorted = ms.sorted { $0.range.location < $1.range.location }
        let named = sorted.filter { $0.form != .pronoun && $0.form != .surname }
        let name = named.max { $0.nameWords < $1.nameWords }?.name ?? sorted[0].name
        let textMention = named.first { $0.form == .rankName || $0.form == .appositive } ?? named.first ?? sorted[0]
        let span = doc.span(textMention.range)
        var r = OfficerRecord(
            name: name, rank: textMention.rank, rankAbbrev: named.first { $0.rankAbbrev != nil }?.rankAbbrev,
            text: doc.string(span), span: span, rule: textMention.rule)
        // Every mention, a "he said" that can only mean this officer included.
        r.mentions = sorted.map { doc.span($0.range) }
        for m in named {
            let (area, unit, force) = OfficerAffiliation.find(m, doc)
            r.area = r.area ?? area
            r.unit = r.unit ?? unit
            r.force = r.force ?? force
        }
        return r
    }
}
