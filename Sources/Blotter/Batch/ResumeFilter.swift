/// Drops the inputs an earlier run already wrote: the first inputs while they match the
/// earlier lines in order (the usual case: output is in input order); if the inputs differ
/// from what was written, any input whose source was already written.
public struct ResumeFilter<Base: Sequence>: Sequence where Base.Element == BatchInput {
    let base: Base
    let sources: [String]

    public init(_ base: Base, alreadyWritten sources: [String]) {
        self.base = base
        self.sources = sources
    }

    public func makeIterator() -> Iterator { Iterator(base: base.makeIterator(), sources: sources, seen: Set(sources)) }

    public struct Iterator: IteratorProtocol {
        var base: Base.Iterator
        let sources: [String]
        let seen: Set<String>
        var index = 0
        var inOrder = true

        public mutating func next() -> BatchInput? {
            while let input = base.next() {
                if inOrder, index == sources.count { return input }  // the written prefix is done
                let source = input.source
                if inOrder, sources[index] == source {
                    index += 1
                    continue
                }
                inOrder = false
                if seen.contains(source) { continue }
                return input
            }
            return nil
        }
    }
}
