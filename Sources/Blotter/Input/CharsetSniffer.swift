import Foundation

/// Finds the charset a page declares, in the order browsers trust it: a byte-order mark,
/// then `<meta charset>`, `http-equiv` Content-Type or the XML declaration within the first
/// 4 KB (the browsers' prescan).
enum CharsetSniffer {
    private static let declaration = try? NSRegularExpression(
        pattern: "(?:<meta[^>]{0,200}?charset\\s*=\\s*[\"']?|<\\?xml[^>]{0,100}?encoding\\s*=\\s*[\"'])([A-Za-z0-9._:-]{2,40})", options: [.caseInsensitive])

    /// The declared charset label, lower-cased, or nil.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        if let bom = byteOrderMark(bytes) { return bom }
        let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self)
        let ns = head as NSString
        guard let re = declaration, let m = re.firstMatch(in: head, range: NSRange(location: 0, length: ns.length))
        else { return nil }
        return ns.substring(with: m.range(at: 1)).lowercased()
    }

    /// The charset a byte-order mark announces: `utf-8`, `utf-16le` or `utf-16be`.
    static func byteOrderMark(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "utf-8" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "utf-16le" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "utf-16be" }
        return nil
    }
}
