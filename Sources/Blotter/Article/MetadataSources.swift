/// Everything on a page that can say what the page is, gathered in one walk before any of it
/// is trusted: `<meta>` values, `<title>`, canonical link, `<time>`, JSON-LD blocks, `lang`,
/// byline elements and the first "Published …" line.
struct MetadataSources: Sendable {
    /// First value per lower-case `property`/`name`/`itemprop`/`http-equiv` of `<meta>`.
    var meta: [String: String] = [:]
    var titleTag: String?
    var canonical: String?
    var timeDatetime: String?
    var itempropDate: String?
    var jsonLD: [String] = []
    var language: String?
    var bylineText: String?
    var authorLink: String?
    var datelineText: String?

    /// Reads the sources from a tree.
    init(_ tree: HTMLTree) {
        guard tree.count > 0 else { return }
        language = tree[0].attribute("lang") ?? tree[0].attribute("xml:lang")
        tree.walk(enter: { i in visit(i, tree) })
    }

    private mutating func visit(_ i: Int, _ tree: HTMLTree) -> Bool {
        let n = tree[i]
        guard n.isElement else {
            noteDateline(n.text)
            return false
        }
        switch n.tag {
        case "meta": noteMeta(n)
        case "title": if titleTag == nil { titleTag = tree.allText(i) }
        case "link": noteLink(n)
        case "script":
            if n.attribute("type")?.lowercased().contains("ld+json") == true { jsonLD.append(tree.allText(i)) }
        case "style", "noscript", "template": return false
        default:
            noteElement(i, tree)
            return true
        }
        return false
    }

    private mutating func noteMeta(_ n: HTMLTreeNode) {
        let key = (n.attribute("property") ?? n.attribute("name") ?? n.attribute("itemprop")
            ?? n.attribute("http-equiv") ?? "").lowercased()
        let value = n.attribute("content") ?? n.attribute("datetime") ?? ""
        if !key.isEmpty, !value.isEmpty, meta[key] == nil { meta[key] = value }
    }

    private mutating func noteLink(_ n: HTMLTreeNode) {
        let rel = n.attribute("rel")?.lowercased() ?? ""
        if canonical == nil, rel == "canonical" { canonical = n.attribute("href") }
    }

    private mutating func noteElement(_ i: Int, _ tree: HTMLTree) {
        let n = tree[i]
        if n.tag == "time", timeDatetime == nil { timeDatetime = n.attribute("datetime") }
        if itempropDate == nil, n.attribute("itemprop")?.lowercased() == "datepublished" {
            itempropDate = n.attribute("datetime") ?? n.attribute("content") ?? tree.allText(i)
        }
        if authorLink == nil, n.tag == "a", n.attribute("rel")?.lowercased() == "author" {
            authorLink = tree.allText(i)
        }
        if bylineText == nil, n.attribute("itemprop")?.lowercased() == "author"
            || ClassHints.normalise(n.classAndID).contains(" byline")
        {
            bylineText = tree.allText(i)
        }
    }

    private mutating func noteDateline(_ text: String) {
        guard datelineText == nil, text.count < 120 else { return }
        if DateFinder.datelineDate(text) != nil { datelineText = text }
    }
}
