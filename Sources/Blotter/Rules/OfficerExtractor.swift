/// Finds officer mentions. (first version pending)
enum OfficerExtractor {
    static func extract(_ doc: TextDocument, _ context: ExtractionContext) -> [OfficerRecord] { [] }
}
