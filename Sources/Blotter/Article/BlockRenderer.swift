import Foundation

/// Renders kept subtrees as paragraphs: block elements break paragraphs, runs of whitespace
/// collapse to one space, table cells are separated by a space, pruned nodes are skipped.
struct BlockRenderer {
    let tree: HTMLTree
    let removed: [Bool]
    let rules: HTMLRules

    private struct State {
        var blocks: [TextBlock] = []
        var current = ""
        var linkCharacters = 0
        var linkDepth = 0
        var blockStack: [String] = []

        mutating func flush() {
            let text = current.trimmingCharacters(in: .whitespaces)
            if !text.isEmpty {
                blocks.append(TextBlock(text: text, tag: blockStack.last ?? "", linkCharacters: linkCharacters))
            }
            current = ""
            linkCharacters = 0
        }

        mutating func append(_ s: String) {
            for ch in s {
                if ch.isWhitespace {
                    if let last = current.last, last != " " { current.append(" ") }
                } else {
                    current.append(ch)
                    if linkDepth > 0 { linkCharacters += 1 }
                }
            }
        }
    }

    /// The paragraphs of the given roots, in order.
    func render(_ roots: [Int]) -> [TextBlock] {
        var state = State()
        for root in roots {
            tree.walk(
                from: root,
                enter: { i in enter(i, &state) },
                leave: { i in leave(i, &state) })
            state.flush()
        }
        return state.blocks
    }

    private func enter(_ i: Int, _ state: inout State) -> Bool {
        if removed[i] { return false }
        let node = tree[i]
        guard node.isElement else {
            state.append(node.text)
            return false
        }
        if node.tag == "a" { state.linkDepth += 1 }
        if rules.blockTags.contains(node.tag) {
            state.flush()
            state.blockStack.append(node.tag)
        }
        return true
    }

    private func leave(_ i: Int, _ state: inout State) {
        let tag = tree[i].tag
        if tag == "a" { state.linkDepth -= 1 }
        if rules.blockTags.contains(tag) {
            state.flush()
            _ = state.blockStack.popLast()
        } else if tag == "td" || tag == "th" {
            state.append(" ")
        }
    }
}
