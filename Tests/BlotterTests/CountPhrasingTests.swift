import Foundation
import Testing

@testable import Blotter

/// Counts as they occur in police releases. `⟦…⟧` marks the expected span; the expectation is
/// `value unit [qualifier]` (money adds the currency, drugs the measure and substance), or
/// nothing when the sentence must yield no count at all.
@Suite struct CountPhrasingTests {
    static let examples: [(String, String)] = [
        // Plain nouns, digits and words.
        ("Officers made ⟦nine arrests⟧ overnight.", "9 arrest"),
        ("It resulted in ⟦45 arrests⟧ and ⟦an extra 150 officers⟧ were used.", "45 arrest|150 officer"),
        ("The operation led to ⟦more than 5,000 arrests⟧ across London.", "5000 arrest more_than"),
        ("⟦Six commercial premises⟧ were raided.", "6 premises"),
        ("It involved ⟦around 120 police officers and agency staff⟧.", "120 officer approx"),
        ("There have been ⟦45 further arrests⟧ since.", "45 arrest"),
        ("⟦12 people⟧ were arrested on Friday.", "12 person"),
        ("Police arrested ⟦10 people⟧ in the raids.", "10 person"),
        ("⟦Twenty-one suspects⟧ were charged.", "21 person"),
        ("⟦Two hundred and fifty officers⟧ took part.", "250 officer"),
        ("⟦A dozen warrants⟧ were executed at dawn.", "12 warrant"),
        ("⟦A hundred police⟧ were on duty.", "100 officer"),
        ("⟦Ten search warrants⟧ were executed.", "10 warrant"),
        ("Officers executed ⟦15 warrants⟧ in Leeds.", "15 warrant"),
        ("⟦103 raids⟧ on properties were carried out.", "103 raid"),
        ("⟦40 weapons sweeps⟧ were conducted.", "40 raid"),
        ("⟦1,977 people⟧ were arrested.", "1977 person"),
        ("Officers seized ⟦936 knives⟧.", "936 weapon"),
        ("⟦Three firearms⟧ and ⟦two shotguns⟧ were recovered.", "3 weapon|2 weapon"),
        ("⟦Four vehicles⟧ were seized.", "4 vehicle"),
        ("⟦Two high-powered surron bikes⟧ were seized.", "2 vehicle"),
        ("⟦17 residential and commercial properties⟧ were searched.", "17 premises"),
        ("⟦Eleven people⟧ – ⟦nine men⟧ and ⟦two women⟧ – were arrested.", "11 person|9 person|2 person"),
        ("⟦At least 23 adults and children⟧ were safeguarded.", "23 person at_least"),
        ("⟦Between 10 and 12 officers⟧ attended.", "10 officer"),
        ("⟦60 to 70 officers⟧ were deployed.", "60 officer"),
        ("⟦Up to 30 officers⟧ will patrol.", "30 officer up_to"),
        ("⟦Fewer than 20 arrests⟧ were made.", "20 arrest fewer_than"),
        ("⟦Nearly 200 officers⟧ took part.", "200 officer approx"),
        ("⟦Almost 90 arrests⟧ were made.", "90 arrest approx"),
        ("⟦Roughly 40 premises⟧ were visited.", "40 premises approx"),
        ("⟦Some 60 officers⟧ took part.", "60 officer approx"),
        ("⟦In excess of 300 officers⟧ were involved.", "300 officer more_than"),
        ("⟦Over 2,200 arrests⟧ were made.", "2200 arrest more_than"),
        ("They were charged with ⟦40 charges⟧.", "40 charge"),
        ("⟦Ten were arrested⟧ at the scene.", "10 person"),
        ("He said ⟦17 of those arrested⟧ had been wanted for a year.", "17 person"),
        ("⟦Around 40 Gardaí⟧ took part in the searches.", "40 officer approx"),
        ("⟦Two mopeds⟧ were recovered.", "2 vehicle"),
        ("They entered ⟦two residential properties⟧, ⟦one business⟧ and ⟦25 vehicles⟧.", "2 premises|1 premises|25 vehicle"),
        ("⟦One man⟧, aged 33, was arrested.", "1 person"),
        ("⟦five prisons⟧ were searched.", "5 premises"),
        ("⟦52 people⟧ were arrested during the project.", "52 person"),
        ("⟦four PCs⟧ and a sergeant patrol on Fridays.", "4 officer"),
        // Nouns left out in tallies and breakdowns.
        ("⟦1,977 people⟧ were arrested, of which ⟦773⟧ were related to knife crime.", "1977 person|773 person"),
        ("Officers seized ⟦936 knives⟧ and ⟦8703⟧ were surrendered.", "936 weapon|8703 weapon"),
        ("They executed ⟦ten warrants⟧ in Stockton as well as ⟦one in Durham⟧.", "10 warrant|1 warrant"),
        ("The highest numbers of arrests were ⟦Assaults at 184⟧, followed by ⟦Theft at 61⟧.", "184 arrest|61 arrest"),
        // Money.
        ("Officers seized ⟦£20,000⟧ in cash.", "20000 seizure_money GBP"),
        ("Police recovered ⟦$1.2m⟧ in cash.", "1200000 seizure_money USD"),
        ("Cocaine with ⟦an estimated street value of €3.5 million⟧ was seized.", "3500000 seizure_money approx EUR"),
        ("Drugs worth ⟦more than £630,000⟧ were seized.", "630000 seizure_money more_than GBP"),
        ("Cash totalling ⟦£38,000+⟧ was seized.", "38000 seizure_money more_than GBP"),
        ("Officers seized ⟦over a million dollars⟧ in cash and assets.", "1000000 seizure_money more_than USD"),
        ("Officers seized ⟦£20k⟧ in cash.", "20000 seizure_money GBP"),
        ("Drugs with ⟦an approximate street value of between £9,000 and £20,000⟧ were seized.", "9000 seizure_money approx GBP"),
        ("He was released on £5,000 bail.", ""),
        ("The council awarded a £20,000 grant to the scheme.", ""),
        // Drugs.
        ("Officers found ⟦2kg⟧ of cocaine.", "2 seizure_drugs kg cocaine"),
        ("⟦300 cannabis plants⟧ were found.", "300 seizure_drugs plants cannabis"),
        ("⟦40 wraps⟧ of heroin were seized.", "40 seizure_drugs wraps heroin"),
        ("They seized ⟦555 cocaine and heroin wraps⟧.", "555 seizure_drugs wraps cocaine"),
        ("⟦more than a tonne⟧ of methamphetamine was seized.", "1 seizure_drugs t methamphetamine more_than"),
        ("⟦Approximately one kilogram⟧ of suspected fentanyl was seized.", "1 seizure_drugs kg fentanyl approx"),
        ("Approximately five kilograms of a suspected cocaine cutting agent, benzocaine, was seized.", ""),
        ("⟦14.6 grams⟧ of crack cocaine was recovered.", "14.6 seizure_drugs g crack cocaine"),
        ("⟦1,000 benzodiazapine pills⟧ were seized.", "1000 seizure_drugs pills drugs"),
        ("⟦half a kilogram⟧ of heroin was found.", "0.5 seizure_drugs kg heroin"),
        // More phrasings in the styles of the corpora.
        ("⟦5 000 officers⟧ took part across the country.", "5000 officer"),
        ("Officers seized ⟦£1.2 million⟧ in cash.", "1200000 seizure_money GBP"),
        ("The drugs were valued at ⟦$43,000⟧ after the vehicle was searched.", "43000 seizure_money USD"),
        ("Gardaí seized ⟦€20,000⟧ worth of cannabis.", "20000 seizure_money EUR"),
        ("⟦Twelve people⟧ have been arrested.", "12 person"),
        ("⟦Three men⟧ and ⟦one woman⟧ were charged.", "3 person|1 person"),
        ("⟦a dozen officers⟧ searched the flat.", "12 officer"),
        ("⟦Two dozen warrants⟧ were executed.", "24 warrant"),
        ("⟦about 30 officers⟧ attended.", "30 officer approx"),
        ("⟦approximately 15 vehicles⟧ were stopped.", "15 vehicle approx"),
        ("⟦upwards of 40 officers⟧ took part.", "40 officer more_than"),
        ("⟦a minimum of 10 people⟧ were detained.", "10 person at_least"),
        ("⟦less than 20 officers⟧ were on duty.", "20 officer fewer_than"),
        ("⟦under 50 arrests⟧ were made.", "50 arrest fewer_than"),
        ("Police executed ⟦23 search warrants⟧ and recovered ⟦11 firearms⟧.", "23 warrant|11 weapon"),
        ("⟦107 arrests⟧ were made over the weekend.", "107 arrest"),
        ("They arrested ⟦10,340 fugitives⟧ nationwide.", "10340 person"),
        ("⟦17 properties⟧ were searched.", "17 premises"),
        ("⟦six juveniles⟧ were arrested.", "6 person"),
        ("⟦52 people⟧ were arrested and ⟦15 warrants⟧ executed.", "52 person|15 warrant"),
        ("⟦four guns⟧ were recovered.", "4 weapon"),
        ("They seized ⟦216kg⟧ of methamphetamine.", "216 seizure_drugs kg methamphetamine"),
        ("They seized ⟦3kg⟧ of cocaine worth ⟦€210,000⟧.", "3 seizure_drugs kg cocaine|210000 seizure_money EUR"),
        ("⟦168 g⟧ of cannabis was found on the bus.", "168 seizure_drugs g cannabis"),
        ("⟦23 individually wrapped bags⟧ of crack cocaine were found.", "23 seizure_drugs bags crack cocaine"),
        ("⟦two ounces⟧ of heroin were seized.", "2 seizure_drugs oz heroin"),
        // Vehicles by make; figures that a "number of" sentence gives later.
        ("Police seized a Porsche Macan and ⟦three Harley Davidsons⟧.", "3 vehicle"),
        ("⟦Two Range Rovers⟧ were recovered.", "2 vehicle"),
        ("The total number of firearms seized this year (2014) is now ⟦58⟧.", "58 weapon"),
        ("We doubled the number of arrests, taking it from ⟦1,200⟧ in year one to ⟦2,200⟧ this year.", "1200 arrest|2200 arrest"),
        ("The overall number of people charged stood at ⟦31⟧ on Friday.", "31 person"),
        (
            "Of the ⟦14 arrests⟧, ⟦six⟧ were for public order offences, ⟦three for assault⟧, ⟦two for entering the pitch⟧ and ⟦one for throwing a flare⟧.",
            "14 arrest|6 arrest|3 arrest|2 arrest|1 arrest"
        ),
        ("⟦26 people⟧ were charged, ⟦19⟧ of them remanded in custody.", "26 person|19 person"),
        ("⟦Around 1,900 people⟧ walked through it, and ⟦seven⟧ of them were found with knives.", "1900 person approx|7 person"),
        ("⟦More than 300 federal, state and local officers⟧ executed ⟦26 search warrants⟧.", "300 officer more_than|26 warrant"),
        ("Of the ⟦1,126 vehicles⟧ that passed through, ⟦842 drivers⟧ were screened.", "1126 vehicle|842 person"),
        ("Officers cited ⟦two juveniles⟧ and ⟦one adult⟧ for furnishing alcohol.", "2 person|1 person"),
        ("Bank accounts holding ⟦almost half a million euro⟧ were frozen.", "500000 seizure_money approx EUR"),
        ("The methamphetamine could have been sold for ⟦up to $4.2 million⟧.", "4200000 seizure_money up_to USD"),
        ("They recovered ⟦two bicycles⟧ worth ⟦$1,800⟧.", "2 vehicle|1800 seizure_money USD"),
        ("⟦Twelve people⟧ – ⟦nine patched members⟧ and ⟦three associates⟧ – were arrested.", "12 person|9 person|3 person"),
        ("⟦Nine members⟧ of the Armed Response Unit attended.", "9 officer"),
        ("⟦Four men⟧ were arrested. ⟦Two⟧ are from Surrey, ⟦one⟧ is from Abbotsford.", "4 person|2 person|1 person"),
        ("⟦Eight of the accused⟧ were held for bail hearings.", "8 person"),
        ("⟦More than 75,000 revellers⟧ packed the city centre.", "75000 person more_than"),
        ("The DA said the ⟦61-count indictment⟧ was unsealed.", "61 charge"),
        ("It was searched by a ⟦six-member team⟧.", "6 officer"),
        ("⟦Five people⟧ were arrested. ⟦Five⟧ of them have since been charged.", "5 person|5 person"),
        ("⟦Three arrests⟧ so far – ⟦two for breaching the conditions⟧ and ⟦one for assaulting an officer⟧.", "3 arrest|2 arrest|1 arrest"),
        ("Of those arrested, ⟦11⟧ were employees.", "11 person"),
        ("⟦Two men⟧ aged 24 and 31 were arrested.", "2 person"),
        ("Deputies raided ⟦five illegal game rooms⟧ overnight.", "5 premises"),
        ("Officers recovered ⟦13 more guns⟧. ⟦Two⟧ of them had been reported stolen.", "13 weapon|2 weapon"),
        ("They stopped ⟦two women⟧ leaving a store with ⟦$3,400⟧ in stolen cosmetics.", "2 person|3400 seizure_money USD"),
        // Not counts.
        ("The cash, much of it in $50 notes, was found in a shed.", ""),
        ("We are seeing children of 13 and 14 carrying knives.", ""),
        ("Police in England and Wales recorded about 54,000 knife offences in the year to March.", ""),
        ("Health Canada records show the property was registered to grow 48 plants.", ""),
        ("⟦Two men⟧ were charged. One of them was also charged with firearm offences.", "2 person"),
        ("Arrests were made between Monday 14 and Sunday 20 October as police stepped up patrols.", ""),
        ("Police seized ⟦two vehicles⟧, one of them fitted with a hidden compartment.", "2 vehicle"),
        ("The number of arrests rose by 20% from 2019 to 2020.", ""),
        ("The number of officers on duty went up to 3pm shifts.", ""),
        ("He was charged with possession of Class D Marijuana (Less than 1 ounce).", ""),
        ("A 23-year-old man was arrested.", ""),
        ("In 2019 officers made changes to patrols.", ""),
        ("The number of burglaries fell by 45 per cent.", ""),
        ("Call 101 quoting crime reference 123.", ""),
        ("He was jailed for 12 years.", ""),
        ("Officers were at 53 Norwell Street.", ""),
        ("The raid began at 6pm.", ""),
        ("Dozens of officers took part.", ""),
        ("A man was arrested and a firearm was seized.", ""),
        ("One vehicle stop made in Bristol resulted in a man being charged.", ""),
        ("In one raid officers found a sword.", ""),
        ("One of them was also charged.", ""),
        ("It was the first arrest of the week and a second officer arrived.", ""),
        ("Officers attended 53 calls for service.", ""),
        ("Hundreds of officers took part.", ""),
        ("Several people were spoken to.", ""),
        ("The 2019-20 figures were published.", ""),
        ("A four-storey building was searched.", ""),
        ("He was stopped three miles away.", ""),
        ("A .38 revolver was found.", ""),
        ("Add 8 oz of flour and 4 oz of sugar.", ""),
        ("The company agreed a $2 billion deal with the bank.", ""),
        ("The house has an estimated value of £350,000.", ""),
    ]

    @Test(arguments: examples)
    func phrasing(_ marked: String, _ expected: String) throws {
        let (text, spans) = Self.unmark(marked)
        let r = try Fixture.record(text, published: nil)
        let want = expected.isEmpty ? [] : expected.split(separator: "|").map(String.init)
        let got = r.counts.map(Self.describe)
        #expect(got == want, "\(text)")
        #expect(r.counts.map(\.span) == spans, "\(text)")
    }

    static func describe(_ c: CountRecord) -> String {
        var parts = ["\(c.value)", c.unit]
        if let m = c.measure { parts.append(m) }
        if let s = c.substance, c.unit == "seizure_drugs" { parts.append(s) }
        if let q = c.qualifier { parts.append(q.rawValue) }
        if let cur = c.currency { parts.append(cur) }
        return parts.joined(separator: " ")
    }

    /// Strips `⟦` `⟧` markers, returning the text and the marked spans in scalar offsets.
    static func unmark(_ marked: String) -> (String, [Span]) {
        var text = String.UnicodeScalarView()
        var spans: [Span] = []
        var start = 0
        for s in marked.unicodeScalars {
            if s == "⟦" {
                start = text.count
            } else if s == "⟧" {
                spans.append(Span(start, text.count))
            } else {
                text.append(s)
            }
        }
        return (String(text), spans)
    }
}
