import Foundation

/// A word of the document as the place rules see it: letters and digits, with inner
/// apostrophes ("O’Driscoll", "George’s"), and its UTF-16 range.
struct PlaceToken {
    let range: NSRange
    let text: String

    var end: Int { range.location + range.length }
    /// Starts with an upper-case letter.
    var isCapitalised: Bool { text.unicodeScalars.first.map { CharacterSet.uppercaseLetters.contains($0) } ?? false }
    /// Two or more letters, all upper case ("RCMP", "WASHINGTON").
    var isAllCaps: Bool {
        let letters = text.unicodeScalars.filter { CharacterSet.letters.contains($0) }
        return letters.count >= 2 && letters.allSatisfy { CharacterSet.uppercaseLetters.contains($0) }
    }
    /// The word without a possessive "’s".
    var bare: String {
        for suffix in ["’s", "'s"] where text.hasSuffix(suffix) && text.count > 2 { return String(text.dropLast(2)) }
        return text
    }

    private static let word = compilePattern("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*")

    /// All tokens of the document, in order.
    static func tokens(_ doc: TextDocument) -> [PlaceToken] {
        doc.matches(word, in: doc.fullRange).map { PlaceToken(range: $0.range, text: doc.string($0.range)) }
    }
}
