import Foundation

/// Where batch output goes: standard output, or a file written atomically — lines go to
/// `FILE.partial` as they are produced and the file is renamed into place only when the run
/// ends, so an interrupted run never leaves a truncated `FILE`, and `--resume` can pick the
/// partial file up.
public final class OutputFile {
    private let handle: FileHandle
    private let path: String?

    /// The partial file beside `path`.
    public static func partialPath(_ path: String) -> String { path + ".partial" }

    /// Opens standard output (`path == nil`) or `path.partial`, starting it with `prefix`.
    public init(path: String?, prefix: Data = Data()) throws {
        self.path = path
        guard let path else {
            handle = FileHandle.standardOutput
            if !prefix.isEmpty { handle.write(prefix) }
            return
        }
        let partial = Self.partialPath(path)
        guard FileManager.default.createFile(atPath: partial, contents: prefix), let h = FileHandle(forWritingAtPath: partial) else {
            throw InputError(.unreadable, source: path, "cannot create the output file")
        }
        h.seekToEndOfFile()
        handle = h
    }

    /// Appends bytes.
    public func write(_ data: Data) { handle.write(data) }

    /// Flushes and, for a file, renames the partial file into place.
    public func finish() throws {
        guard let path else { return }
        try handle.synchronize()
        try handle.close()
        let fm = FileManager.default
        if fm.fileExists(atPath: path) { try fm.removeItem(atPath: path) }
        try fm.moveItem(atPath: Self.partialPath(path), toPath: path)
    }
}
