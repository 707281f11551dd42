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
        let dir = try Self.mixedDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = dir.appendingPathComponent("missing.txt").path
        let (status, out, err) = try Fixture.run(["extract", "--format", "jsonl", "--quiet", seed, missing, dir.path])
        #expect(status == 3)
        let lines = out.split(separator: "\n").map(String.init)
        #expect(Self.codes(lines) == ["record", "not_found", "empty", "not_text", "is_directory", "record"])
        for name in ["missing.txt", "a-empty.txt", "b-photo.html", "c-folder.html"] {
            #expect(err.contains("blotter: \(dir.path)/\(name): "), "stderr names \(name)")
        }
    }

    @Test func outputIsTheSameWithOneJobAndWithFour() throws {
        let dir = try Self.mixedDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let one = try Fixture.run(["extract", "--format", "jsonl", "--quiet", "--jobs", "1", dir.path, seed, dir.path])
        let four = try Fixture.run(["extract", "--format", "jsonl", "--quiet", "--jobs", "4", dir.path, seed, dir.path])
        #expect(one.out == four.out)
        #expect(one.out.split(separator: "\n").count == 9)
    }

    @Test func jsonLinesInputGivesOneLinePerDocument() throws {
        let lines = [
            #"{"id": "a1", "text": "Officers made 12 arrests on Friday.", "published": "2024-03-20"}"#,
            #"{"id": 7, "html": "<html><body><article><p>Police seized £5,000 in cash.</p></article></body></html>"}"#,
            "this is not json",
            #"{"id": "b2", "body": "no html or text"}"#,
            #"{"id": "b3", "text": 42}"#,
        ].joined(separator: "\n")
        let (status, out, _) = try Fixture.run(["extract", "--input-format", "jsonl", "--format", "jsonl", "--quiet", "-"], stdin: Data(lines.utf8))
        #expect(status == 3)
        let got = out.split(separator: "\n").map(String.init)
        #expect(Self.codes(got) == ["record", "record", "invalid_jsonl", "invalid_jsonl", "invalid_jsonl"])
        #expect(got[0].contains(#""source":"a1""#) && got[0].contains(#""date":"2024-03-15""#))
        #expect(got[1].contains(#""source":"7""#) && got[1].contains(#""currency":"GBP""#))
        #expect(got[2].contains(#""source":"-:3""#))
    }

    @Test func resumeAfterAnInterruptedRunGivesTheSameFile() throws {
        let dir = try Self.mixedDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let full = dir.appendingPathComponent("full.jsonl").path
        let resumed = dir.appendingPathComponent("resumed.jsonl").path
        let args = ["extract", "--format", "jsonl", "--quiet", seed, dir.appendingPathComponent("d-good.txt").path, seed]
        _ = try Fixture.run(args + ["-o", full])
        let complete = try String(contentsOfFile: full, encoding: .utf8)
        // An interrupted run: the partial file holds the first line and half of the second.
        let firstLines = complete.split(separator: "\n", omittingEmptySubsequences: false)
        let partial = firstLines[0] + "\n" + firstLines[1].prefix(40)
        try Data(partial.utf8).write(to: URL(fileURLWithPath: resumed + ".partial"))
        let (status, _, _) = try Fixture.run(args + ["-o", resumed, "--resume"])
        #expect(status == 0)
        #expect(try String(contentsOfFile: resumed, encoding: .utf8) == complete)
        #expect(!FileManager.default.fileExists(atPath: resumed + ".partial"))
    }

    /// A directory of mixed inputs, in path order: empty, PNG bytes named .html, a directory
    /// named like a file, and a good report.
    static func mixedDirectory() throws -> URL {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("blotter-cli-\(UUID().uuidString)")
        try fm.createDirectory(at: dir.appendingPathComponent("c-folder.html"), withIntermediateDirectories: true)
        try Data().write(to: dir.appendingPathComponent("a-empty.txt"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]).write(to: dir.appendingPathComponent("b-photo.html"))
        try Data("Officers arrested three men and seized £2,000 in cash on Monday.".utf8).write(to: dir.appendingPathComponent("d-good.txt"))
        return dir
    }

    static func codes(_ lines: [String]) -> [String] {
        lines.map { line in
            let obj = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
            return ((obj?["error"] as? [String: Any])?["code"] as? String) ?? "record"
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
