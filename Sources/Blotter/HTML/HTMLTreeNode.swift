/// One node of an ``HTMLTree``: an element with its attributes, or a run of text.
///
/// Nodes refer to each other by index into ``HTMLTree/nodes``; a parent always has a smaller
/// index than its children, so a reverse loop over the indices visits children first.
struct HTMLTreeNode: Sendable {
    /// Lower-case tag name for elements, "" for text nodes.
    let tag: String
    /// The characters of a text node ("" for elements).
    let text: String
    /// Attributes by lower-case name (empty for text nodes).
    let attributes: [String: String]
    /// Index of the parent element, or nil for the root.
    let parent: Int?
    /// Indices of the children, in document order.
    var children: [Int] = []

    /// True for elements, false for text.
    var isElement: Bool { !tag.isEmpty }

    /// An attribute's value, if present.
    func attribute(_ name: String) -> String? { attributes[name] }

    /// The `class` and `id` attributes joined by a space, as written.
    var classAndID: String { (attributes["class"] ?? "") + " " + (attributes["id"] ?? "") }
}
