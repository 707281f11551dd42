import Foundation

/// Finds quotations and attributes them to officers, in the common layouts:
/// `“…,” said DI Packer.` · `“…,” DI Packer said.` · `“…” he said.` · `DI Packer said: “…”` ·
/// `He added: “…”` · `… told the Recorder: “…”` · a quote that runs over several paragraphs
/// (each new paragraph opens with a quotation mark, the previous one is left open) · a
/// paragraph of quotation right after "X says …" · `said: ` with the quotation marks missing.
/// A scare-quoted phrase inside a sentence ("was a “massive success”, said DI Packer") is
/// not a quote: a quote opens a paragraph or sentence, or follows a colon, a comma or a
/// speech verb.
enum OfficerQuotes {
    /// A stretch of quoted words inside one paragraph.
    struct Segment {
        var open: Int
        var content: NSRange
        var closed: Bool
        var speaker: Int?
    }

    static let speechVerb =
        "(?:said|says|say|added|adds|explained|explains|continued|continues|stated|states|commented|comments|warned|warns|told|tells|urged|urges|remarked|noted|notes|concluded|insisted)"
    /// A speech verb ending a stretch ("… said").
    private static let verbEnding = compilePattern("\\b\(speechVerb)$")
    /// A speech verb after a name, optionally past an aside ("Smith, who leads the team, said").
    private static let verbAfterAside = compilePattern("^(?:,[^,]{0,60},)?[ \\t]+\(speechVerb)\\b")
    private static let verbBefore = compilePattern("\\b\(speechVerb)\\b[^“”\"]{0,60}?[:,]?[ \\t]*$")
    private static let verbAfter = compilePattern("^[,.]?[ \\t]*\(speechVerb)[ \\t]+")
    private static let pronounAfter = compilePattern("^[,.]?[ \\t]*(?:he|she|He|She)[ \\t]+\(speechVerb)\\b")
    private static let pronounBefore = compilePattern("(?:^|[.!?”\"][ \\t]+|\\n)(?:He|She)[ \\t]+(?:also[ \\t]+)?\(speechVerb)\\b[^“”\"]{0,40}?[:,]?[ \\t]*$")
    private static let colonSpeech = compilePattern("\\b(?:said|says|added|adds):[ \\t]+(?=\\p{Lu})")
    private static let verbAfterName = compilePattern("^[ \\t]+(?:also[ \\t]+)?\(speechVerb)\\b")
    private static let inQuoteAttribution = compilePattern("[ \\t,]+(?:said|says)[ \\t]+")

    /// Assigns every attributable quote to one of `people` (indices into `records`).
    /// `resolve(pos)` gives the officer a pronoun at `pos` refers to, if unambiguous.
    static func attribute(
        _ doc: TextDocument, mentions: [(range: NSRange, person: Int)], resolvePronoun: (Int) -> Int?
    ) -> [(person: Int, quote: Quote)] {
        var out: [(Int, Quote)] = []
        var previous: [Segment] = []
        var previousReported: Int?
        var previousStart = -1
        for p in doc.paragraphs {
            let pr = doc.nsRange(p)
            var segments = self.segments(in: pr, doc)
            for k in segments.indices {
                segments[k].speaker = speaker(segments[k], index: k, segments, pr, doc, mentions, resolvePronoun)
                if segments[k].speaker == nil, k == 0, segments[k].open == pr.location {
                    // A quote paragraph after another quote paragraph of the same speaker.
                    if let last = previous.last(where: { $0.speaker != nil }),
                        !last.closed || previous.first?.open == previousStart
                    {
                        segments[k].speaker = last.speaker
                    }
                    if segments[k].speaker == nil, previous.isEmpty { segments[k].speaker = previousReported }
                }
                if segments[k].speaker == nil, k > 0, segments[k - 1].speaker != nil,
                    !mentions.contains(where: {
                        $0.person != segments[k - 1].speaker && $0.range.location > segments[k - 1].content.location
                            && $0.range.location < segments[k].open
                    })
                {
                    segments[k].speaker = segments[k - 1].speaker
                }
                if let who = segments[k].speaker {
                    if !segments[k].closed { segments[k].content = cutAtAttribution(segments[k].content, doc, mentions) }
                    let content = trimmed(segments[k].content, doc)
                    if content.length > 0 {
                        out.append((who, Quote(text: doc.string(content), span: doc.span(content))))
                    }
                }
            }
            previousReported = segments.isEmpty ? reportedSpeaker(pr, doc, mentions) : nil
            previous = segments
            previousStart = pr.location
        }
        return out
    }

    /// Quoted stretches of a paragraph that are real quotes (not scare quotes).
    static func segments(in pr: NSRange, _ doc: TextDocument) -> [Segment] {
        var out: [Segment] = []
        let end = pr.location + pr.length
        var i = pr.location
        var open: Int?
        while i < end {
            let c = doc.ns.character(at: i)
            if let o = open {
                if c == 0x201D || c == 0x22 {
                    out.append(Segment(open: o, content: NSRange(location: o + 1, length: i - o - 1), closed: true))
                    open = nil
                }
            } else if c == 0x201C || c == 0x22 {
                open = i
            }
            i += 1
        }
        if let o = open { out.append(Segment(open: o, content: NSRange(location: o + 1, length: end - o - 1), closed: false)) }
        out = out.filter { opensQuote($0.open, pr, doc) }
        if out.isEmpty, let m = doc.firstMatch(colonSpeech, in: pr) {
            let lo = m.range.location + m.range.length
            out.append(Segment(open: lo, content: NSRange(location: lo, length: end - lo), closed: false))
        }
        return out
    }

    /// A quote opens a paragraph or sentence, or follows a colon, a comma or a speech verb.
    private static func opensQuote(_ open: Int, _ pr: NSRange, _ doc: TextDocument) -> Bool {
        var j = open - 1
        while j >= pr.location, [0x20, 0x09, 0xA0].contains(doc.ns.character(at: j)) { j -= 1 }
        guard j >= pr.location else { return true }
        let c = doc.ns.character(at: j)
        if [0x3A, 0x2C, 0x2E, 0x21, 0x3F, 0x201D, 0x22, 0x2014, 0x2013].contains(c) { return true }
        let lo = max(pr.location, j - 20)
        return doc.firstMatch(verbEnding, in: NSRange(location: lo, length: j + 1 - lo)) != nil
    }

    private static func speaker(
        _ s: Segment, index k: Int, _ all: [Segment], _ pr: NSRange, _ doc: TextDocument,
        _ mentions: [(range: NSRange, person: Int)], _ resolvePronoun: (Int) -> Int?
    ) -> Int? {
        let end = pr.location + pr.length
        let afterStart = min(end, s.content.location + s.content.length + (s.closed ? 1 : 0))
        let after = NSRange(location: afterStart, length: min(80, end - afterStart))
        // “…,” said DI Packer. / “…,” DI Packer said. / “…” he said.
        if let m = doc.firstMatch(verbAfter, options: .anchored, in: after) {
            let at = m.range.location + m.range.length
            if let who = mentions.first(where: { $0.range.location == at })?.person { return who }
        }
        if let who = mentions.first(where: { $0.range.location >= afterStart && $0.range.location <= afterStart + 3 }) {
            let rest = NSRange(
                location: who.range.location + who.range.length,
                length: max(0, min(30, end - who.range.location - who.range.length)))
            if doc.firstMatch(verbAfterName, options: .anchored, in: rest) != nil { return who.person }
        }
        if doc.firstMatch(pronounAfter, options: .anchored, in: after) != nil {
            return resolvePronoun(afterStart)
        }
        // DI Packer said: “…” / He added: “…” (same sentence, before the quote)
        let sentenceStart =
            doc.sentenceIndex(at: doc.span(NSRange(location: s.open, length: 0)).start)
            .map { doc.nsRange(doc.sentences[$0]).location } ?? pr.location
        let lo = max(
            pr.location, min(sentenceStart, s.open), k > 0 ? all[k - 1].content.location + all[k - 1].content.length : pr.location
        )
        let before = NSRange(location: lo, length: s.open - lo)
        if doc.firstMatch(verbBefore, in: before) != nil {
            if let who = mentions.last(where: { $0.range.location >= lo && $0.range.location < s.open }) { return who.person }
            if doc.firstMatch(pronounBefore, in: NSRange(location: max(pr.location, lo - 2), length: s.open - max(pr.location, lo - 2)))
                != nil
                || doc.string(before).hasPrefix("He ") || doc.string(before).hasPrefix("She ")
            {
                return resolvePronoun(lo)
            }
        }
        // An unclosed quote that names its speaker inside: "… our citizens said Staff Sergeant Ken Beard, …"
        if !s.closed {
            for m in doc.matches(inQuoteAttribution, in: s.content) {
                let at = m.range.location + m.range.length
                if let who = mentions.first(where: { $0.range.location == at }) { return who.person }
            }
        }
        return nil
    }

    /// The officer whose reported speech fills a paragraph without quotes ("X says …").
    private static func reportedSpeaker(_ pr: NSRange, _ doc: TextDocument, _ mentions: [(range: NSRange, person: Int)]) -> Int? {
        for m in mentions where m.range.location >= pr.location && m.range.location < pr.location + pr.length {
            let rest = NSRange(
                location: m.range.location + m.range.length,
                length: min(60, pr.location + pr.length - m.range.location - m.range.length))
            if doc.firstMatch(verbAfterAside, in: rest) != nil { return m.person }
        }
        return nil
    }

    /// An unclosed quote ends where "said <officer>" starts inside it.
    private static func cutAtAttribution(_ r: NSRange, _ doc: TextDocument, _ mentions: [(range: NSRange, person: Int)])
        -> NSRange
    {
        for m in doc.matches(inQuoteAttribution, in: r) {
            let at = m.range.location + m.range.length
            if mentions.contains(where: { $0.range.location == at }) {
                return NSRange(location: r.location, length: m.range.location - r.location)
            }
        }
        return r
    }

    /// The quote without surrounding spaces, a cut-off attribution or a trailing comma.
    private static func trimmed(_ r: NSRange, _ doc: TextDocument) -> NSRange {
        var out = r
        while out.length > 0, [0x20, 0x09, 0x0A, 0xA0, 0x2C].contains(doc.ns.character(at: out.location)) {
            out.location += 1
            out.length -= 1
        }
        while out.length > 0, [0x20, 0x09, 0x0A, 0xA0, 0x2C].contains(doc.ns.character(at: out.location + out.length - 1)) {
            out.length -= 1
        }
        return out
    }
}
