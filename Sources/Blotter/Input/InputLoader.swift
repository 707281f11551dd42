import Foundation

/// Reads one input's bytes: a file path, or `-` for standard input.
public enum InputLoader {
    /// Default cap on input size (20 MB).
    public static let defaultMaxBytes = 20 * 1024 * 1024

    /// Reads the bytes named by `path`, or throws an ``InputError`` naming it. Gzip files
    /// (`.html.gz`) are inflated.
    public static func load(_ path: String, maxBytes: Int = defaultMaxBytes) throws -> [UInt8] {
        var bytes: [UInt8]
        if path == "-" {
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        } else {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                throw InputError(.notFound, source: path, "no such file")
            }
            if isDir.boolValue {
                throw InputError(.isDirectory, source: path, "is a directory, expected a file")
            }
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw InputError(.unreadable, source: path, "cannot be opened for reading (permission denied?)")
            }
            defer { try? handle.close() }
            do {
                let data = try handle.read(upToCount: maxBytes + 1) ?? Data()
                bytes = Array(data)
            } catch {
                throw InputError(.unreadable, source: path, "read failed: \(error.localizedDescription)")
            }
        }
        if path != "-", bytes.starts(with: [0x1F, 0x8B]) {
            // A stream cut short before its first block inflates to nothing: that is not an empty file.
            guard let inflated = GzipFile.inflate(path: path, maxBytes: maxBytes), !inflated.isEmpty,
                !inflated.starts(with: [0x1F, 0x8B])
            else {
                throw InputError(.notText, source: path, "is gzip-compressed data that could not be inflated")
            }
            bytes = inflated
        }
        if bytes.count > maxBytes {
            throw InputError(.tooLarge, source: path, "larger than the \(maxBytes)-byte limit")
        }
        return bytes
    }
}
