import Foundation

/// Peak resident memory of this process, scoped to one measured section.
///
/// Linux keeps the high-water mark in `VmHWM` of /proc/self/status, and writing `5` to
/// /proc/self/clear_refs resets it to the current resident size, so each benchmark reports its
/// own peak rather than the largest of all that ran before. Where that is not possible the
/// process-lifetime peak from `getrusage` is reported, and ``isScoped`` says so.
enum PeakMemory {
    /// Resets the high-water mark; returns whether the reset worked.
    @discardableResult
    static func reset() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: Data("5".utf8))
            return true
        } catch {
            return false
        }
    }

    /// The peak resident size since the last ``reset()``, in MiB.
    static func peakMiB() -> Double {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
           let kilobytes = Double(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") {
            return kilobytes / 1024
        }
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// Runs `body`, returning its result with the peak resident size it reached.
    static func measure<T>(_ body: () throws -> T) rethrows -> (result: T, peakMiB: Double) {
        reset()
        let result = try body()
        return (result, peakMiB())
    }
}
