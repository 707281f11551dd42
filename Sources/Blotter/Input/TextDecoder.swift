import Foundation

/// Turns bytes into a Swift string: BOM first, then a declared charset when there is one,
/// then UTF-8, falling back to Windows-1252 when the bytes are not valid UTF-8.
public enum TextDecoder {
    /// Decodes `bytes`; `declared` is a charset label found in the page (e.g. `iso-8859-1`).
    /// Returns nil when the bytes do not look like text at all (NULs, control bytes).
    public static func decode(_ bytes: [UInt8], declared: String? = nil) -> String? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return String(decoding: bytes.dropFirst(3), as: UTF8.self)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return String(data: Data(bytes.dropFirst(2)), encoding: .utf16LittleEndian) }
        if bytes.starts(with: [0xFE, 0xFF]) { return String(data: Data(bytes.dropFirst(2)), encoding: .utf16BigEndian) }
        guard looksLikeText(bytes) else { return nil }
        if let label = declared, let enc = encoding(forLabel: label), enc != .utf8,
            let s = String(data: Data(bytes), encoding: enc)
        {
            return s
        }
        if let s = String(validating: bytes, as: UTF8.self) { return s }
        return String(data: Data(bytes), encoding: .windowsCP1252) ?? String(decoding: bytes, as: UTF8.self)
    }

    /// Maps a WHATWG charset label to a Foundation encoding; Latin-1 labels decode as
    /// Windows-1252, as browsers do.
    public static func encoding(forLabel label: String) -> String.Encoding? {
        switch label.lowercased().trimmingCharacters(in: .whitespacesAndNewlines) {
        case "utf-8", "utf8", "unicode-1-1-utf-8": return .utf8
        case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1",
            "us-ascii", "ascii", "iso_8859-1", "iso-8859-15", "iso8859-15", "latin-9":
            return .windowsCP1252
        case "utf-16le": return .utf16LittleEndian
        case "utf-16be": return .utf16BigEndian
        case "utf-16": return .utf16
        case "windows-1251", "cp1251": return .windowsCP1251
        case "windows-1250", "cp1250": return .windowsCP1250
        case "iso-8859-2", "latin2": return .isoLatin2
        case "shift_jis", "sjis": return .shiftJIS
        case "euc-jp": return .japaneseEUC
        default: return nil
        }
    }

    /// False for binary data: NUL bytes, or many control bytes other than tab, CR, LF, FF.
    static func looksLikeText(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        if sample.isEmpty { return true }
        var controls = 0
        for b in sample {
            if b == 0 { return false }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B { controls += 1 }
        }
        return controls * 100 < sample.count  // under 1 %
    }
}
