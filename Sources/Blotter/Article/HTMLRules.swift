/// The element lists of `Lexicons/html-rules.tsv`, loaded once.
struct HTMLRules: Sendable {
    let dropTags: Set<String>
    let blockTags: Set<String>
    let boilerplateHints: [String]
    let contentHints: [String]
    let containers: Set<String>

    static let shared = HTMLRules(rows: Lexicon.rows("html-rules"))

    init(rows: [[String]]) {
        func values(_ kind: String) -> [String] { rows.filter { $0.count >= 2 && $0[0] == kind }.map { $0[1] } }
        dropTags = Set(values("drop-tag"))
        blockTags = Set(values("block-tag"))
        boilerplateHints = values("boilerplate")
        contentHints = values("content-hint")
        containers = Set(values("container"))
    }

    /// Whether an element's class/id marks it as a boilerplate box. Content hints win, and
    /// the article containers themselves are never dropped for their class.
    func isBoilerplate(_ node: HTMLNode) -> Bool {
        if node.tag == "body" || node.tag == "html" || node.tag == "article" || node.tag == "main" { return false }
        if let role = node.attribute("role")?.lowercased(),
            ["navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog"].contains(role)
        {
            return true
        }
        let hint = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
        if hint.count < 2 || contentHints.contains(where: hint.contains) { return false }
        return boilerplateHints.contains(where: hint.contains)
    }
}
