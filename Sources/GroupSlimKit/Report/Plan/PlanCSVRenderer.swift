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
                          s.text(.columnReasons)])
        let separator = context.language == .zh ? "；" : "; "
        for row in context.rows {
            let p = row.proposal
            writer.appendRow([
                p.groupID, p.platform, p.name, p.ownerUnit ?? "", s.action(p.action), p.mergeInto ?? "",
                s.verdicts(p.verdicts), "\(row.group.signals.memberCount)",
                Measure.decimal(context.messagesPerDay(row.group), places: 2), context.lastSubstantive(row.group),
                "\(p.membersAffected.count)", p.reasons.map(s.reason).joined(separator: separator),
            ])
        }
        return "\u{FEFF}" + writer.output
    }
}
