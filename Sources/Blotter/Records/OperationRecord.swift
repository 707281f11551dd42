/// A police operation with the facts linked to it.
public struct OperationRecord: Codable, Sendable, Equatable {
    /// `op1`, `op2`, … in order of first mention.
    public var id: String
    /// "Operation Target"; nil for an unnamed operation the text describes.
    public var name: String?
    /// For an unnamed operation, the words that describe it.
    public var label: String?
    /// The words of the first mention.
    public var text: String
    /// Where the first mention is.
    public var span: Span
    /// Every mention by name.
    public var mentions: [Span]
    /// The operation's arrest figure: the first arrest count linked to it.
    public var arrests: ArrestSummary?
    /// Id of the operation this one was carried out as part of.
    public var partOf: String?
    /// Why `partOf` was set.
    public var partOfLink: String?
    /// Linked count ids.
    public var counts: [String]
    /// Linked time ids.
    public var times: [String]
    /// Linked place ids.
    public var places: [String]
    /// Linked officer ids.
    public var officers: [String]
    /// Crime types the operation targets ("burglary", "robbery").
    public var targets: [String]
    /// Which rule found it.
    public var rule: String

    enum CodingKeys: String, CodingKey {
        case id, name, label, text, span, mentions, arrests, partOf = "part_of", partOfLink = "part_of_link"
        case counts, times, places, officers, targets, rule
    }

    public init(name: String?, text: String, span: Span, rule: String) {
        self.id = ""
        self.name = name
        self.text = text
        self.span = span
        self.mentions = [span]
        self.counts = []
        self.times = []
        self.places = []
        self.officers = []
        self.targets = []
        self.rule = rule
    }
}

/// An operation's arrest figure and the count that states it.
public struct ArrestSummary: Codable, Sendable, Equatable {
    /// Number of arrests.
    public var value: Quantity
    /// How the number is hedged.
    public var qualifier: Qualifier?
    /// Id of the count that gives it.
    public var count: String
}
