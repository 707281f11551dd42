import CLibXML2
import Foundation

/// Reads gzip-compressed files (`page.html.gz`) through libxml2's own I/O layer, which
/// inflates them, so Blotter needs no second compression library.
enum GzipFile {
    /// The inflated bytes of the file at `path` (at most `maxBytes + 1` of them, so that the
    /// caller can tell when the limit is passed), or nil when it cannot be read.
    static func inflate(path: String, maxBytes: Int) -> [UInt8]? {
        blotter_xml_quiet()  // a damaged stream must not print libxml2 I/O errors on stderr
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var length = 0
        guard let buffer = blotter_read_inflated(absolute, max(0, maxBytes), &length) else { return nil }
        defer { blotter_free(buffer) }
        return Array(UnsafeBufferPointer(start: buffer, count: max(0, length)))
    }

    /// Initialises libxml2 once, before documents are parsed on several threads.
    static let initialised: Void = { blotter_xml_init() }()
}
