import Dispatch
import Foundation

/// Runs the pipeline over many inputs on all cores with bounded memory, and hands the output
/// back in input order whatever the parallelism: inputs are taken a window at a time, the
/// window is processed in parallel, and its results are written in order before the next
/// window is read.
public struct BatchRunner: Sendable {
    /// The pipeline every input goes through.
    public var pipeline: Pipeline
    /// Worker threads (`--jobs`).
    public var jobs: Int
    /// Turns one outcome into output bytes, on the worker thread (JSON, a JSON line, CSV rows).
    public var serialise: @Sendable (RecordWriter.Outcome) -> Data

    /// `serialise` defaults to one JSON line per outcome.
    public init(
        pipeline: Pipeline, jobs: Int,
        serialise: @escaping @Sendable (RecordWriter.Outcome) -> Data = { RecordWriter.json($0, pretty: false) + Data([0x0A]) }
    ) {
        self.pipeline = pipeline
        self.jobs = max(1, jobs)
        self.serialise = serialise
    }

    /// What one input gave: its serialised record or error record, and the error if any.
    public struct Result: Sendable {
        public var source: String
        public var output: Data
        public var error: InputError?
    }

    /// Processes `inputs` (a sequence that may be read lazily, such as the lines of a huge
    /// JSON Lines file) and calls `emit` once per input, in input order, on the calling thread.
    public func run<S: Sequence>(_ inputs: S, emit: (Result) throws -> Void) rethrows where S.Element == BatchInput {
        _ = GzipFile.initialised
        let windowSize = jobs * 8
        var iterator = inputs.makeIterator()
        while true {
            var window: [BatchInput] = []
            window.reserveCapacity(windowSize)
            while window.count < windowSize, let next = iterator.next() { window.append(next) }
            if window.isEmpty { return }
            for result in process(window) { try emit(result) }
        }
    }

    /// One window, in parallel when `jobs > 1`; results in the window's order.
    func process(_ window: [BatchInput]) -> [Result] {
        if jobs == 1 || window.count == 1 { return window.map(process) }
        let slots = ResultSlots(count: window.count)
        let queue = DispatchQueue(label: "blotter.batch", attributes: .concurrent)
        let group = DispatchGroup()
        let semaphore = DispatchSemaphore(value: jobs)
        for (i, input) in window.enumerated() {
            semaphore.wait()
            queue.async(group: group) {
                slots.set(i, self.process(input))
                semaphore.signal()
            }
        }
        group.wait()
        return slots.values()
    }

    /// One input: its record, or the error record in its place.
    public func process(_ input: BatchInput) -> Result {
        let source = input.source
        do {
            let record: BlotterRecord
            switch input {
            case .file(let path): record = try pipeline.run(path: path)
            case .stdin: record = try pipeline.run(path: "-")
            case .jsonLine(_, _, let content):
                let doc = try JSONLineInput.parse(content, source: source)
                record = try pipeline.run(bytes: doc.bytes, source: source, format: doc.format, url: doc.url, published: doc.published)
            }
            return Result(source: source, output: serialise(.record(record)), error: nil)
        } catch let e as InputError {
            return Result(source: source, output: serialise(.failure(e)), error: e)
        } catch {
            let e = InputError(.parseFailed, source: source, "\(error)")
            return Result(source: source, output: serialise(.failure(e)), error: e)
        }
    }
}

/// Fixed slots that worker threads fill, each slot by exactly one worker.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [BatchRunner.Result?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ r: BatchRunner.Result) {
        lock.lock()
        slots[i] = r
        lock.unlock()
    }

    func values() -> [BatchRunner.Result] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
