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

    /// Decodes `bytes` (no BOM-less UTF-16: see ``transcodeUTF16(_:)``) and says what it had to
    /// guess: `invalid_utf8` when a UTF-8 page holds broken sequences (each becomes U+FFFD),
    /// `charset_mismatch` when the page declares one charset but is plainly in another, and
    /// `charset_fallback` when undeclared bytes are not UTF-8. Nil for binary data.
    static func decodeReporting(_ bytes: [UInt8], declared: String?) -> (text: String, warnings: [Diagnostic])? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return decode(bytes, declared: declared).map { ($0, []) }
        }
        guard looksLikeText(bytes) else { return nil }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        let valid = String(validating: body, as: UTF8.self)
        let label = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? "utf-8" : declared
        let enc = label.flatMap(encoding(forLabel:))
        if let label, let enc, enc != .utf8 {
            if let valid, body.contains(where: { $0 >= 0x80 }) {
                let message = "declares \(label) but is valid UTF-8; read as UTF-8"
                return (valid, [Diagnostic(code: "charset_mismatch", message: message)])
            }
            if let s = String(data: Data(body), encoding: enc) { return (s, []) }
        }
        if let valid { return (valid, []) }
        let lossy = String(decoding: body, as: UTF8.self)
        if enc == .utf8 {
            let replaced = lossy.unicodeScalars.lazy.filter { $0 == "\u{FFFD}" }.count
            let decodedNonASCII = lossy.unicodeScalars.lazy.filter { $0.value >= 0x80 && $0 != "\u{FFFD}" }.count
            if decodedNonASCII > 0 {
                let message = "declares UTF-8; \(replaced) invalid byte sequence(s) replaced by U+FFFD"
                return (lossy, [Diagnostic(code: "invalid_utf8", message: message)])
            }
            let cp1252 = String(data: Data(body), encoding: .windowsCP1252) ?? lossy
            return (cp1252, [Diagnostic(code: "charset_mismatch", message: "declares UTF-8 but is not; read as Windows-1252")])
        }
        let cp1252 = String(data: Data(body), encoding: .windowsCP1252) ?? lossy
        return (cp1252, [Diagnostic(code: "charset_fallback", message: "not valid UTF-8; decoded as Windows-1252")])
    }

    /// UTF-16 input, with a byte-order mark or without one (recognised by the NUL byte beside
    /// every ASCII character), as UTF-8 bytes without a BOM; nil for anything else.
    static func transcodeUTF16(_ bytes: [UInt8]) -> [UInt8]? {
        var encoding: String.Encoding?
        var body = bytes[...]
        if bytes.starts(with: [0xFF, 0xFE]) {
            (encoding, body) = (.utf16LittleEndian, bytes.dropFirst(2))
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            (encoding, body) = (.utf16BigEndian, bytes.dropFirst(2))
        } else {
            let sample = Array(bytes.prefix(4096))
            let pairs = sample.count / 2
            guard pairs >= 8 else { return nil }
            var zeroEven = 0
            var zeroOdd = 0
            for i in 0..<pairs {
                if sample[2 * i] == 0 { zeroEven += 1 }
                if sample[2 * i + 1] == 0 { zeroOdd += 1 }
            }
            if zeroOdd * 10 >= pairs * 7, zeroEven * 20 < pairs { encoding = .utf16LittleEndian }
            if zeroEven * 10 >= pairs * 7, zeroOdd * 20 < pairs { encoding = .utf16BigEndian }
        }
        guard let encoding, body.count % 2 == 0, let s = String(data: Data(body), encoding: encoding) else { return nil }
        return Array(s.utf8)
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
