/// A parsed page copied out of libxml2 into plain Swift values: elements and text nodes in
/// document order (pre-order), so that later stages never touch C pointers.
struct HTMLTree: Sendable {
    /// Every node; index 0 is the root element.
    private(set) var nodes: [HTMLTreeNode]

    init(nodes: [HTMLTreeNode]) { self.nodes = nodes }

    /// Parses UTF-8 HTML; nil only when libxml2 produces no document.
    static func parse(_ html: String, maxDepth: Int = Limits().maxDepth) -> (tree: HTMLTree, flattened: Bool)? {
        guard let doc = HTMLDocument(utf8: Array(html.utf8)) else { return nil }
        return doc.tree(maxDepth: maxDepth)
    }

    /// Number of nodes.
    var count: Int { nodes.count }

    subscript(_ i: Int) -> HTMLTreeNode { nodes[i] }

    /// Visits `start` and its descendants in document order without recursion. Return false
    /// from `enter` to skip a subtree; `leave` runs after an entered node's children.
    func walk(from start: Int = 0, enter: (Int) -> Bool, leave: (Int) -> Void = { _ in }) {
        guard nodes.indices.contains(start) else { return }
        var stack: [(node: Int, entered: Bool)] = [(start, false)]
        while let (node, entered) = stack.popLast() {
            if entered {
                leave(node)
                continue
            }
            guard enter(node) else { continue }
            stack.append((node, true))
            for child in nodes[node].children.reversed() { stack.append((child, false)) }
        }
    }

    /// All text below a node, concatenated as written (for `<title>` and `<script>` bodies).
    func allText(_ start: Int) -> String {
        var out = ""
        walk(from: start, enter: { i in
            out += nodes[i].text
            return true
        })
        return out
    }

    /// A node and all its ancestors.
    func ancestors(of i: Int) -> Set<Int> {
        var out: Set<Int> = [i]
        var p = nodes[i].parent
        while let a = p {
            out.insert(a)
            p = nodes[a].parent
        }
        return out
    }

    /// Indices of the elements with the given tag, in document order.
    func elements(_ tag: String) -> [Int] { nodes.indices.filter { nodes[$0].tag == tag } }

    /// Appends a node under `parent` and returns its index.
    mutating func append(_ node: HTMLTreeNode) -> Int {
        nodes.append(node)
        let i = nodes.count - 1
        if let p = node.parent { nodes[p].children.append(i) }
        return i
    }
}
