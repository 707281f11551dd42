import Foundation

/// What an earlier, interrupted run already wrote: its complete lines and their sources.
/// Output is in input order, so when the earlier lines name the first inputs in order the run
/// continues after them and the final file is byte-identical to an uninterrupted run.
public struct ResumeState {
    /// The complete lines already written, each with its newline.
    public var lines: Data = Data()
    /// Sources of those lines, in order.
    public var sources: [String] = []

    /// Nothing written yet.
    public init() {}

    /// Reads `FILE` if it is complete, else `FILE.partial`; an incomplete last line is dropped.
    public init(output path: String) {
        let candidates = [path, OutputFile.partialPath(path)]
        guard let data = candidates.lazy.compactMap({ FileManager.default.contents(atPath: $0) }).first else { return }
        var start = data.startIndex
        while let nl = data[start...].firstIndex(of: 0x0A) {
            let line = data[start..<nl]
            if let source = Self.source(of: line) {
                lines.append(data[start...nl])
                sources.append(source)
            }
            start = data.index(after: nl)
        }
    }

    /// `document.source` of a record line, or `source` of an error line.
    static func source(of line: Data) -> String? {
        guard let obj = (try? JSONSerialization.jsonObject(with: line)) as? [String: Any] else { return nil }
        if let doc = obj["document"] as? [String: Any], let s = doc["source"] as? String { return s }
        return obj["source"] as? String
    }
}
