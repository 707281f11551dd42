import CLibXML2

/// A parsed HTML page. Owns the libxml2 document and frees it on deinit; C pointers never
/// leave the `HTML/` folder (``HTMLNode`` is only valid while its document is alive).
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
}

/// A borrowed view of one node of an ``HTMLDocument``.
struct HTMLNode {
    fileprivate let ptr: xmlNodePtr

    fileprivate init(_ ptr: xmlNodePtr) { self.ptr = ptr }

    /// True for element nodes.
    var isElement: Bool { ptr.pointee.type == XML_ELEMENT_NODE }
    /// True for text and CDATA nodes.
    var isText: Bool { ptr.pointee.type == XML_TEXT_NODE || ptr.pointee.type == XML_CDATA_SECTION_NODE }

    /// Lower-case tag name of an element ("" for other nodes).
    var tag: String {
        guard isElement, let n = ptr.pointee.name else { return "" }
        return String(cString: n).lowercased()
    }

    /// The characters of a text node.
    var textContent: String {
        guard let c = ptr.pointee.content else { return "" }
        return String(cString: c)
    }

    /// All text below this node, concatenated (for `<title>`, `<script>` bodies).
    var allText: String {
        guard let c = xmlNodeGetContent(ptr) else { return "" }
        defer { blotter_xml_free(c) }
        return String(cString: c)
    }

    /// An attribute's value, if present.
    func attribute(_ name: String) -> String? {
        guard let v = xmlGetProp(ptr, name) else { return nil }
        defer { blotter_xml_free(v) }
        return String(cString: v)
    }

    var firstChild: HTMLNode? { ptr.pointee.children.map(HTMLNode.init) }
    var nextSibling: HTMLNode? { ptr.pointee.next.map(HTMLNode.init) }
    var parent: HTMLNode? {
        guard let p = ptr.pointee.parent, p.pointee.type == XML_ELEMENT_NODE else { return nil }
        return HTMLNode(p)
    }

    /// Identity of the node, for use as a dictionary key during one walk.
    var address: UInt { UInt(bitPattern: ptr) }

    /// Visits this node and its descendants in document order without recursion, so that a
    /// page nested thousands of levels deep cannot overflow the stack. Return false from
    /// `enter` to skip a subtree; `leave` is called after an entered element's children.
    func walk(enter: (HTMLNode) -> Bool, leave: (HTMLNode) -> Void = { _ in }) {
        var stack: [(node: HTMLNode, entered: Bool)] = [(self, false)]
        while let (node, entered) = stack.popLast() {
            if entered {
                leave(node)
                continue
            }
            guard enter(node) else { continue }
            stack.append((node, true))
            var children: [HTMLNode] = []
            var c = node.firstChild
            while let child = c {
                children.append(child)
                c = child.nextSibling
            }
            for child in children.reversed() { stack.append((child, false)) }
        }
    }
}
