import ArgumentParser
import Foundation
import GroupSlimKit

/// Output formats of `groupslim plan`.
enum PlanOutputFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json
}

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Propose one action per group: dissolve, merge (into a named survivor), review or keep. A dry run.",
        discussion: """
            dissolve  a dead group (zombie or task-ended), whatever else it earned; a check-in-only group.
            merge     duplicate and overlapping groups fold into one surviving group: an overlapping \
            group into the nearest bigger group of its unit or purpose (never an all-staff or other \
            broad-audience group); duplicates into the one with the most substantive activity (then \
            an owner unit, then age, then size). Merges never chain. A merge is proposed only if it \
            removes more reading than it adds (merge_membership_weight per membership removed) and \
            adds at most merge_max_added_messages_per_person_week to anyone; the plan as a whole \
            never raises the median or mean weekly reading.
            review    a person decides: a live group whose verdicts point two ways, evidence within \
            borderline_margin of its threshold, protected groups that are dormant or alive only \
            with check-ins, a merge over the mega-group or burden limits (with its figures), or a \
            merge candidate whose partners all went elsewhere.
            keep      everything else.

            The plan also shows what it costs and saves: each merged group's size and expected \
            messages per day (cross-posted copies counted once), groups per member and messages per \
            member per week before and after, cross-posted copies and check-in demands removed.

            Nothing is executed. The only change to the database is a record of the plan (tables \
            plan_runs and plan_actions, with the member lists each action touches, for undo).

            Examples:
              groupslim plan                              # the table, in the data's language
              groupslim plan --format json --out plan.json
              groupslim plan --as-of 2026-06-30 --policy my-policy.json --lang en
            """)

    @OptionGroup var options: AnalysisOptions

    @Option(help: "Output format: text or json.")
    var format: PlanOutputFormat = .text

    @OptionGroup var output: ReportOutputOptions

    @OptionGroup var privacy: PseudonymOptions

    func run() throws {
        let store = try options.openStore()
        let analysis = try options.analyze(store)
        let recorded = try PlanBuilder().build(store, analysis: analysis)
        try PlanRecorder().record(recorded, into: store)
        let plan = try privacy.shareable(recorded, store: store)
        let language = output.language(for: plan)
        let text: String
        switch format {
        case .text: text = PlanTextRenderer.render(plan, language: language) + "\n"
        case .json: text = try PlanDocument(plan, language: language).json()
        }
        try output.write(text)
    }
}
