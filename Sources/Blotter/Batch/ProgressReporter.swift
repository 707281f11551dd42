import Foundation

/// Progress on stderr while a batch runs — files done/total, docs/s, ETA, errors so far —
/// redrawn at most four times a second, only when stderr is a terminal; and a one-line
/// summary at the end.
public final class ProgressReporter {
    private let live: Bool
    private let quiet: Bool
    private let total: Int?
    private let start = Date()
    private var lastDraw = Date.distantPast
    /// Inputs finished.
    public private(set) var done = 0
    /// Inputs that gave an error record.
    public private(set) var failed = 0

    /// `total` is nil when the number of inputs is not known up front (a JSON Lines stream).
    public init(total: Int?, quiet: Bool) {
        self.total = total
        self.quiet = quiet
        self.live = !quiet && isatty(STDERR_FILENO) == 1
    }

    /// Records one finished input.
    public func tick(failed isFailure: Bool) {
        done += 1
        if isFailure { failed += 1 }
        guard live, Date().timeIntervalSince(lastDraw) >= 0.25 else { return }
        lastDraw = Date()
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line()).utf8))
    }

    /// Clears the live line and prints the summary (unless quiet).
    public func finish() {
        if live { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        guard !quiet else { return }
        let secs = Date().timeIntervalSince(start)
        let rate = secs > 0 ? Double(done) / secs : 0
        let summary = "blotter: \(done) inputs, \(done - failed) records, \(failed) errors in \(String(format: "%.1f", secs)) s (\(String(format: "%.0f", rate)) docs/s)\n"
        FileHandle.standardError.write(Data(summary.utf8))
    }

    private func line() -> String {
        let secs = max(0.001, Date().timeIntervalSince(start))
        let rate = Double(done) / secs
        var s = total.map { "\(done)/\($0) files" } ?? "\(done) docs"
        s += String(format: " · %.0f docs/s", rate)
        if let total, rate > 0 {
            let left = Int(Double(total - done) / rate)
            s += String(format: " · ETA %d:%02d", left / 60, left % 60)
        }
        return s + " · \(failed) errors"
    }
}
