import ArgumentParser
import Blotter
import Foundation

/// `blotter extract PATH...`: one JSON record per input.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract operations, counts, officers, times and places as JSON records.",
        discussion: """
            One input prints one pretty JSON object; several print a JSON array, or one line per \
            input with --format jsonl. An input that cannot be read gives an error record \
            {"source": …, "error": {"code": …, "message": …}} in its place and a line on stderr; \
            the other inputs are still processed and the exit status is 3.
            """)

    /// Output layouts.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl
    }

    @Argument(help: "HTML or text files, or - for standard input.")
    var paths: [String]

    @Option(help: "Publication date (YYYY-MM-DD) that dates and weekdays are resolved against; overrides the page's own.")
    var published: String?

    @Option(help: "Output layout: json (pretty) or jsonl (one record per line).")
    var format: Format = .json

    @Flag(help: "Include the cleaned article text as document.text.")
    var includeText = false

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws {
        if let p = published, !PublishedDate.validate(p) {
            throw ValidationError("--published '\(p)' is not a calendar date written YYYY-MM-DD")
        }
        if paths.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("standard input (-) can be named only once")
        }
    }

    func run() throws {
        let pipeline = Pipeline(published: published, includeText: includeText)
        var outcomes: [RecordWriter.Outcome] = []
        for path in paths {
            do {
                outcomes.append(.record(try pipeline.run(path: path)))
            } catch let e as InputError {
                FileHandle.standardError.write(Data("blotter: \(e)\n".utf8))
                outcomes.append(.failure(e))
            }
        }
        var out = Data()
        switch format {
        case .jsonl:
            for o in outcomes {
                out.append(RecordWriter.json(o, pretty: false))
                out.append(0x0A)
            }
        case .json where outcomes.count == 1:
            out.append(RecordWriter.json(outcomes[0], pretty: true))
            out.append(0x0A)
        case .json:
            let parts = outcomes.map { String(decoding: RecordWriter.json($0, pretty: true), as: UTF8.self) }
            out.append(Data(("[\n" + parts.joined(separator: ",\n") + "\n]\n").utf8))
        }
        try write(out)
        if outcomes.contains(where: { if case .failure = $0 { return true } else { return false } }) {
            throw ExitCode(3)
        }
    }

    private func write(_ data: Data) throws {
        guard let output else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw ValidationError("cannot write \(output): \(error.localizedDescription)")
        }
    }
}
