/// What one element holds, counted over its visible descendants: text, link text, commas and
/// the kinds of child elements that tell prose from furniture.
struct NodeStats: Sendable {
    /// Non-whitespace characters of visible text.
    var textLength = 0
    /// Non-whitespace characters inside links.
    var linkLength = 0
    /// Commas in the text (prose has them, menus do not).
    var commas = 0
    /// Non-whitespace characters inside headings.
    var headingLength = 0
    var paragraphs = 0
    var listItems = 0
    var images = 0
    var inputs = 0
    var embeds = 0

    /// Share of the text that sits inside links, 0…1.
    var linkDensity: Double { textLength > 0 ? Double(linkLength) / Double(textLength) : 0 }

    /// Adds a child's counts.
    mutating func add(_ o: NodeStats) {
        textLength += o.textLength
        linkLength += o.linkLength
        commas += o.commas
        headingLength += o.headingLength
        paragraphs += o.paragraphs
        listItems += o.listItems
        images += o.images
        inputs += o.inputs
        embeds += o.embeds
    }

    /// Removes a child's counts (after the child was pruned).
    mutating func subtract(_ o: NodeStats) {
        textLength -= o.textLength
        linkLength -= o.linkLength
        commas -= o.commas
        headingLength -= o.headingLength
        paragraphs -= o.paragraphs
        listItems -= o.listItems
        images -= o.images
        inputs -= o.inputs
        embeds -= o.embeds
    }

    /// Counts for one text node.
    static func text(_ s: String) -> NodeStats {
        var st = NodeStats()
        for ch in s.unicodeScalars where !ch.properties.isWhitespace {
            st.textLength += 1
            if ch == "," { st.commas += 1 }
        }
        return st
    }

    /// Counts an element contributes by its own tag, added to its children's counts.
    mutating func addOwn(tag: String) {
        switch tag {
        case "a": linkLength = textLength
        case "p": paragraphs += 1
        case "li": listItems += 1
        case "img", "picture": images += 1
        case "input", "select", "textarea", "button": inputs += 1
        case "embed", "object", "iframe", "video", "audio": embeds += 1
        case "h1", "h2", "h3", "h4", "h5", "h6": headingLength = textLength
        default: break
        }
    }
}
