import Foundation

/// The whole of Blotter, top to bottom:
/// bytes → (format, decoded text) → article text → annotations → linked records.
public struct Pipeline: Sendable {
    /// `--published`: overrides the page's own date when set (`YYYY-MM-DD`).
    public var published: String?
    /// `--include-text`: put the cleaned text into `document.text`.
    public var includeText: Bool
    /// Bounds on one document (bytes, text, nesting, matches, time).
    public var limits: Limits

    /// Largest input accepted, in bytes.
    public var maxBytes: Int { limits.maxBytes }

    public init(published: String? = nil, includeText: Bool = false, maxBytes: Int = InputLoader.defaultMaxBytes, limits: Limits = Limits()) {
        self.published = published
        self.includeText = includeText
        self.limits = limits
        if maxBytes != InputLoader.defaultMaxBytes { self.limits.maxBytes = maxBytes }
    }

    /// Reads `path` (or stdin for `-`) and extracts its record.
    public func run(path: String) throws -> BlotterRecord {
        try run(bytes: InputLoader.load(path, maxBytes: maxBytes), source: path)
    }

    /// Extracts the record of one input's bytes. `format` skips sniffing when the caller knows
    /// it; `url` and `published` come from the caller's own metadata (a JSON line) and yield to
    /// `--published`.
    public func run(
        bytes: [UInt8], source: String, format knownFormat: InputFormat? = nil, url: String? = nil, published given: String? = nil
    ) throws -> BlotterRecord {
        let (format, article, warnings) = try self.article(bytes: bytes, source: source, format: knownFormat)
        var metadata = article.metadata
        if let url { metadata.url = url }
        if let p = published ?? given { metadata.published = p }
        var info = DocumentInfo(id: String(SHA256.hex(bytes).prefix(16)), source: source, format: format, metadata: metadata)
        if includeText { info.text = article.text }
        if info.language == nil { info.language = "en" }
        let doc = TextDocument(article.text, limits: limits)
        let annotations = extract(doc, published: metadata.published)
        if doc.timedOut {
            throw InputError(.timeout, source: source, "rules ran past the \(limits.timeout)-second limit for one document")
        }
        var allWarnings = warnings
        if !doc.limitedRules.isEmpty {
            let rules = doc.limitedRules.sorted().joined(separator: ", ")
            allWarnings.append(Diagnostic(code: "match_limit", message: "more than \(limits.maxMatchesPerRule) matches for a rule; the rest were dropped (\(rules))"))
        }
        return BlotterRecord(
            document: info, operations: annotations.operations, counts: annotations.counts,
            officers: annotations.officers, times: annotations.times, places: annotations.places,
            warnings: allWarnings)
    }

    /// Bytes → article text: sniff the format, decode, and for HTML keep the article body.
    public func article(bytes input: [UInt8], source: String, format knownFormat: InputFormat? = nil) throws -> (
        InputFormat, ArticleText, [Diagnostic]
    ) {
        let utf16 = TextDecoder.transcodeUTF16(input)
        var bytes = utf16 ?? input
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw InputError(.empty, source: source, bytes.isEmpty ? "is empty" : "holds only whitespace")
        }
        if let kind = BinarySignature.detect(bytes) {
            throw InputError(.notText, source: source, "is \(kind), not text or HTML")
        }
        var warnings: [Diagnostic] = []
        let hasNUL = bytes.withUnsafeBytes { raw in raw.baseAddress.map { memchr($0, 0, raw.count) != nil } ?? false }
        let nuls = hasNUL ? bytes.lazy.filter { $0 == 0 }.count : 0
        if nuls > 0, nuls * 100 < bytes.count {
            bytes.removeAll { $0 == 0 }
            warnings.append(Diagnostic(code: "nul_bytes", message: "\(nuls) NUL byte(s) dropped"))
        }
        let format = knownFormat ?? InputFormat.sniff(bytes)
        let declared = utf16 != nil ? "utf-8" : format == .html ? CharsetSniffer.declaredCharset(bytes) : nil
        guard let (decoded, decodeWarnings) = TextDecoder.decodeReporting(bytes, declared: declared) else {
            throw InputError(.notText, source: source, "holds binary data (NUL or control bytes), not text")
        }
        warnings += decodeWarnings
        if decoded.utf16.count > limits.maxTextLength {
            throw InputError(.textTooLong, source: source, "decoded text is longer than the \(limits.maxTextLength)-character limit")
        }
        let article: ArticleText
        switch format {
        case .html: article = try HTMLArticleExtractor.extract(html: decoded, source: source, maxDepth: limits.maxDepth)
        case .text: article = ArticleText(text: PlainText.normalise(decoded))
        }
        warnings += article.warnings
        if article.text.isEmpty {
            warnings.append(Diagnostic(code: "no_text", message: "no article text was found"))
        }
        return (format, article, warnings)
    }

    /// The extractors in order, then the linker that ties facts to operations.
    func extract(_ doc: TextDocument, published: String?) -> Annotations {
        let context = ExtractionContext(published: published, document: doc)
        var a = Annotations()
        doc.stage = "counts"
        a.counts = CountExtractor.extract(doc, context)
        doc.stage = "times"
        a.times = TimeExtractor.extract(doc, context)
        doc.stage = "officers"
        a.officers = OfficerExtractor.extract(doc, context)
        doc.stage = "places"
        a.places = PlaceExtractor.extract(doc, context)
        doc.stage = "operations"
        a.operations = OperationExtractor.extract(doc, context)
        doc.stage = "links"
        OperationLinker.link(&a, doc)
        return a
    }
}

/// What every extractor may know about the document besides its text.
public struct ExtractionContext: Sendable {
    /// Publication date `YYYY-MM-DD`, when known.
    public var published: String?
    /// Country the text appears to come from (`UK`, `US`, `IE`, `AU`, `NZ`, `CA`), for `$`
    /// and for reading numeric dates day-first or month-first.
    public var country: String?

    public init(published: String?, document: TextDocument) {
        self.published = published
        self.country = CountrySignals.guess(document)
    }
}

/// All the layers extracted from one text, before serialisation.
public struct Annotations: Sendable {
    public var operations: [OperationRecord] = []
    public var counts: [CountRecord] = []
    public var officers: [OfficerRecord] = []
    public var times: [TimeRecord] = []
    public var places: [PlaceRecord] = []
}
