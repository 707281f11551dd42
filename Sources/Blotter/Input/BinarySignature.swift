/// Recognises common binary formats by their magic bytes, to name them in the error.
enum BinarySignature {
    private static let signatures: [([UInt8], String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([0x47, 0x49, 0x46, 0x38], "a GIF image"),
        ([0x25, 0x50, 0x44, 0x46], "a PDF document"),
        ([0x1F, 0x8B], "gzip-compressed data"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "an ELF executable"),
        ([0x42, 0x5A, 0x68], "bzip2-compressed data"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz-compressed data"),
    ]

    /// A description of the format, or nil when the bytes do not start with a known signature.
    static func detect(_ bytes: [UInt8]) -> String? {
        signatures.first { bytes.starts(with: $0.0) }?.1
    }
}
