import ArgumentParser
import Foundation
import GroupSlimKit

struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Write a generated district in the canonical format (for trying GroupSlim and for benchmarks).",
        discussion: """
            The district has groups of every kind a cleanup looks for (zombies, ended phase tasks, \
            duplicates, overlapping sub-groups, check-in-only groups, protected quiet groups) and the \
            hard cases that must not be flagged. The same --seed always writes the same files; \
            truth.json lists what was planted.
            """)

    @Option(help: ArgumentHelp("Folder to write groups.csv, members.csv, messages.csv, people.csv and truth.json into.",
                               valueName: "dir"))
    var out: String

    @Option(help: "Number of groups.")
    var groups: Int = 80

    @Option(help: "Seed for the generator; the same seed gives the same district.")
    var seed: UInt64 = 1

    @Option(help: "Average messages per group (default: the generator's realistic mix).")
    var messagesPerGroup: Int?

    func validate() throws {
        if groups < 1 { throw ValidationError("--groups must be at least 1.") }
        if let messagesPerGroup, messagesPerGroup < 1 { throw ValidationError("--messages-per-group must be at least 1.") }
    }

    func run() throws {
        let options = SampleDistrictOptions(groups: groups, seed: seed, messagesPerGroup: messagesPerGroup)
        let url = URL(fileURLWithPath: out)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let truth = try SampleDistrictGenerator(options: options).write(to: url)
        print("Wrote \(out): \(truth.groups) groups, \(truth.people) people, \(truth.memberships) memberships, \(truth.messages) messages (seed \(truth.seed)).")
    }
}
