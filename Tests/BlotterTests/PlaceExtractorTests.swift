import Foundation
import Testing

@testable import Blotter

/// Places from short phrasings written for these tests, and the seed article's places.
@Suite struct PlaceExtractorTests {
    static func places(_ text: String) -> [PlaceRecord] {
        let doc = TextDocument(text)
        return PlaceExtractor.extract(doc, ExtractionContext(published: nil, document: doc))
    }

    struct Case: Sendable, CustomStringConvertible {
        let text: String
        let names: [String]
        var description: String { text }
    }

    static let found: [Case] = [
        // streets, numbered roads, junctions
        Case(text: "A car was stopped on Mill Lane.", names: ["Mill Lane"]),
        Case(text: "Officers searched a flat on Queens Park Road on Monday.", names: ["Queens Park Road"]),
        Case(text: "It happened near 5thAvenue South.", names: ["5thAvenue South"]),
        Case(text: "The crash was on 42nd Street.", names: ["42nd Street"]),
        Case(text: "Police closed the A13 overnight.", names: ["A13"]),
        Case(text: "He was stopped on Interstate 95 and Route 9.", names: ["Interstate 95", "Route 9"]),
        Case(text: "at the junction of Bell Road and Ash Grove", names: ["Bell Road", "Ash Grove"]),
        Case(text: "On High Street, two men ran.", names: ["High Street"]),
        // venues
        Case(text: "He was held at Swords Garda Station.", names: ["Swords Garda Station"]),
        Case(text: "He appears at Leeds Magistrates Court today.", names: ["Leeds Magistrates Court"]),
        Case(text: "They were booked into King County Jail and SCORE Jail.", names: ["King County Jail", "SCORE Jail"]),
        Case(text: "near the Soldiers and Sailors Monument", names: ["Soldiers and Sailors Monument"]),
        // gazetteer
        Case(text: "Raids took place across Merton and in Leeds.", names: ["Merton", "Leeds"]),
        Case(text: "Drugs were seized in the Waikato and Bay of Plenty regions.", names: ["Waikato", "Bay of Plenty"]),
        Case(text: "Scotland’s streets are safer.", names: ["Scotland"]),
        Case(text: "searches in West Dublin and northern Queensland", names: ["West Dublin", "Queensland"]),
        Case(text: "WASHINGTON, DC - The agency said.", names: ["WASHINGTON", "DC"]),
        Case(text: "the London-wide trend", names: ["London"]),
        Case(text: "a man from Sale, Greater Manchester", names: ["Sale", "Greater Manchester"]),
        Case(text: "in Prince George’s County", names: ["Prince George’s County"]),
        // context
        Case(text: "The man was detained in Glenmoor overnight.", names: ["Glenmoor"]),
        Case(text: "a car near Burnside Creek", names: ["Burnside Creek"]),
        Case(text: "a house in the hamlet of Ardtully", names: ["Ardtully"]),
        Case(text: "Upper Falmouth, MD… The sweep", names: ["Upper Falmouth", "MD"]),
        Case(text: "officers in the Chinatown-International District", names: ["Chinatown-International District"]),
        Case(text: "homes in the Kendall-Whittier and Crutchfield neighborhoods", names: ["Kendall-Whittier", "Crutchfield"]),
        Case(text: "raids in the Hulme, Moss Side and Rusholme areas", names: ["Hulme", "Moss Side", "Rusholme"]),
        Case(text: "a flat on Rushey Green was closed", names: ["Rushey Green"]),
        Case(text: "booked into the David L. Moss Criminal Justice Center", names: ["David L. Moss Criminal Justice Center"]),
        Case(text: "delays on the Dublin-Belfast route", names: ["Dublin", "Belfast"]),
        Case(text: "Eleven arrests were made around Prince of Wales Road.", names: ["Prince of Wales Road"]),
        Case(text: "It began with a tip-off about cash in a Greerton garage.", names: ["Greerton"]),
        Case(text: "The driver, a 46-year-old Papunya man, was arrested.", names: ["Papunya"]),
        Case(text: "A man was caught speeding on the N3 near Navan.", names: ["N3", "Navan"]),
        Case(text: "Thefts were reported in Hamilton, Te Rapa and Ngāruawāhia.", names: ["Hamilton", "Te Rapa", "Ngāruawāhia"]),
        Case(text: "About 2,500 people gathered in The Square.", names: ["The Square"]),
        Case(text: "Sweeps were made in Highfields, St Matthew's and Braunstone.", names: ["Highfields", "St Matthew's", "Braunstone"]),
        Case(text: "Officers worked with store staff in the Lloyd District.", names: ["Lloyd District"]),
        Case(text: "One Southeast Portland store manager said so.", names: ["Southeast Portland"]),
        Case(text: "He is from Wilmington, Del., police said.", names: ["Wilmington", "Del."]),
        Case(text: "A bottle was thrown on the Royal Mile.", names: ["Royal Mile"]),
        Case(text: "Investigators entered a property on 216 Street in Langley.", names: ["216 Street", "Langley"]),
        Case(text: "Tyrell J. Hampton, 34, of Lansing was charged.", names: ["Lansing"]),
        Case(text: "Dealers used bedsits off Central Drive and Talbot Road.", names: ["Central Drive", "Talbot Road"]),
        Case(text: "Checkpoints ran on SH1 and later on State Highway 1.", names: ["State Highway 1"]),
        Case(text: "A lab in British Columbia was raided; the men are from B.C. and Alberta.", names: ["British Columbia", "Alberta"]),
        Case(text: "Officers stopped a tanker at Cullaville, Co Armagh.", names: ["Cullaville", "Co Armagh"]),
        Case(text: "A Leeds man and a 27-year-old Riverside woman were held.", names: ["Leeds", "Riverside"]),
        Case(text: "Residents of Mill Lane complained.", names: ["Mill Lane"]),
        Case(text: "Those arrested appeared at the Carl B. Stokes U.S. Courthouse.", names: ["Carl B. Stokes U.S. Courthouse"]),
        Case(text: "The week of action also took in High Town ward.", names: ["High Town"]),
        Case(text: "23 drivers were taken off Okanagan roads.", names: ["Okanagan"]),
        Case(
            text: "CAB searched homes across counties Louth, Meath and Monaghan. A man was arrested in Termonfeckin, County Louth.",
            names: ["County Louth", "Meath", "Monaghan", "Termonfeckin"]),
        Case(text: "A man from Limerick appeared in court in County Limerick.", names: ["Limerick", "County Limerick"]),
        Case(
            text: "suburbs including Avondale, Karaka, Grey Lynn and Glenfield",
            names: ["Avondale", "Karaka", "Grey Lynn", "Glenfield"]),
    ]

    @Test(arguments: found) func findsPlaces(_ c: Case) {
        #expect(Self.places(c.text).map(\.name) == c.names)
    }

    static let notPlaces: [Case] = [
        Case(text: "Queensland Police and Police Scotland took part.", names: []),
        Case(text: "A Mercedes-Benz was seized.", names: []),
        Case(text: "He drove a Ford van and a Honda.", names: []),
        Case(text: "More than 30 drivers were caught on Tasmanian roads.", names: []),
        Case(text: "The investigation, code-named Operation Checkout Lane, began in January.", names: []),
        Case(text: "Sgt Lisa Corrigan, of the Sunderland West neighbourhood team, said so.", names: []),
        Case(text: "Inspector Lena Ruawai, the Otago Coastal area commander, said so.", names: []),
        Case(text: "The Canadian Anti-Fraud Centre received complaints.", names: []),
        Case(text: "The U.S. Attorney for the Northern District of Ohio said so.", names: []),
        Case(text: "Officers from the BC Highway Patrol and the Ohio State Highway Patrol took part.", names: []),
        Case(text: "Mr Green spoke on Friday.", names: []),
        Case(text: "Officers from Devon and Cornwall Police and Durham and Cleveland police forces helped.", names: []),
        Case(text: "The Cold Lake RCMP and Edmonton ALERT led it.", names: []),
        Case(text: "Detective Inspector Paul Newman said so. Officer Norman agreed.", names: []),
        Case(text: "It was part of Operation Tara and Project Apex.", names: []),
        Case(text: "He had no License to Carry a Firearm.", names: []),
        Case(text: "The Metropolitan Police’s history is long.", names: []),
        Case(
            text: "Lancashire Constabulary’s crackdown, backed by Lancashire Police and Crime Commissioner Ann Green.", names: []),
        Case(text: "the U.S. Attorney’s Office and HM Prison Service", names: []),
        Case(text: "seized $5,000 in Canadian currency", names: []),
        Case(text: "Reading the report, officers said sales were down.", names: []),
        Case(text: "the Maryland State Police and Maryland Park Police", names: []),
        Case(text: "The Seattle Department of Transportation helped.", names: []),
        Case(text: "Officers seized a Mercedes and a Range Rover.", names: []),
        Case(text: "Brighton and Hove City Council and Kent County Council helped.", names: []),
    ]

    @Test(arguments: notPlaces) func skipsForcesPeopleAndWords(_ c: Case) {
        #expect(Self.places(c.text).map(\.name) == c.names)
    }

    @Test func nestsPlaces() throws {
        let text = "Part of Romford Road in Forest Gate was shut. Stratford, east London, was quiet. Springfield, Illinois."
        let found = Self.places(text)
        let id = Dictionary(found.map { ($0.name, $0.id) }, uniquingKeysWith: { a, _ in a })
        let within = Dictionary(found.map { ($0.name, $0.within) }, uniquingKeysWith: { a, _ in a })
        #expect(within["Romford Road"] == id["Forest Gate"])
        #expect(within["Stratford"] == id["London"])
        #expect(within["Springfield"] == id["Illinois"])
        #expect(within["Forest Gate"] == .some(nil))
    }

    @Test func listsAreNotNested() {
        let found = Self.places("Raids in Leeds, Bradford and Wakefield.")
        #expect(found.allSatisfy { $0.within == nil })
    }

    @Test func oneRecordPerPlaceWithEveryMention() throws {
        let text = "Raids in Leeds. More raids in Leeds and LEEDS, UK."
        let found = Self.places(text)
        let leeds = try #require(found.first)
        #expect(leeds.id == "p1")
        #expect(leeds.mentions.count >= 2)
        #expect(found.filter { $0.name.lowercased() == "leeds" }.count == 1)
    }

    @Test func everySpanRoundTrips() {
        for c in Self.found + Self.notPlaces {
            let doc = TextDocument("😀 " + c.text)
            for p in PlaceExtractor.extract(doc, ExtractionContext(published: nil, document: doc)) {
                #expect(doc.string(p.span) == p.text)
                // Every mention names the place: as written, as the bare name of a county
                // ("Louth"), as a short form ("B.C.") or as a numbered road's other form ("SH1").
                let names = [p.name, PlaceExtractor.countyName(p.name)].compactMap { $0 }.map(PlaceGazetteer.key)
                for m in p.mentions {
                    let written = doc.string(m)
                    let sameRoad = PlaceExtractor.numberedRoadKey(written).map { $0 == PlaceExtractor.numberedRoadKey(p.name) } ?? false
                    let alias = PlaceLexicons.aliases[written].map { PlaceGazetteer.key($0) == PlaceGazetteer.key(p.name) } ?? false
                    #expect(names.contains(PlaceGazetteer.key(written)) || sameRoad || alias, "\(written) in \(p.name)")
                }
            }
        }
    }

    @Test func gazetteerLoads() {
        #expect(PlaceGazetteer.shared.entries.count > 10_000)
        #expect(PlaceGazetteer.shared.lookup("bay of plenty")?.kind == "region")
        #expect(PlaceGazetteer.shared.lookup("Swords")?.isCommon == true)
    }

    static let seedURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("../shared/data/seed/seed.json").standardized

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seedURL.path)))
    func seedArticlePlaces() throws {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.seedURL)) as? [String: Any]
        let text = try #require(json?["text"] as? String)
        let doc = TextDocument(text)
        let found = PlaceExtractor.extract(doc, ExtractionContext(published: nil, document: doc))
        #expect(found.map(\.name) == ["London", "Newham", "Stratford", "Romford Road", "Forest Gate", "Sprowston Road"])
        #expect(found.map(\.kind) == ["city", "district", "district", "street", "district", "street"])
        #expect(found.map(\.id) == ["p1", "p2", "p3", "p4", "p5", "p6"])
        let road = try #require(found.first { $0.name == "Romford Road" })
        #expect(road.within == "p5")
        for p in found { #expect(doc.string(p.span) == p.text) }
    }
}
