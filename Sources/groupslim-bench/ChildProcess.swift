import Foundation

/// Runs a peer program (the `sqlite3` shell, Python) as a baseline, with its wall time and peak
/// resident size (from `wait4`), its output going to a log file beside the work.
struct ChildProcess {
    struct Outcome {
        var seconds: Double
        var peakMiB: Double
        var exitStatus: Int32
    }

    enum Failure: Error, CustomStringConvertible {
        case cannotStart(program: String, code: Int32)
        case failed(program: String, status: Int32, log: String?)

        var description: String {
            switch self {
            case .cannotStart(let program, let code):
                return "cannot start \(program) (error \(code)); is it installed and on PATH?"
            case .failed(let program, let status, let log):
                return "\(program) exited with status \(status)" + (log.map { "; see \($0)" } ?? "")
            }
        }
    }

    /// Finds `name` on PATH, like a shell would.
    static func locate(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs `program` with `arguments`, stdout and stderr appended to `log` (or this process's
    /// own when `nil`); throws when it cannot start or exits non-zero.
    ///
    /// The peak is the child's own only when this process is small: Linux carries the
    /// spawning process's high-water mark into the child's `ru_maxrss` (posix_spawn shares the
    /// parent's memory until `exec`). The bench's parent process stays small for that reason.
    static func run(_ program: String, _ arguments: [String], log: String?) throws -> Outcome {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if let log {
            posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_APPEND, 0o644)
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        }
        let argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let code = posix_spawnp(&pid, program, &actions, nil, argv, environ)
        guard code == 0 else { throw Failure.cannotStart(program: program, code: code) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        guard exitStatus == 0 else { throw Failure.failed(program: program, status: exitStatus, log: log) }
        return Outcome(seconds: seconds, peakMiB: Double(usage.ru_maxrss) / 1024, exitStatus: exitStatus)
    }
}
