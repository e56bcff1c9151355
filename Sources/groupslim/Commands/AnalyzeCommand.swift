import ArgumentParser
import GroupSlimKit

extension AnalysisFormat: ExpressibleByArgument {}

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Measure every group and list its verdicts.",
        discussion: """
            Verdicts: zombie (no substantive message for zombie_days), task-ended (a phase task that \
            is over), duplicate (nearly the same members and purpose as another group), overlapping \
            (its members are almost all inside a bigger group of the same unit or purpose), \
            check-in-only (beyond "收到" replies, almost everything is check-ins, roll-calls and \
            scene photos). Modifiers: protected (never proposed), too-new (not judged yet).

            Every threshold is in the policy (`groupslim policy` prints it; --policy FILE overrides \
            it). `groupslim explain ID` shows the evidence for one group.
            """)

    @OptionGroup var options: AnalysisOptions

    @Option(help: "Output format: table, json or csv.")
    var format: AnalysisFormat = .table

    func run() throws {
        let result = try options.analyze()
        print(try AnalysisRenderer.render(result, as: format))
    }
}
