import Foundation

// libFuzzer entry point for every GroupSlim parser. One binary holds all targets so CI compiles
// the library once; `GROUPSLIM_FUZZ_TARGET` picks the parser. Each target states the property it
// checks beyond "does not crash": a parser either returns a well-formed result or throws a
// typed error, and a failed import leaves the store as it was.

private let target: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["GROUPSLIM_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        fatalError("set GROUPSLIM_FUZZ_TARGET to one of: \(names)")
    }
    return target
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func groupSlimFuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    target.run(bytes)
    return 0
}
