import Foundation

/// One unit of batch work: a file, standard input, or one line of a JSON Lines input.
public enum BatchInput: Sendable, Equatable {
    /// A file path as the user named it or as found in a directory.
    case file(String)
    /// Standard input as one document.
    case stdin
    /// One line of a JSON Lines file: `{"id": …, "html"|"text": …, "url"?, "published"?}`.
    case jsonLine(file: String, line: Int, content: String)

    /// How the input is named in records, errors and `--resume`: the path, `-`, or for a
    /// JSON line its `id` when it has one, else `FILE:LINE`.
    public var source: String {
        switch self {
        case .file(let p): return p
        case .stdin: return "-"
        case .jsonLine(let f, let n, let content): return JSONLineInput.id(in: content) ?? "\(f):\(n)"
        }
    }
}

/// Expands command-line paths into batch inputs, in a stable order: arguments in the order
/// given; a directory's files recursively, sorted by path, hidden entries skipped; optionally
/// filtered by a glob on the file name. A directory named like a document ("page.html") is
/// kept as an input so that it gives an error record instead of vanishing.
public enum InputEnumerator {
    /// The inputs named by `paths`. Paths that do not exist are kept, so that they give an
    /// error record in their place.
    public static func files(_ paths: [String], glob: String?) -> [BatchInput] {
        var out: [BatchInput] = []
        let fm = FileManager.default
        for path in paths {
            if path == "-" {
                out.append(.stdin)
                continue
            }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue else {
                out.append(.file(path))
                continue
            }
            out += filesUnder(path, glob: glob ?? "*").map { .file($0) }
        }
        return out
    }

    private static func filesUnder(_ dir: String, glob: String) -> [String] {
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: dir) else { return [] }
        var found: [String] = []
        while let rel = walker.nextObject() as? String {
            let full = (dir as NSString).appendingPathComponent(rel)
            let name = (rel as NSString).lastPathComponent
            if name.hasPrefix(".") {
                walker.skipDescendants()
                continue
            }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: full, isDirectory: &isDir) else { continue }
            if isDir.boolValue {
                // A directory named like a document ("report.html") is reported, not searched.
                guard looksLikeDocument(name) else { continue }
                walker.skipDescendants()
            }
            if fnmatch(glob, name, 0) == 0 { found.append(full) }
        }
        return found.sorted()
    }

    private static let documentExtensions: Set<String> = ["html", "htm", "xhtml", "txt", "text", "gz", "xml", "json", "jsonl"]

    private static func looksLikeDocument(_ name: String) -> Bool {
        documentExtensions.contains((name as NSString).pathExtension.lowercased())
    }
}
