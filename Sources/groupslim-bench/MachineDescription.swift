import Foundation

/// The machine a run measured, named the way the README reports it.
struct MachineDescription: Codable {
    var cpu: String
    var cores: Int
    var memoryGiB: Int
    var sqlite3: String?

    static func current(sqlite3: String?) -> MachineDescription {
        MachineDescription(cpu: cpuModel(), cores: ProcessInfo.processInfo.activeProcessorCount,
                           memoryGiB: Int(ProcessInfo.processInfo.physicalMemory / 1_073_741_824), sqlite3: sqlite3)
    }

    var summary: String {
        "\(cpu), \(cores) cores, \(memoryGiB) GiB" + (sqlite3.map { "; sqlite3 \($0)" } ?? "; sqlite3 not installed")
    }

    /// The first "model name" of /proc/cpuinfo (Linux); the architecture elsewhere.
    private static func cpuModel() -> String {
        if let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
           let line = info.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
           let colon = line.firstIndex(of: ":") {
            return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        #if arch(x86_64)
        return "x86_64"
        #else
        return "arm64"
        #endif
    }
}
