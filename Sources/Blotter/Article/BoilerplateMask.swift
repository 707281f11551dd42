/// Decides which subtrees are not article text at all: scripts and media, hidden elements,
/// and page furniture (navigation, cookie banners, share bars, related links, comments…)
/// recognised by tag, ARIA role or class/id words.
///
/// A furniture box that holds most of the page's text is kept: some sites wrap the whole
/// page in a `<form>` or in a `div` whose class happens to contain a boilerplate word.
enum BoilerplateMask {
    /// `removed[i]` is true when node `i` or one of its ancestors is dropped.
    static func compute(_ tree: HTMLTree, _ rules: HTMLRules) -> [Bool] {
        var hard = Array(repeating: false, count: tree.count)
        for i in 0..<tree.count {
            if let p = tree[i].parent, hard[p] { hard[i] = true } else { hard[i] = isHidden(tree[i], rules) }
        }
        let raw = TreeStats(tree, removed: hard, blockTags: rules.blockTags)
        let pageText = max(raw[0].textLength, 1)
        let holdsArticle = articleHolders(tree, rules)
        var removed = hard
        for i in 0..<tree.count where !removed[i] {
            if let p = tree[i].parent, removed[p] {
                removed[i] = true
            } else if isFurniture(tree[i], rules), !holdsArticle[i], raw[i].textLength * 10 < pageText * 3 {
                removed[i] = true
            }
        }
        return removed
    }

    /// `true` for elements that contain a marked article body (`itemprop="articleBody"` or a
    /// content-hint class) below them: such a box is a wrapper, whatever its class says.
    static func articleHolders(_ tree: HTMLTree, _ rules: HTMLRules) -> [Bool] {
        var holds = Array(repeating: false, count: tree.count)
        for i in stride(from: tree.count - 1, through: 0, by: -1) {
            guard let p = tree[i].parent else { continue }
            if holds[i] || isArticleBody(tree[i], rules) { holds[p] = true }
        }
        return holds
    }

    /// Marked as the article body by `itemprop` or a content-hint class.
    static func isArticleBody(_ node: HTMLTreeNode, _ rules: HTMLRules) -> Bool {
        guard node.isElement else { return false }
        if node.attribute("itemprop")?.lowercased() == "articlebody" { return true }
        return rules.contentHints.matches(node.classAndID)
    }

    /// Dropped whatever it holds: scripts, styles, media, form controls, hidden elements.
    static func isHidden(_ node: HTMLTreeNode, _ rules: HTMLRules) -> Bool {
        guard node.isElement else { return false }
        if rules.dropTags.contains(node.tag) { return true }
        if node.attribute("hidden") != nil || node.attribute("aria-hidden") == "true" { return true }
        if let style = node.attribute("style")?.lowercased().filter({ $0 != " " }),
            style.contains("display:none") || style.contains("visibility:hidden")
        {
            return true
        }
        return false
    }

    /// Navigation, banners, share bars and the like, by tag, role or class/id words.
    static func isFurniture(_ node: HTMLTreeNode, _ rules: HTMLRules) -> Bool {
        guard node.isElement, node.tag != "body", node.tag != "html", node.tag != "a" else { return false }
        if rules.furnitureTags.contains(node.tag) { return true }
        if let role = node.attribute("role")?.lowercased(), rules.boilerplateRoles.contains(role) { return true }
        if node.tag == "article" || node.tag == "main" { return false }
        let words = ClassHints.normalise(node.classAndID)
        guard words.count > 2 else { return false }
        if rules.contentHints.matches(normalised: words) { return false }
        if node.attribute("itemprop")?.lowercased() == "articlebody" { return false }
        return rules.boilerplate.matches(normalised: words)
    }
}
