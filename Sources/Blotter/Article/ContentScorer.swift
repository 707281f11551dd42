/// Scores candidate containers the way Readability does: every paragraph-like element with
/// enough text gives points (1 + commas + one per 100 characters, at most 3) to its parent
/// in full, its grandparent by half and further ancestors by a third of their depth; each
/// candidate starts from its tag and class/id weight and ends scaled by 1 − link density.
struct ContentScorer {
    let tree: HTMLTree
    let removed: [Bool]
    let stats: TreeStats
    let rules: HTMLRules

    /// Final scores of every candidate container, by node index.
    func scores() -> [Int: Double] {
        var scores: [Int: Double] = [:]
        for i in 0..<tree.count where !removed[i] && rules.paragraphTags.contains(tree[i].tag) {
            let own = stats.own[i]
            guard own.textLength >= 20 else { continue }
            let points = 1 + Double(own.commas) + min(Double(own.textLength / 90), 3)
            var ancestor = tree[i].parent
            var level = 0
            while let a = ancestor, level < 5 {
                if scores[a] == nil { scores[a] = initialScore(a) }
                let divider = level == 0 ? 1.0 : (level == 1 ? 2.0 : Double(level * 3))
                scores[a, default: 0] += points / divider
                ancestor = tree[a].parent
                level += 1
            }
        }
        for (i, s) in scores { scores[i] = s * (1 - stats[i].linkDensity) }
        return scores
    }

    /// A candidate's starting score from its tag and class/id.
    func initialScore(_ i: Int) -> Double {
        let node = tree[i]
        var s = rules.classWeight(node)
        switch node.tag {
        case "div", "article", "main": s += 5
        case "pre", "td", "blockquote": s += 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": s -= 3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": s -= 5
        default: break
        }
        if node.attribute("itemprop")?.lowercased() == "articlebody" { s += 25 }
        return s
    }

    /// The best container: the top scorer, moved up while an ancestor scores higher still.
    func best(_ scores: [Int: Double]) -> Int? {
        guard var top = scores.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key
        else { return nil }
        var lastScore = scores[top] ?? 0
        let threshold = lastScore / 3
        var parent = tree[top].parent
        while let p = parent, tree[p].tag != "body" {
            if let ps = scores[p] {
                if ps < threshold { break }
                if ps > lastScore {
                    top = p
                    break
                }
                lastScore = ps
            }
            parent = tree[p].parent
        }
        return top
    }

    /// The container moved up through wrappers that hold nothing else.
    func widen(_ best: Int) -> Int {
        var top = best
        while let p = tree[top].parent, tree[p].tag != "body", visibleChildren(p) == 1 { top = p }
        return top
    }

    private func visibleChildren(_ i: Int) -> Int {
        tree[i].children.filter { !removed[$0] && (tree[$0].isElement || stats[$0].textLength > 0) }.count
    }
}
