import Foundation

/// Text and JSON for the follow-up review commands (`history`, `diff`). Times are shown in the
/// analysis zone, so the same database prints the same lines everywhere.
public enum ReviewRenderer {
    public static func history(_ runs: [PlanRun], zone: TimeZone) -> String {
        guard !runs.isEmpty else {
            return "No plan recorded yet. `groupslim audit PATH --out DIR` (or `groupslim plan`) records one per run."
        }
        let header = ["run", "as of", "groups", "after", "dissolve", "merge", "review", "keep", "policy", "imports"]
        let rows = runs.map { run in
            [String(run.id), TimeFormatting.date(run.asOf, zone: zone), String(run.groupsBefore), String(run.groupsAfter),
             String(run.actions["dissolve"] ?? 0), String(run.actions["merge"] ?? 0), String(run.actions["review"] ?? 0),
             String(run.actions["keep"] ?? 0), String(run.policyHash.prefix(8)),
             run.importRuns.map(String.init).joined(separator: ",")]
        }
        return TextTable.render(header: header, rows: rows).joined(separator: "\n")
    }

    public static func diff(_ diff: RunDiff, zone: TimeZone) -> String {
        let from = TimeFormatting.date(diff.from.asOf, zone: zone)
        let to = TimeFormatting.date(diff.to.asOf, zone: zone)
        var lines = ["Follow-up review: run \(diff.from.id) (\(from)) → run \(diff.to.id) (\(to))"]
        lines.append("Groups: \(diff.from.groupsBefore) → \(diff.to.groupsBefore); "
            + "proposals of run \(diff.from.id): \(diff.count(.carriedOut)) carried out, \(diff.count(.notCarriedOut)) not yet, "
            + "\(diff.count(.overdue)) overdue, \(diff.count(.declined)) kept by the office")
        if diff.from.policyHash != diff.to.policyHash {
            lines.append("Note: the policy changed between the runs (\(diff.from.policyHash.prefix(8)) → \(diff.to.policyHash.prefix(8))); some verdicts may differ for that reason.")
        }
        func section(_ title: String, _ items: [String]) {
            lines.append("")
            lines.append("\(title) (\(items.count))")
            lines.append(contentsOf: items.isEmpty ? ["  none"] : items.map { "  " + $0 })
        }
        section("New groups", diff.newGroups.map { "\($0.group)  \($0.name)" })
        section("Vanished groups", diff.vanishedGroups.map { "\($0.group)  \($0.name)" })
        section("Changed verdicts", diff.changedVerdicts.map {
            "\($0.group)  \($0.name): \(list($0.before)) → \(list($0.after))"
        })
        section("Plan progress", diff.progress.map { item in
            let action = item.proposed + (item.mergeInto.map { " into \($0)" } ?? "")
            let evidence = item.gone ? "gone from the newer export" : item.messagesSince == 0 ? "silent since" : "\(item.messagesSince) messages since"
            return "\(item.state.rawValue.padding(toLength: 16, withPad: " ", startingAt: 0))\(item.group)  \(item.name): \(action); \(evidence)"
        })
        section("Rebounds", diff.rebounds.map { "\($0.group)  \($0.name): \($0.summary)" })
        return lines.joined(separator: "\n")
    }

    public static func json<T: Encodable>(_ value: T) throws -> String {
        try StableJSON.text(value)
    }

    private static func list(_ verdicts: [String]) -> String { verdicts.isEmpty ? "none" : verdicts.joined(separator: ", ") }
}
