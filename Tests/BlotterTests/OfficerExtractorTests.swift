import Foundation
import Testing

@testable import Blotter

/// Officers from short phrasings written for these tests, and the seed article's officer.
@Suite struct OfficerExtractorTests {
    static func officers(_ text: String) -> [OfficerRecord] {
        let doc = TextDocument(text)
        return OfficerExtractor.extract(doc, ExtractionContext(published: nil, document: doc))
    }

    struct Case: Sendable, CustomStringConvertible {
        let text: String
        let name: String
        let rank: String?
        var abbrev: String? = nil
        var description: String { text }
    }

    static let ranked: [Case] = [
        Case(text: "Detective Inspector Jo Bloggs said the raids went well.", name: "Jo Bloggs", rank: "Detective Inspector"),
        Case(text: "DI Jo Bloggs led the raids.", name: "Jo Bloggs", rank: "Detective Inspector", abbrev: "DI"),
        Case(
            text: "Det Supt Ann Lowe-Hart from Kent Police said so.", name: "Ann Lowe-Hart", rank: "Detective Superintendent",
            abbrev: "Det Supt"),
        Case(text: "Det. Sgt. Ian Price made the arrest.", name: "Ian Price", rank: "Detective Sergeant", abbrev: "Det. Sgt."),
        Case(text: "Chief Supt Mo Khan was there.", name: "Mo Khan", rank: "Chief Superintendent", abbrev: "Chief Supt"),
        Case(text: "Insp. Ruth McDonald said nothing.", name: "Ruth McDonald", rank: "Inspector", abbrev: "Insp."),
        Case(text: "Assistant Commissioner Sean O’Neill spoke.", name: "Sean O’Neill", rank: "Assistant Commissioner"),
        Case(
            text: "Acting Detective Senior Sergeant Kim Walsh spoke.", name: "Kim Walsh", rank: "Acting Detective Senior Sergeant"
        ),
        Case(text: "Temporary Chief Inspector Lee Hunt spoke.", name: "Lee Hunt", rank: "Temporary Chief Inspector"),
        Case(text: "Chief Maria J. Ortiz spoke to reporters.", name: "Maria J. Ortiz", rank: "Chief"),
        Case(text: "Lt. Dan Cole of the Metro Police Department said.", name: "Dan Cole", rank: "Lieutenant", abbrev: "Lt."),
        Case(text: "Sheriff Bob Dale thanked deputies.", name: "Bob Dale", rank: "Sheriff"),
        Case(text: "Staff Sergeant Pat Roy said it.", name: "Pat Roy", rank: "Staff Sergeant"),
        Case(text: "Senior Constable Mia Clarke stopped the car.", name: "Mia Clarke", rank: "Senior Constable"),
        Case(text: "Garda Commissioner Tom Ryan launched it.", name: "Tom Ryan", rank: "Garda Commissioner"),
        Case(text: "PC Amy Stone from Hackney said it.", name: "Amy Stone", rank: "Police Constable", abbrev: "PC"),
        Case(text: "Inspector Anna van der Berg said so.", name: "Anna van der Berg", rank: "Inspector"),
        Case(text: "Sam Ward, Director of the U.S. Marshals Service, said so.", name: "Sam Ward", rank: "Director"),
        Case(
            text: "Det Sen Sgt Nadia Petrovic said a lizard sells for $5,000.", name: "Nadia Petrovic", rank: "Detective Senior Sergeant",
            abbrev: "Det Sen Sgt"),
        Case(
            text: "“Every pill counts,” said Maria Santangelo, Acting Special Agent in Charge of the DEA Detroit Field Division.",
            name: "Maria Santangelo", rank: "Acting Special Agent in Charge"),
    ]

    @Test(arguments: ranked) func findsRankedNames(_ c: Case) throws {
        let found = Self.officers(c.text)
        try #require(found.count == 1)
        #expect(found[0].name == c.name)
        #expect(found[0].rank == c.rank)
        #expect(found[0].rankAbbrev == c.abbrev)
        #expect(found[0].id == "o1")
    }

    static let notOfficers: [String] = [
        "Call the Garda Confidential Line on 1800 666 111.",
        "Roads Policing Units were supported by members of the Garda Reserve.",
        "Gardaí will be supported by the Garda Mounted Unit and the Garda Dog Unit.",
        "Councillor Jane Hill said the town was shocked.",
        "Mayor Tom Brown said: “We are proud.”",
        "Lancashire Police and Crime Commissioner Ann Green backed the plan.",
        "Attorney General Mark Stone announced the charges.",
        "Judge Sarah Price jailed him for six years.",
        "Assistant Chief Officer Ian Moss, of the Fire and Rescue Service, said: “Attacks are wrong.”",
        "Officers from Leeds searched the house.",
        "The Sheriff’s Office and the Sheriff’s Deputies took part.",
        "The Garda National Drugs and Organised Crime Bureau led the search.",
        "Police Officer of the Month",
        "The Inspector General published the audit on Monday.",
        "Its Chief Strategy Officer left the company.",
        "He bought a laptop at PC World.",
    ]

    @Test(arguments: notOfficers) func skipsPeopleWhoAreNotOfficers(_ text: String) {
        #expect(Self.officers(text).isEmpty)
    }

    @Test func mergesLaterMentionsOfOnePerson() throws {
        let text =
            "Detective Inspector Jo Bloggs from Newham led it.\n\nDI Bloggs said it worked. Bloggs thanked staff.\n\nHe said more raids would follow."
        let found = Self.officers(text)
        try #require(found.count == 1)
        let doc = TextDocument(text)
        #expect(found[0].mentions.map { doc.string($0) } == ["Detective Inspector Jo Bloggs", "DI Bloggs", "Bloggs", "He"])
        #expect(found[0].area == "Newham")
        #expect(found[0].rankAbbrev == "DI")
    }

    @Test func pluralRankGivesTwoOfficers() {
        let found = Self.officers("Officers Reed and McCall chased him. Officer Reed caught him.")
        #expect(found.map(\.name) == ["Reed", "McCall"])
        #expect(found.map(\.rank) == ["Officer", "Officer"])
        #expect(found[0].text == "Officer Reed")
        #expect(found[1].text == "Officers Reed and McCall")
    }

    @Test func unitAndForceBesideTheName() {
        let a = Self.officers("Detective Inspector Al Ray, of the National Crime Group, said it.")
        #expect(a.first?.unit == "National Crime Group")
        let b = Self.officers("Detective Sergeant Di Lamb, of Northumbria Police, said it.")
        #expect(b.first?.force == "Northumbria Police")
        let c = Self.officers("The Drug Squad’s Detective Constable Eve Moor said it.")
        #expect(c.first?.unit == "Drug Squad")
        let d = Self.officers("Superintendent Jen Hall, Newham's borough commander, said it.")
        #expect(d.first?.area == "Newham")
    }

    struct QuoteCase: Sendable, CustomStringConvertible {
        let text: String
        let quotes: [String]
        var description: String { text }
    }

    static let quoteLayouts: [QuoteCase] = [
        QuoteCase(text: "“We will find you,” said DI Jo Bloggs.", quotes: ["We will find you"]),
        QuoteCase(text: "“We will find you,” DI Jo Bloggs said.", quotes: ["We will find you"]),
        QuoteCase(text: "DI Jo Bloggs said: “We will find you.”", quotes: ["We will find you."]),
        QuoteCase(text: "DI Jo Bloggs told the Herald: “We will find you.”", quotes: ["We will find you."]),
        QuoteCase(text: "DI Jo Bloggs led it.\n\nHe added: “We will find you.”", quotes: ["We will find you."]),
        QuoteCase(text: "DI Jo Bloggs led it.\n\n\"We will find you\" he said.", quotes: ["We will find you"]),
        QuoteCase(
            text: "DI Jo Bloggs said: “We will find you.\n\n“We will not stop.”\n\nThe raids went on.",
            quotes: ["We will find you.", "We will not stop."]),
        QuoteCase(text: "DI Jo Bloggs says raids will go on.\n\n“We will not stop.”", quotes: ["We will not stop."]),
        QuoteCase(text: "The raid was a “massive success”, said DI Jo Bloggs.", quotes: []),
        QuoteCase(text: "\"Crime does not pay, said Sergeant Ann Lee, who led it.", quotes: ["Crime does not pay"]),
    ]

    @Test(arguments: quoteLayouts) func attributesQuotes(_ c: QuoteCase) throws {
        let found = Self.officers(c.text)
        try #require(found.count == 1)
        #expect(found[0].quotes.map(\.text) == c.quotes)
    }

    @Test func everySpanRoundTrips() {
        let texts = Self.ranked.map(\.text) + Self.quoteLayouts.map(\.text)
        for text in texts {
            let doc = TextDocument("😀 " + text)
            for o in OfficerExtractor.extract(doc, ExtractionContext(published: nil, document: doc)) {
                #expect(doc.string(o.span) == o.text)
                for q in o.quotes { #expect(doc.string(q.span) == q.text) }
            }
        }
    }

    static let seedURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("../shared/data/seed/seed.json").standardized

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seedURL.path)))
    func seedArticleHasOneOfficer() throws {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.seedURL)) as? [String: Any]
        let text = try #require(json?["text"] as? String)
        let doc = TextDocument(text)
        let found = OfficerExtractor.extract(doc, ExtractionContext(published: nil, document: doc))
        try #require(found.count == 1)
        let o = found[0]
        #expect(o.id == "o1")
        #expect(o.name == "Andy Packer")
        #expect(o.rank == "Detective Inspector")
        #expect(o.rankAbbrev == "DI")
        #expect(o.area == "Newham")
        #expect(o.text == "Detective Inspector Andy Packer")
        #expect(doc.string(o.span) == o.text)
        #expect(o.mentions.map { doc.string($0) } == ["Detective Inspector Andy Packer", "He", "DI Packer", "DI Packer", "He"])
        #expect(o.quotes.count == 1)
        let quote = try #require(o.quotes.first)
        #expect(quote.text.hasPrefix("The aim of the operation"))
        #expect(quote.text.hasSuffix("violent crime."))
        #expect(doc.string(quote.span) == quote.text)
    }
}
