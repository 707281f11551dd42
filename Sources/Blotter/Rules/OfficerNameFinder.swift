import Foundation

/// Finds ranked names ("Detective Inspector Andy Packer", "DI Packer", "Det Supt Mark
/// Haworth-Oates", "Chief Cathy L. Lanier"), plural ranks before two names ("Officers Belgrave
/// and McHale"), names with a title after them ("Ben Reyna, Director of the U.S. Marshals
/// Service"), and the titled people who are not officers ("Mayor Bruce Harrell",
/// "Police and Crime Commissioner Clive Grunshaw").
enum OfficerNameFinder {
    /// A person's name: initials, capitalised words with apostrophes and hyphens (O’Driscoll,
    /// McHale, Haworth-Oates), particles (van, de, al-), up to four words, on one line.
    static let name =
        "(?:\\p{Lu}\\.[ \\t]?)*\\p{Lu}[\\p{L}’'\\-]*(?:[ \\t]+(?:(?:van|von|de|der|den|del|da|di|du|le|la|al|bin)[ \\t]+){0,2}"
        + "(?:\\p{Lu}\\.[ \\t]?)*\\p{Lu}[\\p{L}’'\\-]*){0,3}"
    private static let ranked = compilePattern("(?<![\\p{L}’'])\(OfficerRankLexicon.pattern(plural: false))[ \\t]+(\(name))")
    private static let plural = compilePattern("(?<![\\p{L}’'])\(OfficerRankLexicon.pattern(plural: true))[ \\t]+(\\p{Lu}[\\p{L}’'\\-]*)"
            + "[ \\t]+and[ \\t]+(\\p{Lu}[\\p{L}’'\\-]*)")
    private static let appositive = compilePattern("(?<![\\p{L}’'.])(\\p{Lu}[\\p{L}’'\\-]+(?:[ \\t]+(?:\\p{Lu}\\.[ \\t]?)*\\p{Lu}[\\p{L}’'\\-]+){1,2}),[ \\t]+"
            + "(?:the[ \\t]+)?(?<acting>(?:Acting|Interim|Temporary)[ \\t]+)?(\(OfficerRankLexicon.dotted(OfficerRankLexicon.ranks.filter { !$0.isPlural && $0.surface.count > 3 }.map(\.surface))))"
            + "[ \\t]+(?:of|for|at|with|in)[ \\t]")
    private static let titled = compilePattern("(?<![\\p{L}’'])(?:\(OfficerRankLexicon.dotted(OfficerRankLexicon.nonOfficerTitles)))[ \\t]+(\(name))")
    /// Law-enforcement words that let an appositive title ("…, Director of …") make an officer.
    private static let lawCue = compilePattern("\\b(?:police|marshals?|sheriff|garda|constabulary|rcmp|fbi|dea|atf|enforcement|troopers?)\\b", caseInsensitive: true)

    /// Every officer mention with a name, in text order (pronouns and bare surnames are added later).
    static func officerMentions(_ doc: TextDocument) -> [OfficerMention] {
        doc.once("officerMentions") { findOfficerMentions(doc) }
    }

    private static func findOfficerMentions(_ doc: TextDocument) -> [OfficerMention] {
        let blocked = titledPeople(doc).map(\.range) + nonPoliceSentences(doc)
        var out: [OfficerMention] = []
        for m in doc.matches(ranked, in: doc.fullRange) {
            if let o = rankedMention(m, doc), !blocked.contains(where: { overlaps($0, o.range) }) { out.append(o) }
        }
        for m in doc.matches(plural, in: doc.fullRange) {
            out += pluralMentions(m, doc).filter { o in !blocked.contains { overlaps($0, o.range) } }
        }
        for m in doc.matches(appositive, in: doc.fullRange) {
            guard let o = appositiveMention(m, doc), !blocked.contains(where: { overlaps($0, o.range) }),
                !out.contains(where: { overlaps($0.range, o.range) })
            else { continue }
            out.append(o)
        }
        return out.sorted { $0.range.location < $1.range.location }
    }

    /// Names of people with a non-officer title ("Mayor Bruce Harrell").
    static func titledPeople(_ doc: TextDocument) -> [(range: NSRange, name: String)] {
        doc.once("titledPeople") { findTitledPeople(doc) }
    }

    private static func findTitledPeople(_ doc: TextDocument) -> [(range: NSRange, name: String)] {
        doc.matches(titled, in: doc.fullRange).compactMap { m in
            guard let r = trimmedName(m.range(at: 1), doc) else { return nil }
            return (NSRange(location: m.range.location, length: r.location + r.length - m.range.location), doc.string(r))
        }
    }

    /// Names of all people the officer rule can see: officers and titled non-officers. Places
    /// never overlap them.
    static func personNames(_ doc: TextDocument) -> [(range: NSRange, name: String)] {
        officerMentions(doc).map { ($0.nameRange, $0.name) }
            + titledPeople(doc).map { m in
                (m.range, m.name)
            }
    }

    private static func rankedMention(_ m: NSTextCheckingResult, _ doc: TextDocument) -> OfficerMention? {
        guard let nameRange = trimmedName(m.range(at: 4), doc) else { return nil }
        let prefix = m.range(at: 1).location != NSNotFound ? doc.string(m.range(at: 1)) : nil
        let det = m.range(at: 2).location != NSNotFound ? doc.string(m.range(at: 2)) : nil
        let rankText = doc.string(m.range(at: 3))
        let full = OfficerRankLexicon.spelledOut(prefix: prefix, detective: det, rank: rankText)
        let rankRange = NSRange(
            location: m.range.location, length: m.range(at: 3).location + m.range(at: 3).length - m.range.location)
        let written = doc.string(rankRange)
        let abbrev =
            OfficerRankLexicon.normalised(written).split(separator: " ").count < full.split(separator: " ").count
                || written.count < full.count - 1 ? written : nil
        let range = NSRange(location: m.range.location, length: nameRange.location + nameRange.length - m.range.location)
        return OfficerMention(
            range: range, nameRange: nameRange, name: doc.string(nameRange), rank: full, rankAbbrev: abbrev,
            form: .rankName, rule: "officer.rank-name")
    }

    private static func pluralMentions(_ m: NSTextCheckingResult, _ doc: TextDocument) -> [OfficerMention] {
        let full = OfficerRankLexicon.spelledOut(prefix: nil, detective: nil, rank: doc.string(m.range(at: 3)))
        return [m.range(at: 4), m.range(at: 5)].compactMap { r in
            guard let r = trimmedName(r, doc) else { return nil }
            return OfficerMention(
                range: m.range, nameRange: r, name: doc.string(r), rank: full, rankAbbrev: nil, form: .plural,
                rule: "officer.plural")
        }
    }

    private static func appositiveMention(_ m: NSTextCheckingResult, _ doc: TextDocument) -> OfficerMention? {
        guard let nameRange = trimmedName(m.range(at: 1), doc), nameRange.location == m.range(at: 1).location,
            let s = doc.sentenceIndex(at: doc.span(m.range).start)
        else { return nil }
        let sentence = doc.nsRange(doc.sentences[s])
        guard doc.firstMatch(lawCue, in: sentence) != nil else { return nil }
        let rankRange = m.range(at: 3)
        let range = NSRange(location: nameRange.location, length: rankRange.location + rankRange.length - nameRange.location)
        // "Maria Santangelo, Acting Special Agent in Charge of …"
        let acting = m.group("acting").map { doc.string($0).trimmingCharacters(in: .whitespaces) + " " } ?? ""
        let full = acting + OfficerRankLexicon.spelledOut(prefix: nil, detective: nil, rank: doc.string(rankRange))
        return OfficerMention(
            range: range, nameRange: nameRange, name: doc.string(nameRange), rank: full, rankAbbrev: nil,
            form: .appositive, rule: "officer.appositive")
    }

    /// Cuts a matched name at the first word that cannot be part of a name ("Garda National
    /// Drugs…" → nothing); nil when nothing is left.
    static func trimmedName(_ r: NSRange, _ doc: TextDocument) -> NSRange? {
        guard r.location != NSNotFound else { return nil }
        let text = doc.string(r) as NSString
        var end = 0
        var pos = 0
        for word in (text as String).split(separator: " ", omittingEmptySubsequences: false) {
            let w = String(word)
            let bare = w.hasSuffix("’s") || w.hasSuffix("'s") ? String(w.dropLast(2)) : w
            if OfficerRankLexicon.notName.contains(bare) || OfficerRankLexicon.words.contains(bare)
                || PlaceLexicons.orgWords[bare] != nil || bare.count >= 2 && bare == bare.uppercased() && !bare.contains(".")
            {
                break
            }
            let wl = (w as NSString).length
            end = bare == w ? pos + wl : pos + (bare as NSString).length
            pos += wl + 1
            if bare != w { break }
        }
        guard end > 0 else { return nil }
        var out = NSRange(location: r.location, length: end)
        while out.length > 0, [".", " "].contains(doc.string(NSRange(location: out.location + out.length - 1, length: 1))) {
            out.length -= 1
        }
        // A lone initial is no name.
        return out.length > 1 ? out : nil
    }

    /// Sentences that speak of a non-police service ("… Fire and Rescue Service").
    private static func nonPoliceSentences(_ doc: TextDocument) -> [NSRange] {
        doc.sentences.map(doc.nsRange).filter { r in
            let s = doc.string(r)
            return OfficerRankLexicon.nonPoliceContext.contains { s.contains($0) }
        }
    }

    static func overlaps(_ a: NSRange, _ b: NSRange) -> Bool {
        a.location < b.location + b.length && b.location < a.location + a.length
    }
}
