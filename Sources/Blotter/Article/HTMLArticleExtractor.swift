import Foundation

/// HTML page → article body text and metadata.
///
/// 1. ``BoilerplateMask`` drops scripts, hidden elements and page furniture (by tag, role and
///    the class/id words of `Lexicons/html-rules.tsv`).
/// 2. ``ContentScorer`` scores containers by the paragraph text they gather and picks one;
///    ``SiblingJoiner`` adds the siblings that belong to the story.
/// 3. ``ConditionalCleaner`` prunes link lists and empty boxes inside it.
/// 4. ``BlockRenderer`` writes paragraphs separated by one blank line; ``BlockFilter`` drops
///    leftover furniture lines.
public enum HTMLArticleExtractor {
    /// Extracts the article from a decoded page. Elements nested deeper than `maxDepth` are
    /// flattened (their text kept) and a `depth_limit` warning says so.
    public static func extract(html: String, source: String, maxDepth: Int = Limits().maxDepth) throws -> ArticleText {
        guard let (tree, flattened) = HTMLTree.parse(html, maxDepth: maxDepth) else {
            throw InputError(.parseFailed, source: source, "HTML parser produced no document")
        }
        let metadata = HTMLMetadataReader.read(tree)
        let blocks = body(tree, HTMLRules.shared)
        let text = BlockFilter.shared.filter(blocks).map(\.text).joined(separator: "\n\n")
        let warnings = flattened
            ? [Diagnostic(code: "depth_limit", message: "elements nested deeper than \(maxDepth) levels were flattened; their text is kept")]
            : []
        return ArticleText(text: text, metadata: metadata, warnings: warnings)
    }

    /// The article's paragraphs, before line filtering.
    static func body(_ tree: HTMLTree, _ rules: HTMLRules) -> [TextBlock] {
        var removed = BoilerplateMask.compute(tree, rules)
        var stats = TreeStats(tree, removed: removed, blockTags: rules.blockTags)
        let scorer = ContentScorer(tree: tree, removed: removed, stats: stats, rules: rules)
        let scores = scorer.scores()
        let renderer = BlockRenderer(tree: tree, removed: removed, rules: rules)
        guard let best = scorer.best(scores) else { return renderer.render([0]) }
        let top = scorer.widen(best)
        let roots = SiblingJoiner(tree: tree, removed: removed, stats: stats, scores: scores).join(top)
        let holders = BoilerplateMask.articleHolders(tree, rules)
        let kept = tree.ancestors(of: best).union(holders.indices.filter { holders[$0] })
        let cleaner = ConditionalCleaner(tree: tree, rules: rules, scores: scores, protected: kept)
        for root in roots { cleaner.clean(root, removed: &removed, stats: &stats) }
        return BlockRenderer(tree: tree, removed: removed, rules: rules).render(roots)
    }
}
