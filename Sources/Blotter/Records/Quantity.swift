/// A number as a journalist writes it: whole numbers encode as JSON integers (`5000`),
/// fractions as decimals (`14.6`).
public struct Quantity: Hashable, Sendable, Codable, CustomStringConvertible, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral
{
    /// The value.
    public var value: Double

    public init(_ value: Double) { self.value = value }
    public init(integerLiteral value: Int) { self.value = Double(value) }
    public init(floatLiteral value: Double) { self.value = value }

    /// Whether the value has no fractional part and fits an `Int`.
    public var isWhole: Bool { value.rounded() == value && abs(value) < 9e15 }

    public var description: String { isWhole ? String(Int(value)) : String(value) }

    public init(from decoder: Decoder) throws {
        value = try decoder.singleValueContainer().decode(Double.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        if isWhole { try c.encode(Int(value)) } else { try c.encode(value) }
    }
}
