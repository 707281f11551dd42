/// Why an input could not be turned into a record. Each case has a stable `code` that error
/// records carry, so a batch user can count failures by kind.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Stable machine-readable code, e.g. `not_found`.
    public let code: Code
    /// The input as the user named it (a path, or `-` for stdin).
    public let source: String
    /// One human sentence saying what is wrong.
    public let message: String

    /// The kinds of input failure.
    public enum Code: String, Sendable, Codable {
        case notFound = "not_found"
        case isDirectory = "is_directory"
        case unreadable = "unreadable"
        case empty = "empty"
        case notText = "not_text"
        case tooLarge = "too_large"
        case parseFailed = "parse_failed"
        case invalidArgument = "invalid_argument"
        case invalidJSONL = "invalid_jsonl"
        case textTooLong = "text_too_long"
        case timeout
    }

    public init(_ code: Code, source: String, _ message: String) {
        self.code = code
        self.source = source
        self.message = message
    }

    /// `source: message`, the one line printed on stderr.
    public var description: String { "\(source): \(message)" }
}
