import Foundation

/// `groupslim plan` as text: the dry-run banner on the first line, one row per group, the
/// merges with their cost, and the before/after summary.
public enum PlanTextRenderer {
    public static func render(_ plan: CleanupPlan, language: ReportLanguage) -> String {
        let s = language.strings
        let zone = plan.analysis.zone
        let counts = plan.actionCounts
        let actions = PlanAction.allCases.map { "\(s.action($0)) \(counts[$0, default: 0])" }.joined(separator: ", ")
        var lines = [
            s.text(.dryRunBanner),
            s.text(.asOf, TimeFormatting.iso(plan.asOf, zone: zone)) + " — \(s.text(.summaryGroups)) \(plan.proposals.count): \(actions)",
        ]
        let header = [s.text(.columnGroup), s.text(.columnName), s.text(.columnAction), s.text(.columnMergeInto),
                      s.text(.columnVerdicts), s.text(.columnMembersAffected)]
        let rows = plan.proposals.map { p in
            [p.groupID, p.name, s.action(p.action), p.mergeInto ?? "-", s.verdicts(p.verdicts), "\(p.membersAffected.count)"]
        }
        lines.append(contentsOf: TextTable.render(header: header, rows: rows))
        let explained = plan.proposals.filter { $0.action != .keep || $0.reasons.first?.code == "absorbs" }
        if !explained.isEmpty {
            lines.append("")
            lines.append(s.text(.columnReasons))
            for proposal in explained {
                lines.append("  \(proposal.groupID) \(s.action(proposal.action)): " + (proposal.reasons.first.map(s.reason) ?? ""))
            }
        }
        if !plan.clusters.isEmpty {
            lines.append("")
            lines.append(s.text(.sectionMerges))
            for cluster in plan.clusters {
                var line = "  \(cluster.survivor) ← \(cluster.merged.joined(separator: ", ")): "
                    + "\(s.text(.columnMergedMembers)) \(cluster.mergedMembers), "
                    + "\(s.text(.columnExpectedPerDay)) \(Measure.decimal(cluster.expectedMessagesPerDay, places: 1)) "
                    + "(\(s.text(.columnSummedPerDay)) \(Measure.decimal(cluster.summedMessagesPerDay, places: 1)), "
                    + "\(s.text(.columnCollapsed)) \(cluster.collapsedCrossPosts)); "
                    + "\(s.text(.columnAddedPerWeek)) \(Measure.decimal(cluster.addedMessagesPerWeek, places: 1)), "
                    + "\(s.text(.columnRemovedPerWeek)) \(Measure.decimal(cluster.removedMessagesPerWeek, places: 1)), "
                    + "\(s.text(.columnMembershipsRemoved)) \(cluster.membershipsRemoved), "
                    + "\(s.text(.columnMaxAddedPerPerson)) \(Measure.decimal(cluster.maxAddedPerPersonWeek, places: 1))"
                let warning = s.clusterWarning(cluster)
                if !warning.isEmpty { line += " — \(warning)" }
                lines.append(line)
            }
        }
        lines.append("")
        lines.append(s.text(.sectionSummary))
        lines.append(contentsOf: BurdenTable.rows(plan.burden, strings: s).map { "  " + $0.joined(separator: ": ") })
        return lines.joined(separator: "\n")
    }
}
