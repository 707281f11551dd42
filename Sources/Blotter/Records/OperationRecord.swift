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
    public var arrests: CountSummary?
    /// Officers deployed on it: the first officer count linked to it.
    public var officersDeployed: CountSummary?
    /// Premises searched or raided: the first premises count linked to it.
    public var premisesSearched: CountSummary?
    /// Ids of the money and drug seizures linked to it.
    public var seizures: [String]
    /// When it ran, from the times linked to it.
    public var window: TimeWindow?
    /// Id of the officer who leads it, when the text says so.
    public var lead: String?
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
        case id, name, label, text, span, mentions, arrests, officersDeployed = "officers_deployed"
        case premisesSearched = "premises_searched", seizures, window, lead, partOf = "part_of", partOfLink = "part_of_link"
        case counts, times, places, officers, targets, rule
    }

    public init(name: String?, text: String, span: Span, rule: String) {
        self.id = ""
        self.name = name
        self.text = text
        self.span = span
        self.mentions = [span]
        self.seizures = []
        self.counts = []
        self.times = []
        self.places = []
        self.officers = []
        self.targets = []
        self.rule = rule
    }
}

/// An operation's figure (arrests, officers deployed, premises searched) and where it comes from.
public struct CountSummary: Codable, Sendable, Equatable {
    /// The number.
    public var value: Quantity
    /// How the number is hedged.
    public var qualifier: Qualifier?
    /// Id of the count that states it; nil when the figure is a sum of parts.
    public var count: String?
    /// True when no total is stated and the figure adds up the parts the text gives
    /// (the arrests of the operations carried out as part of this one).
    public var derived: Bool?

    public init(value: Quantity, qualifier: Qualifier? = nil, count: String?, derived: Bool? = nil) {
        self.value = value
        self.qualifier = qualifier
        self.count = count
        self.derived = derived
    }
}

/// When an operation ran: its date and clock range, from the times linked to it.
public struct TimeWindow: Codable, Sendable, Equatable {
    /// `YYYY-MM-DD` or `--MM-DD` of the first linked date or resolved weekday.
    public var date: String?
    /// `HH:MM` start (a range's start, or the first clock time).
    public var start: String?
    /// `HH:MM` end of a range.
    public var end: String?
    /// True when the range runs past midnight.
    public var overnight: Bool?
}
