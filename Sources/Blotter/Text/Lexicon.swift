import Foundation

/// Reads the data files in `Lexicons/` (bundled resources): one entry per line, fields
/// separated by tabs, `#` starts a comment line, blank lines ignored.
///
/// Lexicons are data, not code: adding a rank, unit or street type is a one-line change
/// to a `.tsv` file, with no regex to touch.
public enum Lexicon {
    /// The rows of `Lexicons/<name>.tsv`, each split on tabs with fields trimmed.
    /// A missing file yields no rows (and a diagnostic on stderr), never a crash.
    public static func rows(_ name: String) -> [[String]] {
        guard let url = url(for: name), let body = try? String(contentsOf: url, encoding: .utf8) else {
            FileHandle.standardError.write(Data("blotter: lexicon '\(name)' is missing from the resources\n".utf8))
            return []
        }
        var rows: [[String]] = []
        for line in body.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            rows.append(line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            })
        }
        return rows
    }

    /// The first field of every row of `Lexicons/<name>.tsv`.
    public static func words(_ name: String) -> [String] { rows(name).compactMap(\.first) }

    /// Builds a regex alternation from literal words, longest first so that
    /// "Detective Chief Inspector" wins over "Detective".
    public static func alternation(_ words: [String]) -> String {
        let unique = Set(words.filter { !$0.isEmpty })
        return unique.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
            .map { NSRegularExpression.escapedPattern(for: $0).replacingOccurrences(of: " ", with: "\\s+") }
            .joined(separator: "|")
    }

    /// Directory holding the lexicon files. `BLOTTER_LEXICONS` overrides; otherwise the resource
    /// bundle beside the executable, then SwiftPM's own bundle lookup.
    static let directory: URL? = {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["BLOTTER_LEXICONS"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        var candidates: [URL] = []
        let exe = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        candidates.append(exe.deletingLastPathComponent().appendingPathComponent("Blotter_Blotter.resources/Lexicons"))
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("Blotter_Blotter.resources/Lexicons"))
        for c in candidates where fm.fileExists(atPath: c.appendingPathComponent("units.tsv").path) {
            return c
        }
        return Bundle.module.url(forResource: "Lexicons", withExtension: nil)
    }()

    private static func url(for name: String) -> URL? {
        guard let dir = directory else { return nil }
        let url = dir.appendingPathComponent("\(name).tsv")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}
