import Blotter
import FuzzDriver

private let runner = BatchRunner(pipeline: Pipeline(), jobs: 1)

/// libFuzzer entry: any bytes as one line of a JSON Lines batch input. Every line must give
/// a record or an error record, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let line = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let result = runner.process(.jsonLine(file: "fuzz", line: 1, content: line))
    precondition(!result.output.isEmpty, "no output for a JSON line")
    return 0
}

/// The process entry SwiftPM links as `main`; it runs libFuzzer's driver.
@_cdecl("FuzzJSONL_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    blotter_fuzz_main(argc, argv)
}
