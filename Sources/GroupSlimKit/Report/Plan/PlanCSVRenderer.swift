/// The plan as CSV, one row per group, for Excel and WPS: UTF-8 with a BOM (so Excel on Chinese
/// Windows reads it as UTF-8), RFC 4180 quoting, and cells that start with `=`, `+`, `-` or `@`
/// defused against formula injection (``CSVWriter``).
public enum PlanCSVRenderer {
    public static func render(_ context: ReportContext) -> String {
        let s = context.strings
        var writer = CSVWriter(neutralizeFormulas: true)
        writer.appendRow([s.text(.columnGroup), s.text(.columnPlatform), s.text(.columnName), s.text(.columnOwnerUnit),
                          s.text(.columnAction), s.text(.columnMergeInto), s.text(.columnVerdicts), s.text(.columnMembers),
                          s.text(.columnMessagesPerDay), s.text(.columnLastSubstantive), s.text(.columnMembersAffected),
                          s.text(.columnReasons), s.text(.columnAddedPerWeek), s.text(.columnRemovedPerWeek),
                          s.text(.columnMembershipsRemoved), s.text(.columnMaxAddedPerPerson)])
        let separator = context.language == .zh ? "；" : "; "
        // The proposed merge each row belongs to (as survivor or merged group): its figures.
        let merges = context.plan.proposedMerges
        for row in context.rows {
            let p = row.proposal
            let cluster = merges[p.mergeInto ?? p.groupID]
            let figures = cluster.map {
                [Measure.decimal($0.addedMessagesPerWeek, places: 1), Measure.decimal($0.removedMessagesPerWeek, places: 1),
                 "\($0.membershipsRemoved)", Measure.decimal($0.maxAddedPerPersonWeek, places: 1)]
            } ?? ["", "", "", ""]
            writer.appendRow([
                p.groupID, p.platform, p.name, p.ownerUnit ?? "", s.action(p.action), p.mergeInto ?? "",
                s.verdicts(p.verdicts), "\(row.group.signals.memberCount)",
                Measure.decimal(context.messagesPerDay(row.group), places: 2), context.lastSubstantive(row.group),
                "\(p.membersAffected.count)", p.reasons.map(s.reason).joined(separator: separator),
            ] + figures)
        }
        return "\u{FEFF}" + writer.output
    }
}
