/// A number that counts something the police did or found: "more than 5,000 arrests",
/// "an extra 150 officers", "£20,000 in cash", "2kg of cocaine".
public struct CountRecord: Codable, Sendable, Equatable {
    /// `c1`, `c2`, … in text order.
    public var id: String
    /// The number, normalised ("5,000" → 5000, "nine" → 9, "£1.2m" → 1200000).
    public var value: Quantity
    /// Upper bound of a range ("between 10 and 12" → 12).
    public var valueMax: Quantity?
    /// `more_than`, `approx`, `at_least`, `up_to` or `fewer_than`.
    public var qualifier: Qualifier?
    /// The schema's unit vocabulary: `arrest`, `officer`, `premises`, `person`, … or `other`.
    public var unit: String
    /// The counted noun as written ("arrests", "premises").
    public var noun: String
    /// ISO 4217 code for money.
    public var currency: String?
    /// For money: `cash`, `drugs`, `goods` or `mixed` — what the sum is the value of.
    public var what: String?
    /// For drugs: `kg`, `g`, `plants`, `wraps`, …
    public var measure: String?
    /// For drugs: the substance ("cocaine").
    public var substance: String?
    /// What happened to the counted people or things when the text says so ("arrested").
    public var action: String?
    /// The exact words.
    public var text: String
    /// Where the words are.
    public var span: Span
    /// Operation id this count belongs to, when the text makes it clear.
    public var operation: String?
    /// Why it was linked: `same_sentence`, `pronoun`, `definite_np`, `speaker_area`, `sole_operation`.
    public var link: String?
    /// For `speaker_area`: the place whose share of the operation this count is.
    public var sharePlace: String?
    /// Which rule found it.
    public var rule: String

    enum CodingKeys: String, CodingKey {
        case id, value, valueMax = "value_max", qualifier, unit, noun, currency, what, measure, substance, action
        case text, span, operation, link, sharePlace = "share_place", rule
    }

    public init(
        value: Quantity, valueMax: Quantity? = nil, qualifier: Qualifier? = nil, unit: String, noun: String,
        text: String, span: Span, rule: String
    ) {
        self.id = ""
        self.value = value
        self.valueMax = valueMax
        self.qualifier = qualifier
        self.unit = unit
        self.noun = noun
        self.text = text
        self.span = span
        self.rule = rule
    }
}

/// How a number is hedged.
public enum Qualifier: String, Codable, Sendable, Equatable {
    case moreThan = "more_than"
    case approx
    case atLeast = "at_least"
    case upTo = "up_to"
    case fewerThan = "fewer_than"
}
