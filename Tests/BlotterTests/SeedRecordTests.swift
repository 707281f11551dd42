import Foundation
import Testing

@testable import Blotter

/// The seed article must yield exactly its gold record, field by field.
@Suite struct SeedRecordTests {
    static let seedText = Fixture.repo.appendingPathComponent("corpus/seed/operation-target.txt")
    static let seedGold = Fixture.repo.appendingPathComponent("corpus/seed/operation-target.json")

    func seed() throws -> (BlotterRecord, Fixture.GoldItem) {
        let gold = try Fixture.gold(Self.seedGold)
        let record = try Pipeline().run(path: Self.seedText.path)
        return (record, gold)
    }

    @Test func seedCopyMatchesTheSharedSeed() throws {
        let shared = try Fixture.gold(Fixture.sharedData.appendingPathComponent("seed/seed.json"))
        #expect(try String(contentsOf: Self.seedText, encoding: .utf8) == shared.text)
    }

    @Test func operationsMatchGold() throws {
        let (r, gold) = try seed()
        let named = r.operations.filter { $0.name != nil }
        #expect(named.map(\.name) == gold.gold.operations.map(\.name))
        for (op, g) in zip(named, gold.gold.operations) {
            #expect(op.arrests?.value.value == g.arrests)
            #expect(op.arrests?.qualifier?.rawValue == g.arrests_qualifier)
        }
    }

    @Test func countsMatchGold() throws {
        let (r, gold) = try seed()
        let got = r.counts.map { "\($0.value)|\($0.unit)|\($0.text)|\($0.qualifier?.rawValue ?? "-")" }
        let want = gold.gold.counts.map { "\(Quantity($0.value))|\($0.unit)|\($0.text)|\($0.qualifier ?? "-")" }
        #expect(got == want)
    }

    @Test func timesAndDatesMatchGold() throws {
        let (r, gold) = try seed()
        let clocks = r.times.flatMap { t -> [String] in
            t.kind == .clockRange ? [t.start, t.end].compactMap { $0 } : [t.clock].compactMap { $0 }
        }
        #expect(clocks == gold.gold.times.map(\.clock))
        let range = try #require(r.times.first { $0.kind == .clockRange })
        #expect(range.text == "from 6pm until 3am")
        #expect(range.overnight == true)
        let dates = r.times.filter { $0.kind == .date }
        #expect(dates.map(\.text) == gold.gold.dates.map(\.text))
        #expect(dates.map(\.date) == ["--07-20"])
    }

    @Test func officerMatchesGold() throws {
        let (r, gold) = try seed()
        #expect(r.officers.map(\.name) == gold.gold.officers.map(\.name))
        let o = try #require(r.officers.first)
        #expect(o.rank == "Detective Inspector")
        #expect(o.text == "Detective Inspector Andy Packer")
        #expect(o.area == "Newham")
        // The full name, "DI Packer" twice, and the two "He said" that can only mean him.
        let text = try String(contentsOf: Self.seedText, encoding: .utf8)
        let doc = TextDocument(text)
        #expect(o.mentions.map { doc.string($0) } == ["Detective Inspector Andy Packer", "He", "DI Packer", "DI Packer", "He"])
        #expect(o.quotes.count == 1)
        #expect(o.quotes.first?.text.hasPrefix("The aim of the operation is") == true)
    }

    @Test func placesMatchGold() throws {
        let (r, gold) = try seed()
        #expect(Set(r.places.map { "\($0.name)|\($0.kind)" }) == Set(gold.gold.places.map { "\($0.text)|\($0.kind)" }))
        let romford = try #require(r.places.first { $0.name == "Romford Road" })
        let forestGate = try #require(r.places.first { $0.name == "Forest Gate" })
        #expect(romford.within == forestGate.id)
    }

    @Test func factsAreLinkedToTheirOperationWithAReason() throws {
        let (r, _) = try seed()
        func count(_ text: String) -> CountRecord? { r.counts.first { $0.text == text } }
        let target = try #require(r.operations.first { $0.name == "Operation Target" })
        let fusion = try #require(r.operations.first { $0.name == "Operation Fusion" })
        #expect(count("more than 5,000 arrests")?.operation == target.id)
        #expect(count("more than 5,000 arrests")?.link == "same_sentence")
        #expect(count("45 arrests")?.operation == fusion.id)
        #expect(count("45 arrests")?.link == "pronoun")
        #expect(count("an extra 150 officers")?.operation == fusion.id)
        // DI Packer from Newham reports Newham's share of Operation Target.
        #expect(count("385 arrests")?.operation == target.id)
        #expect(count("385 arrests")?.link == "speaker_area")
        #expect(count("385 arrests")?.sharePlace == r.places.first { $0.name == "Newham" }?.id)
        #expect(r.times.first { $0.kind == .clockRange }?.operation == fusion.id)
        #expect(fusion.partOf == target.id)
        #expect(target.targets == ["burglary", "robbery", "violent crime"])
    }

    @Test func theRomfordRoadLockdownIsAnUnnamedOperationPartOfFusion() throws {
        let (r, _) = try seed()
        let fusion = try #require(r.operations.first { $0.name == "Operation Fusion" })
        let lockdown = try #require(r.operations.first { $0.name == nil })
        #expect(r.operations.count == 3)
        #expect(lockdown.label == "lockdown of part of Romford Road")
        #expect(lockdown.partOf == fusion.id)
        #expect(lockdown.partOfLink == "nested")
        func count(_ text: String) -> CountRecord? { r.counts.first { $0.text == text } }
        #expect(count("nine arrests")?.operation == lockdown.id)
        #expect(count("nine arrests")?.link == "pronoun")
        #expect(count("Six commercial premises")?.operation == lockdown.id)
        #expect(count("around 120 police officers and agency staff")?.operation == lockdown.id)
        #expect(lockdown.arrests?.value == 9)
        #expect(lockdown.premisesSearched?.value == 6)
        #expect(lockdown.officersDeployed?.value == 120)
        #expect(lockdown.window?.date == "--07-20")
        #expect(lockdown.window?.start == "21:15")
        #expect(r.times.first { $0.text == "9.15pm" }?.link == "definite_np")
        #expect(fusion.arrests?.value == 45)
        #expect(fusion.officersDeployed?.value == 150)
        #expect(fusion.window == TimeWindow(date: nil, start: "18:00", end: "03:00", overnight: true))
    }

    @Test func everySpanRoundTrips() throws {
        let (r, _) = try seed()
        try assertSpansRoundTrip(r, text: try String(contentsOf: Self.seedText, encoding: .utf8))
    }
}

/// Checks `text[span] == item.text` for every item of a record, in Unicode scalars.
func assertSpansRoundTrip(_ r: BlotterRecord, text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let scalars = Array(text.unicodeScalars)
    func slice(_ s: Span) -> String {
        guard s.start >= 0, s.end <= scalars.count, s.start <= s.end else { return "<out of range \(s)>" }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[s.start..<s.end])
        return String(out)
    }
    var items: [(String, Span)] = []
    items += r.operations.map { ($0.text, $0.span) }
    items += r.counts.map { ($0.text, $0.span) }
    items += r.officers.map { ($0.text, $0.span) }
    items += r.officers.flatMap { $0.quotes.map { ($0.text, $0.span) } }
    items += r.times.map { ($0.text, $0.span) }
    items += r.places.map { ($0.text, $0.span) }
    for (expected, span) in items {
        #expect(slice(span) == expected, sourceLocation: sourceLocation)
    }
}
