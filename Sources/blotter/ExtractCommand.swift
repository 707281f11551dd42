import ArgumentParser
import Blotter
import Foundation

/// `blotter extract PATH...`: one JSON record per input, in input order.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract operations, counts, officers, times and places as JSON records.",
        discussion: """
            Inputs are files, directories (searched recursively, filtered with --glob), .gz files, \
            or - for standard input; with --input-format jsonl each line of an input is one document \
            {"id": …, "html": … | "text": …, "url"?: …, "published"?: …}.

            One input prints one pretty JSON object; several print a JSON array, or one line per \
            input with --format jsonl. Output is in input order whatever --jobs is. An input that \
            cannot be read gives an error record {"source": …, "error": {"code": …, "message": …}} \
            in its place and a line on stderr; the others are still processed.

            Limits per document (each with a flag): --max-bytes (error too_large), --max-text \
            (error text_too_long), --timeout (error timeout), --max-depth (warning depth_limit, \
            deeper HTML flattened with its text kept), --max-matches (warning match_limit).

            Exit status: 0 when every input gave a record; 3 when some inputs failed; 64 for a \
            usage error.
            """)

    /// Output layouts.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl, csv
    }

    /// How inputs are read.
    enum InputKind: String, ExpressibleByArgument, CaseIterable {
        case auto, jsonl
    }

    @Argument(help: "HTML or text files, directories, .gz files, or - for standard input.")
    var paths: [String]

    @Option(help: "Publication date (YYYY-MM-DD) that dates and weekdays are resolved against; overrides the page's own.")
    var published: String?

    @Option(help: "Output layout: json (pretty), jsonl (one record per line) or csv (one row per item of --table).")
    var format: Format = .json

    @Option(help: "With --format csv: operations, counts, officers, times or places.")
    var table: String?

    @Option(help: "auto: each path is a document; jsonl: each line of each path is a document.")
    var inputFormat: InputKind = .auto

    @Option(help: "Only files whose name matches this glob when searching directories, e.g. '*.html'.")
    var glob: String?

    @Option(help: "Parallel workers (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Largest input accepted, in bytes; larger ones give a too_large error record.")
    var maxBytes: Int = InputLoader.defaultMaxBytes

    @Option(help: "Longest decoded text accepted, in characters; longer gives a text_too_long error record.")
    var maxText: Int = Limits().maxTextLength

    @Option(help: "HTML nesting kept; deeper elements are flattened (text kept) with a depth_limit warning.")
    var maxDepth: Int = Limits().maxDepth

    @Option(help: "Matches one rule may return per document; the rest are dropped with a match_limit warning.")
    var maxMatches: Int = Limits().maxMatchesPerRule

    @Option(help: "Seconds the rules may spend on one document before it gives a timeout error record.")
    var timeout: Double = Limits().timeout

    @Flag(help: "Include the cleaned article text as document.text.")
    var includeText = false

    @Flag(help: "No progress line and no summary on stderr.")
    var quiet = false

    @Flag(help: "Continue an interrupted run: keep what -o FILE (or FILE.partial) already holds and skip those inputs.")
    var resume = false

    @Option(name: .shortAndLong, help: "Write to this file (atomically: FILE.partial, renamed at the end) instead of standard output.")
    var output: String?

    func validate() throws {
        if let p = published, !PublishedDate.validate(p) {
            throw ValidationError("--published '\(p)' is not a calendar date written YYYY-MM-DD")
        }
        if paths.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be named only once") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if maxBytes < 1 || maxText < 1 || maxDepth < 1 || maxMatches < 1 || !(timeout > 0) {
            throw ValidationError("--max-bytes, --max-text, --max-depth, --max-matches and --timeout must be positive")
        }
        if resume, output == nil { throw ValidationError("--resume needs -o FILE") }
        if resume, format != .jsonl { throw ValidationError("--resume needs --format jsonl") }
        if format == .csv, csvTable == nil {
            throw ValidationError("--format csv needs --table \(CSVTable.allCases.map(\.rawValue).joined(separator: "|"))")
        }
        if format != .csv, table != nil { throw ValidationError("--table goes with --format csv") }
    }

    func run() throws {
        var limits = Limits()
        limits.maxBytes = maxBytes
        limits.maxTextLength = maxText
        limits.maxDepth = maxDepth
        limits.maxMatchesPerRule = maxMatches
        limits.timeout = timeout
        let pipeline = Pipeline(published: published, includeText: includeText, limits: limits)
        let (inputs, total) = try self.inputs()
        let pretty = format == .json
        let runner = BatchRunner(pipeline: pipeline, jobs: jobs, serialise: serialiser())
        let state = resume ? output.map { ResumeState(output: $0) } ?? ResumeState() : ResumeState()
        let sink = try OutputFile(path: output, prefix: csvTable?.header ?? state.lines)
        let progress = ProgressReporter(total: total, quiet: quiet)
        var results: [Data] = []  // pretty JSON is collected to know whether to wrap it in an array
        runner.run(ResumeFilter(inputs, alreadyWritten: state.sources)) { r in
            if let e = r.error { FileHandle.standardError.write(Data("blotter: \(e)\n".utf8)) }
            progress.tick(failed: r.error != nil)
            if pretty { results.append(r.output) } else { sink.write(r.output) }
        }
        if pretty { sink.write(Self.prettyDocument(results)) }
        try sink.finish()
        if total.map({ $0 > 1 }) ?? true { progress.finish() }
        if progress.failed > 0 { throw ExitCode(3) }
    }

    private var csvTable: CSVTable? { table.flatMap(CSVTable.init(rawValue:)) }

    /// How each outcome becomes bytes: a pretty object, a JSON line, or CSV rows (an error
    /// has no rows; it is reported on stderr).
    private func serialiser() -> @Sendable (RecordWriter.Outcome) -> Data {
        switch (format, csvTable) {
        case (.csv, let t?):
            return { outcome in if case .record(let r) = outcome { return t.rows(r) } else { return Data() } }
        case (.json, _):
            return { RecordWriter.json($0, pretty: true) }
        default:
            return { RecordWriter.json($0, pretty: false) + Data([0x0A]) }
        }
    }

    /// The inputs, lazily for JSON Lines, and their number when it is known up front.
    private func inputs() throws -> (AnySequence<BatchInput>, Int?) {
        switch inputFormat {
        case .auto:
            let files = InputEnumerator.files(paths, glob: glob)
            return (AnySequence(files), files.count)
        case .jsonl:
            let readers = try paths.map { path -> (String, LineReader) in
                guard let r = LineReader(path: path) else { throw ValidationError("cannot read \(path)") }
                return (path, r)
            }
            let lines = readers.lazy.flatMap { path, reader in
                reader.lazy.map { BatchInput.jsonLine(file: path, line: $0.0, content: $0.1) }
            }
            return (AnySequence(lines), nil)
        }
    }

    /// One pretty record, or a JSON array of several.
    static func prettyDocument(_ parts: [Data]) -> Data {
        if parts.count == 1, let only = parts.first { return only + Data([0x0A]) }
        var out = Data("[\n".utf8)
        for (i, p) in parts.enumerated() {
            out.append(p)
            out.append(Data((i + 1 < parts.count ? ",\n" : "\n").utf8))
        }
        out.append(Data("]\n".utf8))
        return out
    }
}
