import Foundation

/// HTML page → article body text and metadata.
///
/// The body is the best content container: an `<article>`/`<main>` element or one whose
/// class names the article body when the page has one, otherwise the element that gathers
/// most paragraph text (each `<p>` scores its parent fully and its grandparent by half).
/// Boilerplate elements (`Lexicons/html-rules.tsv`) are dropped with their contents; block
/// elements become paragraphs separated by one blank line.
public enum HTMLArticleExtractor {
    /// Extracts the article from a decoded page.
    public static func extract(html: String, source: String) throws -> ArticleText {
        guard let doc = HTMLDocument(utf8: Array(html.utf8)), let root = doc.root else {
            throw InputError(.parseFailed, source: source, "HTML parser produced no document")
        }
        let rules = HTMLRules.shared
        let metadata = HTMLMetadataReader.read(root)
        let body = mainContainer(root, rules) ?? root
        let text = render(body, rules)
        return ArticleText(text: text, metadata: metadata)
    }

    /// The element that holds the article, or nil to use the whole page.
    static func mainContainer(_ root: HTMLNode, _ rules: HTMLRules) -> HTMLNode? {
        var scores: [UInt: Int] = [:]
        var nodes: [UInt: HTMLNode] = [:]
        var hinted: [(HTMLNode, Int)] = []
        root.walk(enter: { node in
            guard node.isElement else { return false }
            let tag = node.tag
            if rules.dropTags.contains(tag) || rules.isBoilerplate(node) { return false }
            let hint = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
            if rules.containers.contains(tag) || node.attribute("itemprop") == "articleBody"
                || rules.contentHints.contains(where: hint.contains)
            {
                hinted.append((node, 0))
            }
            if tag == "p" {
                let length = visibleText(node, rules).count
                if length >= 25 {
                    if let parent = node.parent {
                        scores[parent.address, default: 0] += length
                        nodes[parent.address] = parent
                        if let grand = parent.parent {
                            scores[grand.address, default: 0] += length / 2
                            nodes[grand.address] = grand
                        }
                    }
                }
            }
            return true
        })
        // A hinted container wins when it holds a fair share of the page's paragraph text.
        let total = scores.values.reduce(0, +)
        var best: (HTMLNode, Int)?
        for (node, _) in hinted {
            let own = visibleText(node, rules).count
            if own > 200, own > (best?.1 ?? 0) { best = (node, own) }
        }
        if let (node, _) = best, total == 0 || paragraphText(node, rules) * 2 >= total { return node }
        guard let top = scores.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
            top.value > 0
        else { return best?.0 }
        return nodes[top.key]
    }

    private static func paragraphText(_ node: HTMLNode, _ rules: HTMLRules) -> Int {
        var n = 0
        node.walk(enter: { child in
            guard child.isElement else { return false }
            if rules.dropTags.contains(child.tag) || rules.isBoilerplate(child) { return false }
            if child.tag == "p" {
                let len = visibleText(child, rules).count
                if len >= 25 { n += len }
                return false
            }
            return true
        })
        return n
    }

    /// Text under a node with dropped elements left out, whitespace not yet normalised.
    static func visibleText(_ node: HTMLNode, _ rules: HTMLRules) -> String {
        var out = ""
        node.walk(enter: { n in
            if n.isText {
                out += n.textContent
                return false
            }
            guard n.isElement else { return false }
            return !rules.dropTags.contains(n.tag)
        })
        return out
    }

    /// Renders a subtree as paragraphs: block elements break paragraphs, runs of whitespace
    /// collapse to one space, `<br>` ends a line.
    static func render(_ node: HTMLNode, _ rules: HTMLRules) -> String {
        var paragraphs: [String] = []
        var current = ""
        func flush() {
            let p = current.trimmingCharacters(in: .whitespacesAndNewlines)
            if !p.isEmpty { paragraphs.append(p) }
            current = ""
        }
        node.walk(
            enter: { n in
                if n.isText {
                    appendCollapsed(n.textContent, to: &current)
                    return false
                }
                guard n.isElement else { return false }
                let tag = n.tag
                if rules.dropTags.contains(tag) || rules.isBoilerplate(n) { return false }
                if n.attribute("hidden") != nil || n.attribute("aria-hidden") == "true" { return false }
                if rules.blockTags.contains(tag) { flush() }
                return true
            },
            leave: { n in
                if rules.blockTags.contains(n.tag) { flush() }
                else if n.tag == "td" || n.tag == "th" { appendCollapsed(" ", to: &current) }
            })
        flush()
        return paragraphs.joined(separator: "\n\n")
    }

    private static func appendCollapsed(_ s: String, to out: inout String) {
        for ch in s {
            if ch.isWhitespace {
                if let last = out.last, !last.isWhitespace { out.append(" ") }
            } else {
                out.append(ch)
            }
        }
    }
}
