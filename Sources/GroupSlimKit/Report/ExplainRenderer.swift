import Foundation

/// `groupslim explain GROUP`: every signal next to its threshold, and one sentence per verdict
/// saying why the group got it or did not.
public enum ExplainRenderer {
    public static func text(_ group: GroupAnalysis, in result: AnalysisResult) -> String {
        let zone = TimeZone(identifier: result.timeZone) ?? TimeZone(identifier: "UTC")!
        let p = group.profile, s = group.signals
        func date(_ value: Int64?) -> String { value.map { TimeFormatting.iso($0, zone: zone) } ?? "none" }
        var lines = [
            "\(p.name)  [\(p.qualifiedID)]",
            "as of \(TimeFormatting.iso(result.asOf, zone: zone))",
            "owner unit: \(p.ownerUnit ?? "unknown")   tags: \(p.tags.isEmpty ? "none" : p.tags.joined(separator: ", "))"
                + "   protected: \(p.isProtected ? "yes" : "no")" + (p.taskEnd.map { "   task end: \($0)" } ?? ""),
            "verdicts: \(group.verdicts.isEmpty ? "none" : group.verdicts.map(\.rawValue).joined(separator: ", "))",
        ]
        if let report = p.activityReport {
            // Report-only groups (Teams): the aggregates are all there is.
            lines.append("usage report: \(report.report), refreshed \(report.refreshDate), period \(report.periodDays.map { "\($0) days" } ?? "unknown"), last activity \(report.lastActivityDate ?? "none")")
            lines.append("  " + GroupActivityReport.countColumns.compactMap { c in report.counts[c].map { "\(c) \($0)" } }.joined(separator: ", "))
        }
        lines += [
            "",
            "Signals",
            "  age: \(Int(s.ageDays)) days   members: \(s.memberCount)",
            "  messages: \(s.messages) (by people \(s.personMessages), substantive \(s.substantiveMessages))",
            "  first message: \(date(s.firstMessageAt))",
            "  last message: \(date(s.lastMessageAt))",
            "  last substantive: \(date(s.lastSubstantiveAt)) (\(Int(s.daysSinceSubstantive)) days ago)",
            "  messages per 30 days (oldest → newest): \(s.messagesPerWindow.map(String.init).joined(separator: " "))",
            "  substantive per 30 days: \(s.substantivePerWindow.map(String.init).joined(separator: " "))",
            "  senders: \(s.activeSenders) active in 90 days, \(s.totalSenders) ever; top poster \(Measure.format(s.topPosterShare, unit: "%"))",
            "  after hours \(Measure.format(s.afterHoursShare, unit: "%")), weekends \(Measure.format(s.weekendShare, unit: "%")), @all \(s.atAllCount)",
            "  cross-posted notices: \(s.crossPostedNotices)",
            "  content: " + ContentClass.allCases.compactMap { c in
                s.classCounts[c.rawValue].map { "\(c.rawValue) \($0) (\(Measure.format(Double($0) / Double(max(1, s.messages)), unit: "%")))" }
            }.joined(separator: ", "),
            "",
            "Verdicts",
        ]
        for check in group.checks {
            lines.append("  [\(check.granted ? "x" : check.judged ? " " : "?")] \(check.verdict.rawValue): \(check.reason)")
            for measure in check.measures {
                let mark = measure.threshold == nil ? " " : (measure.passes ? "✓" : "✗")
                lines.append("        \(mark) \(measure.text)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
