/// Finds time mentions. (first version pending)
enum TimeExtractor {
    static func extract(_ doc: TextDocument, _ context: ExtractionContext) -> [TimeRecord] { [] }
}
