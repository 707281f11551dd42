/// Prunes furniture that sits inside the chosen article: boxes whose class says boilerplate,
/// link lists, image galleries without text, forms, and near-empty wrappers. Works from the
/// deepest element up, so a box is judged after its own furniture has gone.
struct ConditionalCleaner {
    let tree: HTMLTree
    let rules: HTMLRules
    let scores: [Int: Double]
    /// The best-scoring container and its ancestors: never pruned.
    let protected: Set<Int>

    /// Marks pruned descendants of `root` in `removed` and updates `stats`.
    func clean(_ root: Int, removed: inout [Bool], stats: inout TreeStats) {
        let end = subtreeEnd(root)
        guard end > root + 1 else { return }
        for i in stride(from: end - 1, to: root, by: -1) where !removed[i] && tree[i].isElement && !protected.contains(i) {
            guard shouldPrune(i, stats[i]) else { continue }
            removed[i] = true
            stats.prune(i, in: tree)
        }
    }

    /// One past the last descendant of `i` (descendants are contiguous in pre-order).
    func subtreeEnd(_ i: Int) -> Int {
        var last = i
        while let child = tree[last].children.last { last = child }
        return last + 1
    }

    private func shouldPrune(_ i: Int, _ st: NodeStats) -> Bool {
        let node = tree[i]
        let weight = rules.classWeight(node)
        if node.tag.count == 2, node.tag.hasPrefix("h"), node.tag != "hr" {
            return weight < 0 || st.linkDensity > 0.33
        }
        guard rules.cleanTags.contains(node.tag) else { return false }
        if weight + (scores[i] ?? 0) < 0 { return true }
        if st.commas >= 10 { return false }
        let isList = node.tag == "ul" || node.tag == "ol"
        let p = Double(st.paragraphs)
        let headingDensity = st.textLength > 0 ? Double(st.headingLength) / Double(st.textLength) : 0
        if st.images > 1 && p / Double(st.images) < 0.5 && st.textLength < 25 * st.images { return true }
        if Double(st.inputs) > (p / 3).rounded(.down) { return true }
        if !isList && headingDensity < 0.9 && st.textLength < 20 && (st.images == 0 || st.images > 2) { return true }
        if !isList && weight < 25 && st.linkDensity > 0.2 { return true }
        if weight >= 25 && st.linkDensity > 0.5 { return true }
        if isList && st.linkDensity > 0.5 { return true }
        return false
    }
}
