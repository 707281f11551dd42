import Foundation

/// The lines of a file or of standard input, read in chunks so a JSON Lines file of any size
/// is held only a line at a time. A final line without a newline is still a line; empty lines
/// are skipped.
public struct LineReader: Sequence {
    let handle: FileHandle
    let name: String

    /// Reads `path`, or standard input for `-`; nil when the file cannot be opened.
    public init?(path: String) {
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            guard let h = FileHandle(forReadingAtPath: path) else { return nil }
            handle = h
        }
        name = path
    }

    public func makeIterator() -> Iterator { Iterator(handle: handle) }

    /// Yields `(lineNumber, line)` pairs, numbered from 1.
    public struct Iterator: IteratorProtocol {
        let handle: FileHandle
        var buffer = Data()
        var lineNumber = 0
        var done = false

        public mutating func next() -> (Int, String)? {
            while true {
                if let nl = buffer.firstIndex(of: 0x0A) {
                    let line = buffer[buffer.startIndex..<nl]
                    buffer.removeSubrange(buffer.startIndex...nl)
                    lineNumber += 1
                    if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
                    return (lineNumber, String(decoding: line, as: UTF8.self))
                }
                if done {
                    guard !buffer.isEmpty else { return nil }
                    let line = buffer
                    buffer = Data()
                    lineNumber += 1
                    return (lineNumber, String(decoding: line, as: UTF8.self))
                }
                let chunk = handle.readData(ofLength: 1 << 20)
                if chunk.isEmpty { done = true } else { buffer.append(chunk) }
            }
        }
    }
}
