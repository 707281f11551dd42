/// Finds place mentions. (first version pending)
enum PlaceExtractor {
    static func extract(_ doc: TextDocument, _ context: ExtractionContext) -> [PlaceRecord] { [] }
}
