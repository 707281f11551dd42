/// Finds count mentions. (first version pending)
enum CountExtractor {
    static func extract(_ doc: TextDocument, _ context: ExtractionContext) -> [CountRecord] { [] }
}
