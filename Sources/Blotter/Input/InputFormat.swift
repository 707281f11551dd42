/// Whether an input is an HTML page or plain text, decided from its content.
public enum InputFormat: String, Sendable, Codable {
    case html
    case text

    /// Sniffs the first few kilobytes: a doctype, `<html>`, `<head>`, `<body>` or a run of
    /// common block tags makes it HTML; a file named `.html` that holds prose stays text.
    public static func sniff(_ bytes: [UInt8]) -> InputFormat {
        let head = bytes.prefix(4096)
        // Lower-case ASCII view; other bytes become spaces (UTF-16 pages are decoded first).
        let s = String(decoding: head.map { ($0 >= 0x41 && $0 <= 0x5A) ? $0 + 32 : ($0 < 0x80 ? $0 : 0x20) }, as: UTF8.self)
        let trimmed = s.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\u{FEFF}" }
        for opener in ["<!doctype html", "<html", "<head", "<body", "<?xml", "<!--"] where trimmed.hasPrefix(opener) {
            return .html
        }
        if s.contains("<html") || s.contains("<body") || s.contains("<!doctype html") { return .html }
        var tags = 0
        for tag in ["<p>", "<p ", "<div", "</p>", "</div>", "<br", "<meta ", "<title>", "<article", "<span"] {
            tags += s.components(separatedBy: tag).count - 1
        }
        return tags >= 3 && trimmed.hasPrefix("<") ? .html : (tags >= 6 ? .html : .text)
    }
}
