/// The plan as one Markdown document: summary, charts drawn with text, the plan by action,
/// merges with their cost, the most burdened people and the evidence per group. Everything
/// that comes from the data goes through ``MarkdownEscaper``.
public enum MarkdownReport {
    public static func render(_ context: ReportContext) -> String {
        let s = context.strings, plan = context.plan
        var out: [String] = []
        out.append("# " + s.text(.title))
        out.append("")
        out.append("> " + s.text(.dryRunBanner))
        out.append("")
        out.append(s.text(.asOf, context.asOfText) + " · " + s.text(.timeZone, e(plan.analysis.timeZone)) + " · "
                   + s.text(.windowNote, String(plan.activity.windowDays)))
        out.append("")
        out.append("## " + s.text(.sectionSummary))
        out.append("")
        out.append(contentsOf: table([s.text(.summaryMeasure), s.text(.summaryBefore) + " → " + s.text(.summaryAfter)],
                                     BurdenTable.rows(plan.burden, strings: s).map { $0.map(e) }))
        out.append("")
        if !context.trend.isEmpty {
            out.append("## " + s.text(.sectionTrend))
            out.append("")
            out.append(s.text(.trendNote))
            out.append("")
            out.append(contentsOf: table(TrendTable.header(s), TrendTable.rows(context.trend).map { $0.map(e) }))
            out.append("")
        }
        out.append("## " + s.text(.sectionCharts))
        out.append("")
        out.append(contentsOf: charts(context))
        out.append("## " + s.text(.sectionPlan))
        for action in PlanAction.allCases {
            let rows = context.rows.filter { $0.proposal.action == action }
            out.append("")
            out.append("### \(s.action(action)) (\(rows.count))")
            out.append("")
            if rows.isEmpty {
                out.append(s.text(.noGroups))
                continue
            }
            var header = [s.text(.columnGroup), s.text(.columnName), s.text(.columnOwnerUnit), s.text(.columnMembers),
                          s.text(.columnMessagesPerDay), s.text(.columnActivity), s.text(.columnVerdicts)]
            if action == .merge { header.append(s.text(.columnMergeInto)) }
            out.append(contentsOf: table(header, rows.map { row in
                var cells = [e(row.proposal.groupID), e(row.proposal.name), e(row.proposal.ownerUnit ?? "-"),
                             "\(row.group.signals.memberCount)", BurdenTable.oneDecimal(context.messagesPerDay(row.group)),
                             "`" + Sparkline.text(row.group.signals.messagesPerWindow) + "`", e(s.verdicts(row.proposal.verdicts))]
                if action == .merge { cells.append(e(row.proposal.mergeInto ?? "-")) }
                return cells
            }))
        }
        out.append("")
        out.append("## " + s.text(.sectionMerges))
        out.append("")
        if plan.clusters.isEmpty {
            out.append(s.text(.noGroups))
        } else {
            out.append(contentsOf: table(
                s.clusterHeaders(),
                plan.clusters.map { c in
                    let warning = s.clusterWarning(c)
                    return [e(c.survivor), e(c.merged.joined(separator: ", "))] + s.clusterFigures(c)
                        + [warning.isEmpty ? "" : "**" + warning + "**"]
                }))
        }
        out.append("")
        out.append("## " + s.text(.sectionBurdened))
        out.append("")
        out.append(contentsOf: table(
            [s.text(.columnPerson), s.text(.columnUnit), s.text(.columnGroupsBefore), s.text(.columnGroupsAfter),
             s.text(.columnReadBefore), s.text(.columnReadAfter)],
            plan.burden.mostBurdened.map { p in
                [e(p.name.map { "\($0) (\(p.personID))" } ?? p.personID), e(p.unit ?? "-"), "\(p.groupsBefore)", "\(p.groupsAfter)",
                 BurdenTable.oneDecimal(p.messagesPerWeekBefore), BurdenTable.oneDecimal(p.messagesPerWeekAfter)]
            }))
        out.append("")
        out.append("## " + s.text(.sectionEvidence))
        for row in context.proposalsWithEvidence {
            let target = row.proposal.mergeInto.map { " → " + e($0) } ?? ""
            out.append("")
            out.append("### \(e(row.proposal.groupID)) \(e(row.proposal.name)) — \(s.action(row.proposal.action))\(target)")
            out.append("")
            for reason in row.proposal.reasons { out.append("- " + e(s.reason(reason))) }
            if !row.proposal.membersAffected.isEmpty {
                out.append("- " + s.text(.columnMembersAffected) + ": \(row.proposal.membersAffected.count)")
            }
        }
        out.append("")
        out.append("## " + s.text(.sectionAbout))
        out.append("")
        out.append(s.text(.aboutText))
        out.append("")
        return out.joined(separator: "\n")
    }

    /// The charts as text: groups per member before/after, verdicts, busiest hours.
    private static func charts(_ context: ReportContext) -> [String] {
        let s = context.strings
        var out = ["**" + s.text(.chartGroupsPerMember) + "**", ""]
        let bins = context.groupsPerMemberBins
        let peak = max(1, (bins.before + bins.after).max() ?? 1)
        out.append(contentsOf: table(
            [s.text(.chartGroupsPerMemberAxis), s.text(.summaryBefore), s.text(.summaryAfter)],
            bins.labels.indices.map { i in
                [bins.labels[i], bar(bins.before[i], peak) + " \(Int(bins.before[i]))", bar(bins.after[i], peak) + " \(Int(bins.after[i]))"]
            }))
        out.append("")
        out.append("**" + s.text(.chartVerdicts) + "**")
        out.append("")
        let verdicts = context.verdictCounts
        let verdictPeak = Double(max(1, verdicts.map(\.count).max() ?? 1))
        out.append(contentsOf: table([s.text(.columnVerdicts), ""], verdicts.map { [e(s.verdict($0.verdict)), bar(Double($0.count), verdictPeak) + " \($0.count)"] }))
        out.append("")
        out.append("**" + s.text(.chartBusiestHours) + "**")
        out.append("")
        let hours = context.plan.activity.messagesByHour
        let hourPeak = Double(max(1, hours.max() ?? 1))
        out.append(contentsOf: table([s.text(.chartHourAxis), ""], hours.enumerated().map { hour, count in
            [TimeFormatting.pad(hour, 2) + ":00", bar(Double(count), hourPeak) + " \(count)"]
        }))
        out.append("")
        return out
    }

    private static func e(_ text: String) -> String { MarkdownEscaper.escape(text) }


    /// A bar of up to 20 full blocks.
    private static func bar(_ value: Double, _ peak: Double) -> String {
        String(repeating: "█", count: Int((value / peak * 20).rounded()))
    }

    /// A GitHub-style table; cells must already be escaped.
    private static func table(_ header: [String], _ rows: [[String]]) -> [String] {
        ["| " + header.joined(separator: " | ") + " |", "|" + header.map { _ in " --- |" }.joined()]
            + rows.map { "| " + $0.joined(separator: " | ") + " |" }
    }
}
