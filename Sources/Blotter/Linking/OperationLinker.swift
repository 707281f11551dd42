import Foundation

/// Ties counts, times, places and officers to the operation the text attaches them to, and
/// records why, so a reviewer can judge each link:
/// - `same_sentence`: the sentence names the operation, or introduces the unnamed one, before
///   the fact ("Operation Target … resulted in more than 5,000 arrests");
/// - `pronoun`: the sentence opens with "It"/"This"/"They" and an operation is in focus
///   ("It resulted in 45 arrests" after "Operation Fusion");
/// - `definite_np`: "the operation", "the large-scale operation", "the drive", or the place an
///   unnamed operation was introduced with ("Part of Romford Road … was blocked off" after "a
///   lockdown of part of Romford Road"), while an operation is in focus;
/// - `nested`: an operation named "as part of the drive", or an unnamed one introduced in a
///   sentence about the operation in focus, becomes `part_of` that operation.
/// A fact in a sentence with none of these cues is left unlinked rather than guessed.
enum OperationLinker {
    static func link(_ a: inout Annotations, _ doc: TextDocument) {
        guard !a.operations.isEmpty else { return }
        let links = DiscourseFocus.sentenceLinks(&a.operations, doc)
        let ids = a.operations.map(\.id)
        func resolve(_ span: Span) -> (op: Int, why: String)? {
            guard let si = doc.sentenceIndex(at: span.start) else { return nil }
            return links[si].operation(at: span.start)
        }
        for i in a.counts.indices {
            guard let (k, why) = resolve(a.counts[i].span) else { continue }
            a.counts[i].operation = ids[k]
            a.counts[i].link = why
            a.operations[k].counts.append(a.counts[i].id)
        }
        for i in a.times.indices {
            guard let (k, why) = resolve(a.times[i].span) else { continue }
            a.times[i].operation = ids[k]
            a.times[i].link = why
            a.operations[k].times.append(a.times[i].id)
        }
        for p in a.places {
            for k in Set(p.mentions.compactMap { resolve($0)?.op }).sorted() where !a.operations[k].places.contains(p.id) {
                a.operations[k].places.append(p.id)
            }
        }
        for o in a.officers {
            for k in Set(o.mentions.compactMap { resolve($0)?.op }).sorted() where !a.operations[k].officers.contains(o.id) {
                a.operations[k].officers.append(o.id)
            }
        }
        OperationTargets.add(&a.operations, links, doc)
        OperationSummary.add(&a, doc)
    }
}
