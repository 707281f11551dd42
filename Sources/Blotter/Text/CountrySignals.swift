/// Guesses the country a text comes from by cheap signals (spelling, currency, place names).
enum CountrySignals {
    static func guess(_ doc: TextDocument) -> String? { nil }
}
