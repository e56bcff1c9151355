import ArgumentParser
import GroupSlimKit

extension DecisionKind: ExpressibleByArgument {}

struct DecideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract: "Record what the office decided about a group, so later plans honor it.",
        discussion: """
            The decisions ledger lives in the database. Later `plan`, `report` and `audit` runs read it:

              groupslim decide g00012 keep --until 2027-06-30 --reason "防汛期间必须保留"
                  The owner certifies the group: it is kept and not proposed again before that day.
              groupslim decide g00022 dissolved [--date 2026-07-03]
              groupslim decide g00060 merged --into g00007 [--date 2026-07-03]
                  The proposal was carried out in the chat app. Follow-up reviews check that the
                  group fell silent (or vanished from a newer export) and flag it if people still post.
              groupslim decide g00033 reject --reason "人大代表联络，低频但必要"
                  The office disagrees: the group stays visible with this reason and is proposed
                  again only if new verdicts appear.
              groupslim decide --list
                  Every decision and what it means as of the latest data.

            --date defaults to the day of the analysis as-of (the latest message in the database),
            never today's date, so replaying the same commands gives the same ledger.
            """)

    @Argument(help: ArgumentHelp("The group's id as the export gave it (or platform:id).", valueName: "group"))
    var group: String?

    @Argument(help: ArgumentHelp("keep, dissolved, merged or reject.", valueName: "decision"))
    var decision: DecisionKind?

    @Option(help: ArgumentHelp("For merged: the surviving group.", valueName: "group"))
    var into: String?

    @Option(help: ArgumentHelp("The day the decision took effect (YYYY-MM-DD).", valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp("For keep: the last day the certification covers (YYYY-MM-DD).", valueName: "date"))
    var until: String?

    @Option(help: ArgumentHelp("Why (required for keep and reject).", valueName: "text"))
    var reason: String?

    @Flag(help: "List every decision and what it means at the analysis as-of.")
    var list = false

    @OptionGroup var options: AnalysisOptions

    func validate() throws {
        if list {
            if group != nil || decision != nil { throw ValidationError("--list takes no group or decision.") }
        } else if group == nil || decision == nil {
            throw ValidationError("Give a group and a decision (keep, dissolved, merged, reject), or --list.")
        }
    }

    func run() throws {
        let store = try options.openStore()
        let analysis = try options.analyze()
        let ledger = DecisionLedger(store: store)
        if list {
            print(DecisionRenderer.text(try ledger.all(), rulings: try ledger.rulings(for: analysis)))
            return
        }
        guard let group, let decision else { return }
        let recorded = try ledger.record(
            DecisionRequest(group: group, kind: decision, into: into, date: date, until: until, reason: reason),
            analysis: analysis)
        print(DecisionRenderer.line(recorded))
    }
}
