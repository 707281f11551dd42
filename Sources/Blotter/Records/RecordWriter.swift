import Foundation

/// Serialises records as pretty JSON (one document) or JSON Lines (one per line).
public enum RecordWriter {
    /// One outcome per input: a record, or the error that stopped it.
    public enum Outcome: Sendable {
        case record(BlotterRecord)
        case failure(InputError)
    }

    /// Pretty-printed JSON with sorted keys (so output is byte-stable) and no escaped slashes.
    public static func prettyJSON<T: Encodable>(_ value: T) -> Data {
        encode(value, pretty: true)
    }

    /// One compact JSON line (without the newline).
    public static func jsonLine<T: Encodable>(_ value: T) -> Data {
        encode(value, pretty: false)
    }

    /// The JSON for one outcome.
    public static func json(_ outcome: Outcome, pretty: Bool) -> Data {
        switch outcome {
        case .record(let r): return encode(r, pretty: pretty)
        case .failure(let e): return encode(ErrorRecord(e), pretty: pretty)
        }
    }

    private static func encode<T: Encodable>(_ value: T, pretty: Bool) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(value)
        } catch {
            // Records hold only strings, numbers and arrays: this cannot happen with finite numbers.
            return Data("{\"error\":{\"code\":\"encode_failed\",\"message\":\"\(error)\"}}".utf8)
        }
    }
}
