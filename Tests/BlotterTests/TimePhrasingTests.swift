import Foundation
import Testing

@testable import Blotter

/// Clock times, ranges, dates and weekdays as written in releases. `⟦…⟧` marks each expected
/// item's span; expectations are `clock HH:MM`, `range HH:MM-HH:MM [overnight]`,
/// `date ISO [weekday]` or `weekday NAME [ISO]`. Published date: Wednesday 24 July 2013.
@Suite struct TimePhrasingTests {
    static let published = "2013-07-24"

    static let examples: [(String, String)] = [
        ("Officers worked ⟦from 6pm until 3am⟧ overnight.", "range 18:00-03:00 overnight"),
        ("The road was closed at ⟦9.15pm⟧.", "clock 21:15"),
        ("The stop happened at ⟦9:15 p.m.⟧ on the highway.", "clock 21:15"),
        ("Officers responded at ⟦11:03 PM⟧.", "clock 23:03"),
        ("At ⟦21:15⟧ the vehicle was stopped.", "clock 21:15"),
        ("At ⟦2115hrs⟧ officers attended.", "clock 21:15"),
        ("The authorisation ran from ⟦06:00hrs⟧.", "clock 06:00"),
        ("The search started at ⟦0800 BST⟧.", "clock 08:00"),
        ("The shop closes at ⟦noon⟧.", "clock 12:00"),
        ("Shortly after ⟦midnight⟧ the car was found.", "clock 00:00"),
        ("The warrant was executed at ⟦4am⟧.", "clock 04:00"),
        ("At ⟦11 a.m.⟧ the suspects appeared.", "clock 11:00"),
        ("At approximately ⟦10.30pm⟧ ⟦last night⟧ officers entered.", "clock 22:30|relative last night 2013-07-23"),
        ("Patrols run ⟦between 10pm and 3am⟧.", "range 22:00-03:00 overnight"),
        ("The operation ran ⟦From 10:00 a.m. to 1:00 p.m.⟧ on the day.", "range 10:00-13:00"),
        ("Officers were out ⟦6pm-3am⟧.", "range 18:00-03:00 overnight"),
        ("He was stopped at ⟦12:45am⟧.", "clock 00:45"),
        ("The bus was searched at ⟦1:00pm⟧.", "clock 13:00"),
        ("It was a lockdown on the night of ⟦July 20⟧.", "date 2013-07-20"),
        ("Raids took place on ⟦20 July⟧.", "date 2013-07-20"),
        ("Raids took place on ⟦20th July 2012⟧.", "date 2012-07-20"),
        ("Raids took place on ⟦July 20, 2012⟧.", "date 2012-07-20"),
        ("Raids took place on ⟦Monday 3 June⟧.", "date 2013-06-03 Monday"),
        ("He was arrested on ⟦Friday, May 16, 2014⟧.", "date 2014-05-16 Friday"),
        ("The sweep began ⟦Sunday night September 22⟧.", "date 2012-09-22 Sunday"),
        ("The charges were filed ⟦Dec. 18⟧.", "date 2012-12-18"),
        ("Officers visited on ⟦SEP 18⟧.", "date 2012-09-18"),
        ("It happened on ⟦Thursday⟧.", "weekday Thursday 2013-07-18"),
        ("It happened ⟦last Wednesday⟧.", "weekday Wednesday 2013-07-17"),
        ("It happened on ⟦Wednesday⟧.", "weekday Wednesday 2013-07-24"),
        ("The week of action ran between ⟦November 14⟧ and ⟦November 14 and 20th⟧.", ""),
        ("Patrols run on ⟦Fridays⟧ and ⟦Saturdays⟧.", "weekday Friday 2013-07-19|weekday Saturday 2013-07-20"),
        ("The report was updated on ⟦04/24/2023⟧ at ⟦1:17 p.m.⟧", "date 2023-04-24|clock 13:17"),
        ("Between ⟦April 24⟧ and ⟦March 25⟧, offenders were jailed.", "date 2024-04|date 2025-03"),
        ("It was conducted ⟦April 4⟧-⟦10, 2005⟧ across the country.", ""),
        ("Police arrived at ⟦half past nine⟧ ⟦last night⟧.", "clock 21:30|relative last night 2013-07-23"),
        ("They left at ⟦quarter to ten⟧.", "clock 09:45"),
        ("The raid began at ⟦ten past six⟧ in the morning.", "clock 06:10"),
        ("The shop opened at ⟦nine o'clock⟧.", "clock 09:00"),
        ("He was seen at ⟦half past 11 a.m.⟧ near the station.", "clock 11:30"),
        ("He was arrested ⟦yesterday⟧ (⟦Tuesday⟧).", "relative yesterday 2013-07-23|weekday Tuesday 2013-07-23"),
        ("Officers were called ⟦last night⟧.", "relative last night 2013-07-23"),
        ("⟦Earlier this month⟧ a man was charged.", "relative earlier this month 2013-07"),
        ("⟦Today⟧ police confirmed the arrests.", "relative today 2013-07-24"),
        ("Warrants were executed from ⟦0530⟧ on ⟦Tuesday⟧.", "clock 05:30|weekday Tuesday 2013-07-23"),
        ("By ⟦1100⟧, 17 people were in custody.", "clock 11:00"),
        ("He was found at ⟦2140⟧ that night.", "clock 21:40"),
        ("At ⟦0530⟧ officers forced the door.", "clock 05:30"),
        (
            "Sheffield Wednesday fans sang. Shortly after Wednesday equalised a flare was thrown. He appears in court on ⟦Wednesday⟧.",
            "weekday Wednesday 2013-07-24"
        ),
        ("One driver blew 0.212 at ⟦10.45⟧ on ⟦Sunday⟧ morning.", "clock 10:45|weekday Sunday 2013-07-21"),
        ("He was seen at ⟦9.30⟧ that night.", "clock 21:30"),
        ("He appeared in court on ⟦14/11⟧.", "date 2012-11-14"),
        ("There were cars in that lot till ⟦five in the morning⟧.", "clock 05:00"),
        ("The bar closed around ⟦2 in the morning⟧.", "clock 02:00"),
        ("⟦1130⟧: Crowds gathered in the square.\n\n⟦15:50⟧: Most people have left.", "clock 11:30|clock 15:50"),
        // Not times.
        ("The help line is open 24/7.", ""),
        ("He ate 3/4 of the cake.", ""),
        ("Shops were busy on Black Friday and Cyber Monday.", ""),
        ("Three people were hurt in a crash on Good Friday.", ""),
        ("Thefts rose by 10.45 per cent.", ""),
        ("Call 0800 555 111 or 1800 333 000 with information.", ""),
        ("Since 2009 numbers have risen to 1200 a year.", ""),
        ("Officers were sent to 1100 Main Street.", ""),
        ("Between 1000 and 2000 people attended.", ""),
        ("The case, No. 1:25-cr-00061, was unsealed.", ""),
        ("Officers seized 14.6 grams of cocaine.", ""),
        ("The operation ran overnight and into the early hours.", ""),
        ("A 10-year-old boy was safeguarded.", ""),
        ("He was sentenced to 12 months in 2019.", ""),
        ("The Sun reported the case.", ""),
        ("Ten arrests were made, with 3.5 kilos of cannabis seized.", ""),
    ]

    @Test(arguments: examples)
    func phrasing(_ marked: String, _ expected: String) throws {
        guard !expected.isEmpty || !marked.contains("⟦") else { return }  // ranges checked below
        let (text, spans) = CountPhrasingTests.unmark(marked)
        let r = try Fixture.record(text, published: Self.published)
        let want = expected.isEmpty ? [] : expected.split(separator: "|").map(String.init)
        #expect(r.times.map(Self.describe) == want, "\(text)")
        #expect(r.times.map(\.span) == spans, "\(text)")
    }

    @Test func dayRangeWithWeekdaysKeepsEachWeekday() throws {
        let r = try Fixture.record("Arrests were made between Monday 14 and Sunday 20 October.", published: "2024-10-22")
        #expect(r.times.map(\.text) == ["Monday 14 and Sunday 20 October", "Sunday 20 October"])
        #expect(r.times.map(\.date) == ["2024-10-14", "2024-10-20"])
        #expect(r.times.map(\.weekday) == ["Monday", "Sunday"])
    }

    @Test func dayRangesGiveOneItemPerEndWithTheBorrowedMonth() throws {
        let r = try Fixture.record("The week of action ran between November 14 and 20th. It ran April 4-10, 2005 and 19th - 20th September 2020.")
        #expect(r.times.map(\.text) == ["November 14", "November 14 and 20th", "April 4-10, 2005", "April 4-10, 2005", "19th - 20th September 2020", "20th September 2020"])
        #expect(r.times.map(\.date) == ["--11-14", "--11-20", "2005-04-04", "2005-04-10", "2020-09-19", "2020-09-20"])
    }

    static func describe(_ t: TimeRecord) -> String {
        switch t.kind {
        case .clock: return "clock \(t.clock ?? "?")"
        case .clockRange: return "range \(t.start ?? "?")-\(t.end ?? "?")" + (t.overnight == true ? " overnight" : "")
        case .weekday: return "weekday \(t.weekday ?? "?")" + (t.date.map { " \($0)" } ?? "")
        case .relative: return "relative \(t.relative ?? "?") \(t.resolvedDate ?? "?")"
        default: return "date \(t.date ?? "?")" + (t.weekday.map { " \($0)" } ?? "")
        }
    }
}
