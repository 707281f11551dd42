/// One input document's extraction, schema `blotter/1` (see `docs/record-schema.md`).
public struct BlotterRecord: Codable, Sendable, Equatable {
    /// Always `blotter/1`.
    public var schema: String = BlotterRecord.schemaVersion
    public var document: DocumentInfo
    public var operations: [OperationRecord]
    public var counts: [CountRecord]
    public var officers: [OfficerRecord]
    public var times: [TimeRecord]
    public var places: [PlaceRecord]
    /// Soft problems met on the way (a charset guessed, a limit reached).
    public var warnings: [Diagnostic]

    /// The schema version this build writes.
    public static let schemaVersion = "blotter/1"
}

/// A soft finding attached to a record: the record is still usable.
public struct Diagnostic: Codable, Sendable, Equatable {
    /// Stable code, e.g. `charset_fallback`.
    public var code: String
    /// What happened.
    public var message: String

    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }
}

/// The line written in place of a record when an input could not be read.
public struct ErrorRecord: Codable, Sendable, Equatable {
    public var schema: String = BlotterRecord.schemaVersion
    /// The input as named on the command line.
    public var source: String
    public var error: Body

    /// The code and message of an error record.
    public struct Body: Codable, Sendable, Equatable {
        public var code: InputError.Code
        public var message: String
    }

    public init(_ error: InputError) {
        self.source = error.source
        self.error = Body(code: error.code, message: error.message)
    }
}
