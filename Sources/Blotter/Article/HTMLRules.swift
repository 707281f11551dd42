/// The element and class lists of `Lexicons/html-rules.tsv`, loaded once.
struct HTMLRules: Sendable {
    /// Elements dropped with everything inside them (scripts, forms controls, media).
    let dropTags: Set<String>
    /// Page furniture dropped unless it holds most of the page's text (`<nav>`, `<form>`).
    let furnitureTags: Set<String>
    /// Elements that start and end a paragraph.
    let blockTags: Set<String>
    /// Elements whose own text counts as a paragraph when scoring containers.
    let paragraphTags: Set<String>
    /// Elements pruned inside the article when their shape says furniture (link lists…).
    let cleanTags: Set<String>
    /// Class/id words that mark a boilerplate box, dropped with its contents.
    let boilerplate: ClassHints
    /// Class/id words that mark the article body; they protect a box from `boilerplate`.
    let contentHints: ClassHints
    /// Class/id words that raise a candidate's score.
    let positive: ClassHints
    /// Class/id words that lower a candidate's score.
    let negative: ClassHints
    /// ARIA roles of page furniture.
    let boilerplateRoles: Set<String>

    static let shared = HTMLRules(rows: Lexicon.rows("html-rules"))

    init(rows: [[String]]) {
        func values(_ kind: String) -> [String] { rows.filter { $0.count >= 2 && $0[0] == kind }.map { $0[1] } }
        dropTags = Set(values("drop-tag"))
        furnitureTags = Set(values("furniture-tag"))
        blockTags = Set(values("block-tag"))
        paragraphTags = Set(values("paragraph-tag"))
        cleanTags = Set(values("clean-tag"))
        boilerplate = ClassHints(values("boilerplate"))
        contentHints = ClassHints(values("content-hint"))
        positive = ClassHints(values("positive") + values("content-hint"))
        negative = ClassHints(values("negative") + values("boilerplate"))
        boilerplateRoles = Set(values("boilerplate-role"))
    }

    /// Score adjustment from an element's class and id: +25 for article words, −25 for
    /// boilerplate words (both can apply).
    func classWeight(_ node: HTMLTreeNode) -> Double {
        let words = ClassHints.normalise(node.classAndID)
        guard words.count > 1 else { return 0 }
        var weight = 0.0
        if positive.matches(normalised: words) { weight += 25 }
        if negative.matches(normalised: words) { weight -= 25 }
        return weight
    }
}
