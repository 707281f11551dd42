import Blotter
import FuzzDriver

/// libFuzzer entry: any bytes through the whole pipeline as an HTML page.
/// Thrown `InputError`s are expected answers; only crashes, hangs and leaks are findings.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? Pipeline().run(bytes: bytes, source: "fuzz", format: .html)
    return 0
}

/// The process entry SwiftPM links as `main`; it runs libFuzzer's driver.
@_cdecl("FuzzHTML_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    blotter_fuzz_main(argc, argv)
}
