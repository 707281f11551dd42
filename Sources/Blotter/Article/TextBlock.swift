/// One rendered paragraph of the article, with the element that opened it and how much of
/// its text sat inside links.
struct TextBlock: Sendable, Equatable {
    /// The paragraph text, whitespace collapsed.
    var text: String
    /// Tag of the innermost block element around the paragraph (`p`, `h2`, `li`…).
    var tag: String
    /// Characters of `text` inside links.
    var linkCharacters: Int

    /// Share of the characters inside links, 0…1.
    var linkDensity: Double { text.isEmpty ? 0 : Double(linkCharacters) / Double(text.count) }
}
