/// A named place: a street inside a district inside a city, and so on.
public struct PlaceRecord: Codable, Sendable, Equatable {
    /// `p1`, `p2`, … in order of first mention.
    public var id: String
    /// The place's name as written in its fullest form ("Romford Road").
    public var name: String
    /// `country`, `region`, `city`, `district`, `street` or `venue`.
    public var kind: String
    /// Id of the place this one lies in, when the text nests them ("Romford Road in Forest Gate").
    public var within: String?
    /// The exact words of the first mention.
    public var text: String
    /// Where the first mention is.
    public var span: Span
    /// Every mention, in order.
    public var mentions: [Span]
    /// Which rule found it.
    public var rule: String

    public init(name: String, kind: String, text: String, span: Span, rule: String) {
        self.id = ""
        self.name = name
        self.kind = kind
        self.text = text
        self.span = span
        self.mentions = [span]
        self.rule = rule
    }
}
