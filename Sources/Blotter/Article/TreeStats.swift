/// Per-element ``NodeStats`` for a whole tree, ignoring pruned subtrees, computed in one
/// reverse pass (children have larger indices than their parents, so no recursion).
struct TreeStats: Sendable {
    /// Stats by node index (zero for pruned nodes).
    private(set) var stats: [NodeStats]
    /// Text stats of each node's own inline content: text children and inline elements,
    /// not the text inside nested block elements.
    private(set) var own: [NodeStats]

    init(_ tree: HTMLTree, removed: [Bool], blockTags: Set<String>) {
        stats = Array(repeating: NodeStats(), count: tree.count)
        own = Array(repeating: NodeStats(), count: tree.count)
        for i in stride(from: tree.count - 1, through: 0, by: -1) where !removed[i] {
            let node = tree[i]
            if node.isElement {
                stats[i].addOwn(tag: node.tag)
                // A div of bare text reads as a paragraph, as Readability's div-to-p rewrite has it.
                if node.tag != "p", blockTags.contains(node.tag), own[i].textLength >= 20 { stats[i].paragraphs += 1 }
            } else {
                stats[i] = NodeStats.text(node.text)
            }
            guard let p = node.parent else { continue }
            stats[p].add(stats[i])
            if !blockTags.contains(node.tag) { own[p].add(stats[i]) }
        }
    }

    subscript(_ i: Int) -> NodeStats { stats[i] }

    /// Subtracts a pruned node's counts from its ancestors.
    mutating func prune(_ i: Int, in tree: HTMLTree) {
        let gone = stats[i]
        var p = tree[i].parent
        while let a = p {
            stats[a].subtract(gone)
            p = tree[a].parent
        }
        stats[i] = NodeStats()
    }
}
