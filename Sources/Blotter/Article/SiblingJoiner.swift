/// Gathers the article around the best container: its siblings join when they score well
/// themselves, share its class, or are prose paragraphs with few links (Readability's rule).
struct SiblingJoiner {
    let tree: HTMLTree
    let removed: [Bool]
    let stats: TreeStats
    let scores: [Int: Double]

    /// The top container and the siblings that belong with it, in document order.
    func join(_ top: Int) -> [Int] {
        guard let parent = tree[top].parent else { return [top] }
        let topScore = scores[top] ?? 0
        let threshold = max(10, topScore * 0.2)
        let topClass = tree[top].attribute("class") ?? ""
        var out: [Int] = []
        for s in tree[parent].children where !removed[s] {
            if s == top {
                out.append(s)
                continue
            }
            let bonus = !topClass.isEmpty && tree[s].attribute("class") == topClass ? topScore * 0.2 : 0
            if let score = scores[s], score + bonus >= threshold {
                out.append(s)
            } else if isProse(s) {
                out.append(s)
            }
        }
        return out
    }

    /// A lone paragraph beside the container that reads like part of the story.
    private func isProse(_ s: Int) -> Bool {
        let st = stats[s]
        guard tree[s].tag == "p" || (tree[s].tag == "div" && st.paragraphs == 1 && stats.own[s].textLength > 65)
        else { return false }
        if st.textLength > 65 { return st.linkDensity < 0.25 }
        guard st.textLength > 0, st.linkLength == 0 else { return false }
        let text = tree.allText(s)
        return text.contains(". ") || text.hasSuffix(".")
    }
}
