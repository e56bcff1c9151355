import Foundation
import GroupSlimKit

/// Where a command's output goes: standard output, or a file given with `--out`.
struct OutputDestination {
    let path: String?

    func write(_ text: String) throws {
        guard let path else {
            print(text, terminator: "")
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            throw ReportWriteError.cannotWrite(path: path, reason: error.localizedDescription)
        }
    }
}
