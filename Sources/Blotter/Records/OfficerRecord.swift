/// A named police officer or law-enforcement official, once per person with every mention.
public struct OfficerRecord: Codable, Sendable, Equatable {
    /// `o1`, `o2`, … in order of first mention.
    public var id: String
    /// The name as first given with its initials ("Andy Packer").
    public var name: String
    /// The rank spelled out ("Detective Inspector").
    public var rank: String?
    /// The rank as abbreviated in the text, when it was ("DI").
    public var rankAbbrev: String?
    /// Borough, district or command the officer is from ("Newham").
    public var area: String?
    /// Unit or squad ("Flying Squad").
    public var unit: String?
    /// Force, when stated ("Metropolitan Police").
    public var force: String?
    /// First place rank and name stand together.
    public var text: String
    /// Where that is.
    public var span: Span
    /// Every mention of the person, in order.
    public var mentions: [Span]
    /// What the officer is quoted as saying.
    public var quotes: [Quote]
    /// Which rule found the officer.
    public var rule: String

    enum CodingKeys: String, CodingKey {
        case id, name, rank, rankAbbrev = "rank_abbrev", area, unit, force, text, span, mentions, quotes, rule
    }

    public init(name: String, rank: String?, rankAbbrev: String?, text: String, span: Span, rule: String) {
        self.id = ""
        self.name = name
        self.rank = rank
        self.rankAbbrev = rankAbbrev
        self.text = text
        self.span = span
        self.mentions = [span]
        self.quotes = []
        self.rule = rule
    }
}

/// Words attributed to a speaker, without the quotation marks.
public struct Quote: Codable, Sendable, Equatable {
    /// The quoted words.
    public var text: String
    /// Where they are.
    public var span: Span

    public init(text: String, span: Span) {
        self.text = text
        self.span = span
    }
}
