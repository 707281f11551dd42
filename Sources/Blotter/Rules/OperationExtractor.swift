/// Finds operation mentions. (first version pending)
enum OperationExtractor {
    static func extract(_ doc: TextDocument, _ context: ExtractionContext) -> [OperationRecord] { [] }
}
