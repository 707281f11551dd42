import Foundation
import Testing

@testable import Blotter

/// The `blotter` command as a user runs it: exit codes, stderr lines, error records.
@Suite struct CLITests {
    let seed = SeedRecordTests.seedText.path

    @Test func oneInputPrintsOnePrettyRecord() throws {
        let (status, out, _) = try Fixture.run(["extract", seed])
        #expect(status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any]
        #expect(json?["schema"] as? String == "blotter/1")
        #expect((json?["counts"] as? [Any])?.count == 7)
        #expect(out.contains("\n  \""))  // pretty
    }

    @Test func badInputsAmongGoodOnesGiveErrorRecordsAndExit3() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("blotter-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let png = dir.appendingPathComponent("photo.html")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]).write(to: png)
        let missing = dir.appendingPathComponent("missing.txt").path
        let args = ["extract", "--format", "jsonl", seed, missing, dir.path, empty.path, png.path]
        let (status, out, err) = try Fixture.run(args)
        #expect(status == 3)
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        let codes = lines.map { line -> String in
            let obj = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
            return ((obj?["error"] as? [String: Any])?["code"] as? String) ?? "record"
        }
        #expect(codes == ["record", "not_found", "is_directory", "empty", "not_text"])
        for path in [missing, dir.path, empty.path, png.path] {
            #expect(err.contains("blotter: \(path): "))
        }
    }

    @Test func invalidPublishedDateIsAUsageError() throws {
        let (status, _, err) = try Fixture.run(["extract", "--published", "2023-02-30", seed])
        #expect(status == 64)
        #expect(err.contains("2023-02-30"))
    }

    @Test func standardInputIsRead() throws {
        let (status, out, _) = try Fixture.run(["extract", "--format", "jsonl", "-"], stdin: Data("Officers made 12 arrests.".utf8))
        #expect(status == 0)
        #expect(out.contains("\"text\":\"12 arrests\""))
        #expect(out.contains("\"source\":\"-\""))
    }

    @Test func textCommandPrintsTheArticleBody() throws {
        let page = Fixture.repo.appendingPathComponent(".build/seed-page-\(UUID().uuidString).html")
        try Data(PipelineTests.seedPage(String(contentsOfFile: seed, encoding: .utf8)).utf8).write(to: page)
        defer { try? FileManager.default.removeItem(at: page) }
        let (status, out, _) = try Fixture.run(["text", page.path])
        #expect(status == 0)
        #expect(out.hasPrefix("The aptly named Operation Target"))
        #expect(!out.contains("cookies"))
        #expect(!out.contains("Share on Facebook"))
        #expect(!out.contains("Newham Recorder, 1 Romford Road"))
    }
}
