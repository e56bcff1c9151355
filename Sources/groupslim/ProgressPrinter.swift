import Foundation
import GroupSlimKit
#if canImport(Glibc)
import Glibc
#endif

/// Shows records, MB/s and an ETA on one rewritten stderr line, only when stderr is a terminal
/// (a log file or a pipe gets no carriage-return noise).
final class ProgressPrinter: Sendable {
    let isEnabled: Bool
    private let start = Date()

    init() {
        isEnabled = isatty(STDERR_FILENO) != 0
    }

    var report: @Sendable (ImportProgress) -> Void {
        { [start] progress in
            let elapsed = max(Date().timeIntervalSince(start), 0.001)
            let rate = Double(progress.bytesRead) / elapsed / 1_048_576
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
}
