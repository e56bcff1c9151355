import Foundation
import GroupSlimKit
#if canImport(Glibc)
import Glibc
#endif

/// Shows records, MB/s and an ETA on one rewritten stderr line, only when stderr is a terminal
/// (a log file or a pipe gets no carriage-return noise).
///
/// The rate is measured between consecutive reports (every 50,000 records), so it shows how
/// fast the current file goes now rather than an average diluted by earlier, slower files.
/// Reports may come from the importer's reader thread, hence the lock.
final class ProgressPrinter: Sendable {
    let isEnabled: Bool
    private let meter = RateMeter()

    init() {
        isEnabled = isatty(STDERR_FILENO) != 0
    }

    var report: @Sendable (ImportProgress) -> Void {
        { [meter] progress in
            let rate = meter.megabytesPerSecond(progress)
            var line = "\(progress.file): \(progress.records) records, \(String(format: "%.1f", rate)) MB/s"
            if progress.totalBytes > progress.bytesRead, rate > 0 {
                let remaining = Double(progress.totalBytes - progress.bytesRead) / 1_048_576 / rate
                line += ", ETA \(Int(remaining.rounded()))s"
            }
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        }
    }

    func clear() {
        if isEnabled { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    /// MB/s since the previous report: of the same file, or, for a file's first report, since the
    /// previous file's last report (or the start).
    ///
    /// `@unchecked Sendable`: the stored properties are only touched with `lock` held.
    private final class RateMeter: @unchecked Sendable {
        private let lock = NSLock()
        private var file = ""
        private var bytes = 0
        private var time = Date()

        func megabytesPerSecond(_ progress: ImportProgress) -> Double {
            lock.lock()
            defer { lock.unlock() }
            let now = Date()
            let previousBytes = progress.file == file ? bytes : 0
            let rate = Double(max(progress.bytesRead - previousBytes, 0)) / max(now.timeIntervalSince(time), 0.001) / 1_048_576
            file = progress.file
            bytes = progress.bytesRead
            time = now
            return rate
        }
    }
}
