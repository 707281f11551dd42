/// Normalises plain-text input as little as possible, so that spans also point into the file
/// as Python reads it in text mode: a leading BOM is removed and `\r\n` / `\r` become `\n`.
enum PlainText {
    static func normalise(_ s: String) -> String {
        var text = s
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.contains("\r") {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return text
    }
}
