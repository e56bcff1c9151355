import ArgumentParser
import GroupSlimKit

extension AnalysisFormat: ExpressibleByArgument {}

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Measure every group and list its verdicts.",
        discussion: """
            Verdicts: zombie (no substantive message for zombie_days), task-ended (a phase task that \
            is over), duplicate (nearly the same members and the same work: a re-creation mark, a \
            shared purpose tag or the same purpose in the name; a study or canteen group of the same \
            people is not one), overlapping (its members are almost all inside a bigger group of the \
            same unit or purpose that is not an all-staff or other broad-audience group), \
            check-in-only (beyond "收到" replies, almost everything is check-ins, roll-calls and \
            scene photos; such a group is not also a zombie). Modifiers: protected (marked, exempted, \
            or an emergency/duty word in its name, tags or channel purpose: protected_words), too-new \
            (not judged yet). Forwarded notices are evidence shown, never the reason for a merge verdict.

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
