import Foundation

/// Finds place mentions: streets and numbered roads, venues, known towns, districts, counties,
/// states and countries, and unknown names that their context shows to be places; then merges
/// the mentions of each place into one record (ids `p1`, `p2`, … in order of first mention)
/// and nests them (`within`).
///
/// Forces, units and other bodies that contain a place name ("Queensland Police", "Cold Lake
/// RCMP") and people's names are not places.
enum PlaceExtractor {
    static func extract(_ doc: TextDocument, _ context: ExtractionContext) -> [PlaceRecord] {
        let scan = PlaceScan(doc)
        var known = resolve(
            PlaceVenueRule.apply(scan) + PlaceStreetRule.apply(scan) + PlaceGazetteerRule.apply(scan)
                + PlaceContextRule.namedDistricts(scan))
        known = resolve(known + PlaceContextRule.apply(scan, known: known))
        known = resolve(known + PlaceContextRule.lists(scan, known: known))
        return PlaceNesting.nest(records(known, doc), mentions: known, doc)
    }

    /// Keeps the strongest of overlapping candidates: longer first, then venue > street >
    /// gazetteer > context; returns them in text order.
    static func resolve(_ candidates: [PlaceCandidate]) -> [PlaceCandidate] {
        let ranked = candidates.sorted {
            $0.range.length != $1.range.length ? $0.range.length > $1.range.length : $0.strength > $1.strength
        }
        var kept: [PlaceCandidate] = []
        for c in ranked where !kept.contains(where: { $0.overlaps(c) }) { kept.append(c) }
        return kept.sorted { $0.range.location < $1.range.location }
    }

    private static let countiesList = compilePattern("\\bcounties\\s+(?:\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)*(?:,\\s*|\\s+and\\s+|,\\s+and\\s+))*$", caseInsensitive: false)

    /// Whether the mention stands in a list after "counties".
    private static func inCountiesList(_ r: NSRange, _ doc: TextDocument) -> Bool {
        let before = doc.before(r.location, 80)
        return countiesList.firstMatch(in: before) != nil
    }

    /// Short and long forms of one numbered road share a key: "I-95" and "Interstate 95",
    /// "SH1" and "State Highway 1" (road families in `street-types.tsv`).
    static func numberedRoadKey(_ name: String) -> String? {
        for (prefix, family) in PlaceLexicons.roadFamilies where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
            if !rest.isEmpty, rest.count <= 5, rest.first?.isNumber == true, rest.allSatisfy({ $0.isNumber || $0.isLetter }) {
                return "road:\(family) \(rest.uppercased())"
            }
        }
        return nil
    }

    /// "County Louth", "Co. Louth", "Co Louth" → "Louth": the Irish and British county form,
    /// which names the same place as the bare county name. ("Lorain County" in the US is left
    /// alone: there the bare name is usually a city.)
    static func countyName(_ name: String) -> String? {
        for prefix in ["County ", "Co. ", "Co "] where name.hasPrefix(prefix) && name.count > prefix.count + 1 {
            return String(name.dropFirst(prefix.count))
        }
        return nil
    }

    /// One record per place: mentions whose names differ only in case, punctuation or a
    /// leading "the" are one place; the record keeps the first mention and the ordinary spelling.
    static func records(_ mentions: [PlaceCandidate], _ doc: TextDocument) -> [PlaceRecord] {
        var records: [PlaceRecord] = []
        var index: [String: Int] = [:]
        // "counties Louth, Meath and Monaghan" … "County Louth": the bare names in a list after
        // "counties" are the counties; elsewhere "Limerick" and "County Limerick" stay apart.
        let countyForms = Set(mentions.compactMap { countyName($0.name).map(PlaceGazetteer.key) })
        for m in mentions {
            let county = countyName(m.name)
            let bareCounty = county == nil && countyForms.contains(PlaceGazetteer.key(m.name)) && inCountiesList(m.range, doc)
            var key = county != nil || bareCounty ? "county " + PlaceGazetteer.key(county ?? m.name) : PlaceGazetteer.key(m.name)
            if m.kind == "street", let road = numberedRoadKey(m.name) { key = road }
            let full = PlaceLexicons.aliases[m.name]
            if let full { key = PlaceGazetteer.key(full) }  // "B.C." … "British Columbia"
            if let i = index[key], full == nil, PlaceLexicons.aliases[records[i].name] != nil {
                records[i].name = m.name  // the written-out form names the place
                records[i].kind = m.kind
            }
            if let i = index[key], m.kind == "street", records[i].kind == "street", m.name.count > records[i].name.count {
                records[i].name = m.name  // "I-95" … "Interstate 95": the written-out form names the road
            }
            let span = doc.span(m.range)
            if let i = index[key] {
                records[i].mentions.append(span)
                if county != nil, countyName(records[i].name) == nil {
                    records[i].name = m.name  // "counties Louth, Meath" … "County Louth"
                    records[i].kind = "region"
                } else if records[i].name == records[i].name.uppercased(), m.name != m.name.uppercased() {
                    records[i].name = m.name
                }
                continue
            }
            var r = PlaceRecord(name: m.name, kind: m.kind, text: doc.string(span), span: span, rule: m.rule)
            r.id = "p\(records.count + 1)"
            index[key] = records.count
            records.append(r)
        }
        return records
    }
}
