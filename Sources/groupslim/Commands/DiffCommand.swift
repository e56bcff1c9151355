import ArgumentParser
import GroupSlimKit

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Follow-up review (回头看): compare two recorded plans.",
        discussion: """
            Reports new and vanished groups, changed verdicts, and the progress of the earlier plan: \
            each dissolve or merge proposal is carried out (the group is gone from the newer export, \
            or silent since), not carried out, or overdue (still active follow_up_days after the plan). \
            Also lists rebounds: new groups regrowing groups recorded as dissolved or merged \
            (`groupslim decide`). Default: the last two recorded plans (`groupslim history`).
            """)

    @Option(help: ArgumentHelp("The earlier recorded plan (default: the one before --to).", valueName: "run"))
    var from: Int64?

    @Option(help: ArgumentHelp("The later recorded plan (default: the last).", valueName: "run"))
    var to: Int64?

    @Flag(help: "Print JSON instead of text.")
    var json = false

    @OptionGroup var options: AnalysisOptions

    func run() throws {
        let store = try options.openStore()
        let policy = try options.loadPolicy()
        let analysis = try options.analyze()
        let rebounds = ReboundDetector(policy: policy).detect(analysis, decisions: try DecisionLedger(store: store).all())
        let diff = try RunDiffer(store: store, policy: policy).diff(from: from, to: to, rebounds: rebounds)
        if json {
            print(try ReviewRenderer.json(diff))
        } else {
            print(ReviewRenderer.diff(diff, zone: try Analyzer.analysisZone(store, policy: policy)))
        }
    }
}
