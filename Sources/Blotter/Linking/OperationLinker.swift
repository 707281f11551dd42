/// Ties counts, times, places and officers to the operation the text attaches them to.
enum OperationLinker {
    static func link(_ a: inout Annotations, _ doc: TextDocument) {}
}
