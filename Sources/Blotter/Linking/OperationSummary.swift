import Foundation

/// The one-row-per-operation fields: arrests, officers deployed, premises searched, seizures,
/// time window and lead officer, from the facts linked to each operation.
enum OperationSummary {
    private static let leadCue = compilePattern(
        "\\b(?:leads?|led|heads?|headed|in\\s+charge\\s+of|commands?|commanded|oversees|overseeing|senior\\s+investigating\\s+officer)\\b",
        caseInsensitive: true)

    static func add(_ a: inout Annotations, _ doc: TextDocument) {
        for k in a.operations.indices {
            let id = a.operations[k].id
            let linked = a.counts.filter { $0.operation == id }
            a.operations[k].arrests = arrests(linked)
            a.operations[k].officersDeployed = first(linked, unit: "officer")
            a.operations[k].premisesSearched = first(linked, unit: "premises")
            a.operations[k].seizures = linked.filter { $0.unit.hasPrefix("seizure") }.map(\.id)
            a.operations[k].window = window(a.times.filter { $0.operation == id })
            a.operations[k].lead = lead(of: a.operations[k], a.officers, doc)
        }
        // An operation with no arrest total of its own adds up the arrests of its parts.
        for k in a.operations.indices where a.operations[k].arrests == nil {
            let parts = a.operations.filter { $0.partOf == a.operations[k].id }.compactMap(\.arrests)
            guard !parts.isEmpty else { continue }
            let total = parts.reduce(0.0) { $0 + $1.value.value }
            a.operations[k].arrests = CountSummary(value: Quantity(total), count: nil, derived: true)
        }
    }

    /// The first arrest count stated for it (in its own sentence first), else people arrested.
    private static func arrests(_ linked: [CountRecord]) -> CountSummary? {
        let pick = linked.first { $0.unit == "arrest" && $0.link == "same_sentence" }
            ?? linked.first { $0.unit == "arrest" }
            ?? linked.first { $0.unit == "person" && $0.action == "arrested" }
        return pick.map { CountSummary(value: $0.value, qualifier: $0.qualifier, count: $0.id) }
    }

    private static func first(_ linked: [CountRecord], unit: String) -> CountSummary? {
        linked.first { $0.unit == unit }.map { CountSummary(value: $0.value, qualifier: $0.qualifier, count: $0.id) }
    }

    private static func window(_ times: [TimeRecord]) -> TimeWindow? {
        var w = TimeWindow()
        w.date = times.first { $0.kind == .date || $0.kind == .weekday }?.date
        if let range = times.first(where: { $0.kind == .clockRange }) {
            (w.start, w.end, w.overnight) = (range.start, range.end, range.overnight)
        } else {
            w.start = times.first { $0.kind == .clock }?.clock
        }
        return w.date == nil && w.start == nil ? nil : w
    }

    /// The officer a sentence naming the operation says leads it ("Chief Inspector James
    /// Kitchen, who leads Operation Jemlock").
    private static func lead(of op: OperationRecord, _ officers: [OfficerRecord], _ doc: TextDocument) -> String? {
        for m in op.mentions {
            guard let si = doc.sentenceIndex(at: m.start) else { continue }
            let sentence = doc.sentences[si]
            let text = doc.string(sentence)
            guard leadCue.firstMatch(in: text) != nil else { continue }
            if let o = officers.first(where: { $0.mentions.contains { sentence.contains($0) } }) { return o.id }
        }
        return nil
    }
}
