/// A clock time, clock range, date or weekday in the text.
public struct TimeRecord: Codable, Sendable, Equatable {
    /// `t1`, `t2`, … in text order.
    public var id: String
    /// `clock`, `clock_range`, `date`, `date_range`, `weekday` or `datetime`.
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
    /// `Monday` … `Sunday` when the text names one.
    public var weekday: String?
    /// Operation id this time belongs to.
    public var operation: String?
    /// Why it was linked.
    public var link: String?
    /// Which rule found it.
    public var rule: String

    /// The kinds of time expression.
    public enum Kind: String, Codable, Sendable {
        case clock, clockRange = "clock_range", date, dateRange = "date_range", weekday, datetime
    }

    public init(kind: Kind, text: String, span: Span, rule: String) {
        self.id = ""
        self.kind = kind
        self.text = text
        self.span = span
        self.rule = rule
    }
}
