import Foundation

/// Finds the charset a page declares: `<meta charset>`, `http-equiv` Content-Type or the
/// XML declaration, within the first 4 KB (as browsers' prescan does).
enum CharsetSniffer {
    private static let declaration = compilePattern(
        "(?:<meta[^>]{0,200}?charset\\s*=\\s*[\"']?|<\\?xml[^>]{0,100}?encoding\\s*=\\s*[\"'])([A-Za-z0-9._:-]{2,40})", caseInsensitive: true)

    /// The declared charset label, lower-cased, or nil.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self)
        let ns = head as NSString
        guard let m = declaration.firstMatch(in: head, range: NSRange(location: 0, length: ns.length)) else { return nil }
        return ns.substring(with: m.range(at: 1)).lowercased()
    }
}
