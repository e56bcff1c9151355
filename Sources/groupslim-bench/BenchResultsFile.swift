import Foundation

/// The JSON written after a run: the machine, the command's options and every row, so runs on
/// different machines or days can be compared by script.
struct BenchResultsFile: Codable {
    var machine: MachineDescription
    var mode: String
    var rows: [BenchRow]

    func write(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(self).write(to: URL(fileURLWithPath: path))
    }
}
