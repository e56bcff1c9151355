import ArgumentParser
import GroupSlimKit

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List the recorded plans: as-of, groups before/after, actions, policy and imports of each.",
        discussion: """
            Every `plan` and `audit` run records its plan (an identical rerun is recorded once). \
            `groupslim diff` compares two of them; by default the last two.
            """)

    @OptionGroup var options: AnalysisOptions

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() throws {
        let store = try options.openStore()
        let runs = try PlanHistory(store: store).runs()
        if json {
            print(try ReviewRenderer.json(runs))
        } else {
            print(ReviewRenderer.history(runs, zone: try Analyzer.analysisZone(store, policy: try options.loadPolicy())))
        }
    }
}
