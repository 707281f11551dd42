import CLibXML2

/// A parsed HTML page. Owns the libxml2 document and frees it on deinit; C pointers never
/// leave the `HTML/` folder: callers take a copy as an ``HTMLTree``.
final class HTMLDocument {
    private let doc: htmlDocPtr

    /// Parses UTF-8 bytes with recovery on, error printing off and the network off.
    /// Returns nil only when libxml2 produces no document at all.
    init?(utf8 bytes: [UInt8], url: String? = nil) {
        blotter_xml_quiet()
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buf.count) { ptr in
                htmlReadMemory(ptr, Int32(clamping: buf.count), url, "UTF-8", blotter_html_parse_options())
            }
        }
        guard let parsed else { return nil }
        doc = parsed
    }

    deinit { xmlFreeDoc(doc) }

    /// The `<html>` element (or whatever the root element is).
    var root: HTMLNode? {
        guard let r = xmlDocGetRootElement(doc) else { return nil }
        return HTMLNode(r)
    }

    /// Copies the element and text nodes into an ``HTMLTree`` (comments and processing
    /// instructions are left out), iteratively so deep nesting cannot overflow the stack.
    /// Elements nested deeper than `maxDepth` are flattened into their ancestor at that depth:
    /// their text is kept, their structure is not, and `flattened` says it happened.
    func tree(maxDepth: Int = Limits().maxDepth) -> (tree: HTMLTree, flattened: Bool)? {
        guard let root else { return nil }
        var tree = HTMLTree(nodes: [])
        var flattened = false
        var stack: [(node: HTMLNode, parent: Int?, depth: Int)] = [(root, nil, 0)]
        while let (node, parent, depth) = stack.popLast() {
            if node.isText {
                _ = tree.append(HTMLTreeNode(tag: "", text: node.textContent, attributes: [:], parent: parent))
                continue
            }
            guard node.isElement else { continue }
            var index = parent
            var childDepth = depth
            if depth < maxDepth || parent == nil {
                index = tree.append(HTMLTreeNode(tag: node.tag, text: "", attributes: node.attributes, parent: parent))
                childDepth = depth + 1
            } else {
                flattened = true
            }
            var children: [HTMLNode] = []
            var c = node.firstChild
            while let child = c {
                children.append(child)
                c = child.nextSibling
            }
            for child in children.reversed() { stack.append((child, index, childDepth)) }
        }
        return tree.count > 0 ? (tree, flattened) : nil
    }
}
