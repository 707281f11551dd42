import Foundation
import Testing

@testable import Blotter

/// Operation names as the texts write them: the fullest form that occurs literally.
@Suite struct OperationNamingTests {
    static let cases: [(String, [String])] = [
        ("The weekend was the first phase of Op Wildfell, the borough's knife operation.", ["Op Wildfell"]),
        ("Op Wildfell began on Friday. Operation Wildfell will run all winter.", ["Operation Wildfell"]),
        ("Supt Rhodri Bevan said Operation Brightwater’s patrols would continue.", ["Operation Brightwater"]),
        ("Detective Sergeant Mere Tawhai said the operation, named Pīwakawaka, began in February.", ["Pīwakawaka"]),
        ("The investigation, dubbed Project Hollow Ring, began in May after police raided a call centre.", ["Project Hollow Ring"]),
        ("A man named Smith was arrested.", []),
    ]

    @Test(arguments: cases) func names(_ text: String, _ want: [String]) throws {
        let r = try Fixture.record(text)
        #expect(r.operations.compactMap(\.name) == want, "\(text)")
    }
}
