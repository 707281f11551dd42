import Foundation

/// Ties counts, times, places and officers to the operation the text attaches them to, and
/// records why, so a reviewer can judge each link:
/// - `same_sentence`: the sentence names the operation, or introduces the unnamed one, before
///   the fact ("Operation Target … resulted in more than 5,000 arrests");
/// - `pronoun`: the sentence opens with "It"/"This"/"They" and an operation is in focus
///   ("It resulted in 45 arrests" after "Operation Fusion");
/// - `definite_np`: "the operation", "the large-scale operation", "the drive", or the place an
///   unnamed operation was introduced with ("Part of Romford Road … was blocked off" after "a
///   lockdown of part of Romford Road"), while an operation is in focus;
/// - `nested`: an operation named "as part of the drive", or an unnamed one introduced in a
///   sentence about the operation in focus, becomes `part_of` that operation.
/// - `speaker_area`: an officer who speaks for an area reports a figure while an operation is
///   in focus: the area's share of it (`share_place`);
/// - `sole_operation`: the text names exactly one operation and the fact is not tied to
///   another, so it is reported as that operation's result — unless its sentence is
///   background (the offences themselves, another year's figures); unnamed operations in
///   such a text become `part_of` it.
/// Otherwise a fact in a sentence with none of these cues is left unlinked rather than guessed.
enum OperationLinker {
    static func link(_ a: inout Annotations, _ doc: TextDocument) {
        guard !a.operations.isEmpty else { return }
        let links = DiscourseFocus.sentenceLinks(&a.operations, doc)
        let ids = a.operations.map(\.id)
        func resolve(_ span: Span) -> (op: Int, why: String)? {
            guard let si = doc.sentenceIndex(at: span.start) else { return nil }
            return links[si].operation(at: span.start)
        }
        for i in a.counts.indices {
            guard let (k, why) = resolve(a.counts[i].span) else { continue }
            a.counts[i].operation = ids[k]
            a.counts[i].link = why
            a.operations[k].counts.append(a.counts[i].id)
        }
        for i in a.times.indices {
            guard let (k, why) = resolve(a.times[i].span) else { continue }
            a.times[i].operation = ids[k]
            a.times[i].link = why
            a.operations[k].times.append(a.times[i].id)
        }
        linkAreaShares(&a, links, doc)
        linkToSoleOperation(&a, doc)
        for p in a.places {
            for k in Set(p.mentions.compactMap { resolve($0)?.op }).sorted() where !a.operations[k].places.contains(p.id) {
                a.operations[k].places.append(p.id)
            }
        }
        for o in a.officers {
            for k in Set(o.mentions.compactMap { resolve($0)?.op }).sorted() where !a.operations[k].officers.contains(o.id) {
                a.operations[k].officers.append(o.id)
            }
        }
        OperationTargets.add(&a.operations, links, doc)
        OperationSummary.add(&a, doc)
    }

    private static let speech = compilePattern("\\b(?:said|says|told|added|explained|confirmed)\\b")

    /// A local officer reporting a figure while an operation is in focus gives that
    /// operation's share for their area ("Detective Inspector Andy Packer from Newham … He said
    /// there have been 385 arrests"): the count is linked with `speaker_area` and `share_place`
    /// names the area.
    private static func linkAreaShares(_ a: inout Annotations, _ links: [DiscourseFocus.SentenceLink], _ doc: TextDocument) {
        for i in a.counts.indices where a.counts[i].operation == nil {
            guard let si = doc.sentenceIndex(at: a.counts[i].span.start), let focus = links[si].focus else { continue }
            let sentence = doc.sentences[si]
            let text = doc.string(sentence)
            guard speech.firstMatch(in: text) != nil,
                let officer = a.officers.first(where: { o in o.area != nil && o.mentions.contains { sentence.contains($0) } }),
                let place = a.places.first(where: { $0.name == officer.area })
            else { continue }
            a.counts[i].operation = a.operations[focus].id
            a.counts[i].link = "speaker_area"
            a.counts[i].sharePlace = place.id
            a.operations[focus].counts.append(a.counts[i].id)
        }
    }

    /// Sentences about the offences themselves or about other periods are background, not an
    /// operation's results ("the group have allegedly entered …", "up from 104 the year before").
    private static let background = compilePattern(
        "\\b(?:allegedly|alleged|compared\\s+(?:to|with)|up\\s+from|down\\s+from|last\\s+year|previous\\s+year|the\\s+year\\s+before|at\\s+large|may\\s+have\\s+been|a\\s+year\\s+(?:later|earlier|before)|figures|calls?\\s+(?:to|from)|(?:received|took|handled)\\s+(?:\\S+\\s+){0,3}calls)\\b|\\b(?:19|20)\\d\\d[-/–]\\d\\d\\b",
        caseInsensitive: true)

    private static func isBackground(_ span: Span, _ doc: TextDocument) -> Bool {
        guard let si = doc.sentenceIndex(at: span.start) else { return false }
        let text = doc.string(doc.sentences[si])
        return background.firstMatch(in: text) != nil
    }

    /// A release about one named operation reports its results throughout: when the text
    /// names exactly one operation, counts and times left unlinked go to it (`sole_operation`).
    private static func linkToSoleOperation(_ a: inout Annotations, _ doc: TextDocument) {
        let named = a.operations.indices.filter { a.operations[$0].name != nil }
        guard named.count == 1, let k = named.first else { return }
        let id = a.operations[k].id
        for j in a.operations.indices where j != k && a.operations[j].partOf == nil {
            a.operations[j].partOf = id
            a.operations[j].partOfLink = "sole_operation"
        }
        for i in a.counts.indices where a.counts[i].operation == nil && !isBackground(a.counts[i].span, doc) {
            a.counts[i].operation = id
            a.counts[i].link = "sole_operation"
            a.operations[k].counts.append(a.counts[i].id)
        }
        for i in a.times.indices where a.times[i].operation == nil && !isBackground(a.times[i].span, doc) {
            a.times[i].operation = id
            a.times[i].link = "sole_operation"
            a.operations[k].times.append(a.times[i].id)
        }
    }
}
