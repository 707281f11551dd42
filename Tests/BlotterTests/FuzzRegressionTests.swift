import Foundation
import Testing

@testable import Blotter

/// Every input a fuzz harness (`Fuzz/`, `scripts/fuzz`) ever crashed or hung on, replayed
/// through the same entry point. Reproducers live in `Fixtures/fuzz-regressions/`, named
/// `<harness>-<what>` where the harness is `html`, `text` or `jsonl`; each must now give a
/// record or an error record, quickly.
@Suite struct FuzzRegressionTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz-regressions")

    /// The reproducer files, sorted; empty while no harness has found anything.
    static var reproducers: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { ["html-", "text-", "jsonl-"].contains(where: $0.hasPrefix) }.sorted()
    }

    /// Replays one input the way its harness feeds it; returns the error code, if any.
    static func replay(_ name: String, _ bytes: [UInt8]) -> InputError.Code? {
        if name.hasPrefix("jsonl-") {
            let line = String(decoding: bytes, as: UTF8.self)
            return BatchRunner(pipeline: Pipeline(), jobs: 1).process(.jsonLine(file: "fuzz", line: 1, content: line)).error?.code
        }
        do {
            _ = try Pipeline().run(bytes: bytes, source: name, format: name.hasPrefix("html-") ? .html : .text)
            return nil
        } catch let e as InputError {
            return e.code
        } catch {
            Issue.record("\(name): not an InputError: \(error)")
            return nil
        }
    }

    @Test(arguments: reproducers)
    func reproducerNoLongerCrashes(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.directory.appendingPathComponent(name)))
        let start = ContinuousClock.now
        let code = Self.replay(name, bytes)
        #expect(ContinuousClock.now - start < .seconds(10), "\(name) is slow again")
        #expect(code != .parseFailed || !name.hasPrefix("jsonl-"), "\(name): \(String(describing: code))")
    }

    /// The harness entry points themselves, on the inputs that first exercised them.
    @Test func harnessEntryPointsTakeAnyBytes() {
        for bytes in [[], [0], [0xFF, 0xFE, 0x00], Array("<".utf8), Array("{\"html\":\"".utf8)] as [[UInt8]] {
            _ = Self.replay("html-smoke", bytes)
            _ = Self.replay("text-smoke", bytes)
            _ = Self.replay("jsonl-smoke", bytes)
        }
    }
}
