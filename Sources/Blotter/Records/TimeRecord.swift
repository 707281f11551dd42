/// A clock time, clock range, date or weekday in the text.
public struct TimeRecord: Codable, Sendable, Equatable {
    /// `t1`, `t2`, … in text order.
    public var id: String
    /// `clock`, `clock_range`, `date`, `date_range`, `weekday`, `datetime` or `relative`.
    public var kind: Kind
    /// The exact words.
    public var text: String
    /// Where the words are.
    public var span: Span
    /// `HH:MM` for `clock` and `datetime`.
    public var clock: String?
    /// Range start `HH:MM`.
    public var start: String?
    /// Range end `HH:MM`.
    public var end: String?
    /// True when a clock range ends on the next day (18:00–03:00).
    public var overnight: Bool?
    /// `YYYY-MM-DD`, or `--MM-DD` when the year is unknown.
    public var date: String?
    /// True when the year (or the whole date of a weekday) was taken from the publication date.
    public var resolved: Bool?
    /// For `relative`: the words normalised ("yesterday", "last night", "earlier this month").
    public var relative: String?
    /// For `relative`: the day (`YYYY-MM-DD`) or month (`YYYY-MM`) they name, counted from
    /// `document.published`. Kept apart from `date`, which holds only dates the text writes.
    public var resolvedDate: String?
    /// `Monday` … `Sunday` when the text names one.
    public var weekday: String?
    /// Operation id this time belongs to.
    public var operation: String?
    /// Why it was linked.
    public var link: String?
    /// Which rule found it.
    public var rule: String

    enum CodingKeys: String, CodingKey {
        case id, kind, text, span, clock, start, end, overnight, date, resolved, relative, resolvedDate = "resolved_date"
        case weekday, operation, link, rule
    }

    /// The kinds of time expression.
    public enum Kind: String, Codable, Sendable {
        case clock, clockRange = "clock_range", date, dateRange = "date_range", weekday, datetime, relative
    }

    public init(kind: Kind, text: String, span: Span, rule: String) {
        self.id = ""
        self.kind = kind
        self.text = text
        self.span = span
        self.rule = rule
    }
}
