import CLibXML2

/// A borrowed view of one node of an ``HTMLDocument``; valid only while its document lives.
struct HTMLNode {
    fileprivate let ptr: xmlNodePtr

    init(_ ptr: xmlNodePtr) { self.ptr = ptr }

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

    /// All attributes of an element, names lower-cased; the first of a repeated name wins.
    var attributes: [String: String] {
        var out: [String: String] = [:]
        var a = ptr.pointee.properties
        while let attr = a {
            if let name = attr.pointee.name {
                let key = String(cString: name).lowercased()
                if out[key] == nil { out[key] = value(of: attr) }
            }
            a = attr.pointee.next
        }
        return out
    }

    private func value(of attr: xmlAttrPtr) -> String {
        guard let v = xmlNodeListGetString(ptr.pointee.doc, attr.pointee.children, 1) else { return "" }
        defer { blotter_xml_free(v) }
        return String(cString: v)
    }

    var firstChild: HTMLNode? { ptr.pointee.children.map(HTMLNode.init) }
    var nextSibling: HTMLNode? { ptr.pointee.next.map(HTMLNode.init) }
}
