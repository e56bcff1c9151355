import ArgumentParser
import GroupSlimKit

struct PolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "Print the effective analysis policy (defaults filled in) as JSON.",
        discussion: """
            Save the output, edit the thresholds you want to change, delete the rest, and pass the \
            file with --policy to analyze, explain and later commands. Unknown keys are refused so a \
            typo cannot silently keep a default.
            """)

    @Option(help: ArgumentHelp("A policy file to check and show with defaults filled in.", valueName: "file"))
    var policy: String?

    func run() throws {
        let effective = try policy.map(AnalysisPolicy.load(path:)) ?? AnalysisPolicy()
        print(try effective.json())
    }
}
