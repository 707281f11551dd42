import Foundation
import Testing

@testable import Blotter

/// The dataset tables load where analysts load them: Python's `csv` module and SQLite's
/// `.import`, and they join on (document_id, id).
@Suite struct CSVTableTests {
    /// The bundled corpus: the seed and the original reports.
    static let inputs = [
        Fixture.repo.appendingPathComponent("corpus/seed/operation-target.txt").path,
        Fixture.repo.appendingPathComponent("corpus/original").path,
    ]

    /// Writes every table for the bundled corpus into a temporary directory.
    static func tables() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("blotter-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for table in CSVTable.allCases {
            let (status, out, _) = try Fixture.run(["extract", "--format", "csv", "--table", table.rawValue, "--glob", "*.txt", "--quiet"] + Self.inputs)
            #expect(status == 0)
            try Data(out.utf8).write(to: dir.appendingPathComponent("\(table.rawValue).csv"))
        }
        return dir
    }

    static func shell(_ args: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = args
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func quotingFollowsRFC4180() {
        let line = String(decoding: CSVTable.line(["a", "b,c", "say \"hi\"", "two\nlines"]), as: UTF8.self)
        #expect(line == "a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n")
    }

    @Test func tablesLoadInPythonCSV() throws {
        let dir = try Self.tables()
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = """
            import csv, sys
            d = sys.argv[1]
            for t in ['operations', 'counts', 'officers', 'times', 'places']:
                rows = list(csv.reader(open(f'{d}/{t}.csv', newline='', encoding='utf-8')))
                assert all(len(r) == len(rows[0]) for r in rows), t
                print(t, len(rows) - 1)
            """
        let out = try Self.shell(["python3", "-c", script, dir.path])
        let counts = Dictionary(uniqueKeysWithValues: out.split(separator: "\n").map { line -> (String, Int) in
            let parts = line.split(separator: " ")
            return (String(parts[0]), Int(parts[1]) ?? -1)
        })
        // One row per item of the JSON records of the same inputs.
        let (status, jsonl, _) = try Fixture.run(["extract", "--format", "jsonl", "--glob", "*.txt", "--quiet"] + Self.inputs)
        #expect(status == 0)
        var items: [String: Int] = [:]
        for line in jsonl.split(separator: "\n") {
            let record = try JSONDecoder().decode(BlotterRecord.self, from: Data(line.utf8))
            items["operations", default: 0] += record.operations.count
            items["counts", default: 0] += record.counts.count
            items["officers", default: 0] += record.officers.count
            items["places", default: 0] += record.places.count
        }
        #expect((items["counts"] ?? 0) > 150)
        for table in ["operations", "counts", "officers", "places"] {
            #expect(counts[table] == items[table], "\(table)")
        }
    }

    @Test func tablesImportIntoSQLiteAndJoin() throws {
        let dir = try Self.tables()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("blotter.sqlite").path
        let out = try Self.shell([
            "sqlite3", db,
            ".import --csv \(dir.path)/operations.csv operations",
            ".import --csv \(dir.path)/counts.csv counts",
            "select count(*) from counts c join operations o on o.document_id = c.document_id and o.id = c.operation where o.name = 'Operation Fusion';",
            "select value from counts where text = 'more than 5,000 arrests';",
        ])
        #expect(out.split(separator: "\n") == ["2", "5000"])
    }
}
