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
        return countiesList.firstMatch(in: before, range: NSRange(location: 0, length: (before as NSString).length)) != nil
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
            let key = county != nil || bareCounty ? "county " + PlaceGazetteer.key(county ?? m.name) : PlaceGazetteer.key(m.name)
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
