import Foundation

/// The dataset tables of `--format csv --table NAME`: one RFC 4180 row per item, with a stable
/// header, keyed by `document_id` and the item's `id` so that the tables join
/// (counts.operation → operations.id, places.within → places.id, …).
public enum CSVTable: String, CaseIterable, Sendable {
    case operations, counts, officers, times, places

    /// The header row's columns.
    public var columns: [String] {
        let key = ["document_id", "source", "id"]
        switch self {
        case .operations:
            return key + [
                "name", "label", "text", "span_start", "span_end", "mentions", "part_of", "part_of_link", "arrests",
                "arrests_qualifier", "arrests_derived", "officers_deployed", "premises_searched", "seizures", "window_date",
                "window_start", "window_end", "window_overnight", "places", "officers", "lead", "targets",
            ]
        case .counts:
            return key + [
                "value", "value_max", "qualifier", "unit", "noun", "currency", "what", "measure", "substance", "action", "text",
                "span_start", "span_end", "operation", "link", "share_place", "rule",
            ]
        case .officers:
            return key + ["name", "rank", "rank_abbrev", "area", "unit", "force", "text", "span_start", "span_end", "mentions", "quotes"]
        case .times:
            return key + [
                "kind", "text", "span_start", "span_end", "clock", "range_start", "range_end", "overnight", "date", "weekday",
                "resolved", "operation", "link",
            ]
        case .places:
            return key + ["name", "kind", "within", "text", "span_start", "span_end", "mentions"]
        }
    }

    /// The header line, CRLF-terminated as RFC 4180 says.
    public var header: Data { Self.line(columns) }

    /// The rows one record contributes to this table.
    public func rows(_ r: BlotterRecord) -> Data {
        let key = [r.document.id, r.document.source]
        var out = Data()
        switch self {
        case .operations: r.operations.forEach { out.append(Self.line(key + Self.fields($0))) }
        case .counts: r.counts.forEach { out.append(Self.line(key + Self.fields($0))) }
        case .officers: r.officers.forEach { out.append(Self.line(key + Self.fields($0))) }
        case .times: r.times.forEach { out.append(Self.line(key + Self.fields($0))) }
        case .places: r.places.forEach { out.append(Self.line(key + Self.fields($0))) }
        }
        return out
    }

    private static func fields(_ o: OperationRecord) -> [String] {
        [
            o.id, o.name ?? "", o.label ?? "", o.text, "\(o.span.start)", "\(o.span.end)", "\(o.mentions.count)", o.partOf ?? "",
            o.partOfLink ?? "", s(o.arrests?.value), o.arrests?.qualifier?.rawValue ?? "", s(o.arrests?.derived),
            s(o.officersDeployed?.value), s(o.premisesSearched?.value), o.seizures.joined(separator: ";"), o.window?.date ?? "",
            o.window?.start ?? "", o.window?.end ?? "", s(o.window?.overnight), o.places.joined(separator: ";"),
            o.officers.joined(separator: ";"), o.lead ?? "", o.targets.joined(separator: ";"),
        ]
    }

    private static func fields(_ c: CountRecord) -> [String] {
        [
            c.id, s(c.value), s(c.valueMax), c.qualifier?.rawValue ?? "", c.unit, c.noun, c.currency ?? "", c.what ?? "",
            c.measure ?? "", c.substance ?? "", c.action ?? "", c.text, "\(c.span.start)", "\(c.span.end)", c.operation ?? "",
            c.link ?? "", c.sharePlace ?? "", c.rule,
        ]
    }

    private static func fields(_ o: OfficerRecord) -> [String] {
        [
            o.id, o.name, o.rank ?? "", o.rankAbbrev ?? "", o.area ?? "", o.unit ?? "", o.force ?? "", o.text,
            "\(o.span.start)", "\(o.span.end)", "\(o.mentions.count)", "\(o.quotes.count)",
        ]
    }

    private static func fields(_ t: TimeRecord) -> [String] {
        [
            t.id, t.kind.rawValue, t.text, "\(t.span.start)", "\(t.span.end)", t.clock ?? "", t.start ?? "", t.end ?? "",
            s(t.overnight), t.date ?? "", t.weekday ?? "", s(t.resolved), t.operation ?? "", t.link ?? "",
        ]
    }

    private static func fields(_ p: PlaceRecord) -> [String] {
        [p.id, p.name, p.kind, p.within ?? "", p.text, "\(p.span.start)", "\(p.span.end)", "\(p.mentions.count)"]
    }

    private static func s(_ q: Quantity?) -> String { q?.description ?? "" }
    private static func s(_ b: Bool?) -> String { b.map { $0 ? "true" : "false" } ?? "" }

    /// One CSV line: fields quoted when they hold a comma, quote, CR or LF; quotes doubled.
    static func line(_ fields: [String]) -> Data {
        let escaped = fields.map { f -> String in
            guard f.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return f }
            return "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return Data((escaped.joined(separator: ",") + "\r\n").utf8)
    }
}
