import Foundation

/// Verdicts for groups known only from a usage report (Microsoft Teams): no messages, no
/// members, just counts and a last activity date.
///
/// Only zombie can be judged, from the last activity date; every other verdict needs members or
/// messages, so it is reported as "Not judged: …" with the reason, never guessed.
extension VerdictEngine {
    /// Whether the group has a usage report and nothing a verdict could otherwise use.
    func isReportOnly(_ profile: GroupProfile, _ signals: GroupSignals) -> Bool {
        profile.activityReport != nil && signals.messages == 0 && profile.members.isEmpty
    }

    func reportOnlyChecks(_ profile: GroupProfile, _ signals: GroupSignals, shielded: Shield?) -> [VerdictCheck] {
        guard let report = profile.activityReport else { return [] }
        let source = "a \(report.report) usage report"
        return [
            reportZombie(profile, report, shielded: shielded),
            .notJudged(.taskEnded, why: "\(source) has no message history, so a burst of activity that died away cannot be seen."),
            .notJudged(.duplicate, why: "\(source) has no member list, so overlap with other groups cannot be measured."),
            .notJudged(.overlapping, why: "\(source) has no member list, so containment in another group cannot be measured."),
            .notJudged(.checkInOnly, why: "\(source) has only message counts, not what the messages were."),
            protectedCheck(profile, signals, shielded: shielded),
            .notJudged(.tooNew, why: "\(source) does not give the group's creation date."),
        ]
    }

    /// Zombie from the last activity date. The date is a whole day, so it is read as the END of
    /// that day: the group is never made to look quieter than it was.
    private func reportZombie(_ profile: GroupProfile, _ report: GroupActivityReport, shielded: Shield?) -> VerdictCheck {
        let threshold = Double(policy.zombieDays(tags: profile.tags))
        var measures = [Measure("report_period", Double(report.periodDays ?? 0), unit: "days")]
        for column in ["channel_messages", "post_messages", "reply_messages", "active_users"] {
            if let value = report.counts[column] { measures.append(Measure(column, Double(value))) }
        }
        if let last = report.lastActivityAt {
            let days = max(0, Double(asOf - (last + SignalCollector.day)) / Double(SignalCollector.day)).rounded(.down)
            measures.insert(Measure("days_since_last_activity", days, .atLeast, threshold, unit: "days"), at: 0)
            let granted = days >= threshold
            let reason = granted
                ? "The usage report's last activity was \(report.lastActivityDate ?? "") (\(Int(days)) days before as-of), at least the \(Int(threshold))-day zombie threshold."
                : "The usage report shows activity on \(report.lastActivityDate ?? "") (\(Int(days)) days before as-of), under the \(Int(threshold))-day zombie threshold; whether it was substantive cannot be told from counts."
            return shieldedCheck(.zombie, granted: granted, reason: reason, measures: measures, shielded: shielded)
        }
        // No activity at all in the period: quiet for at least the period plus the time since refresh.
        guard let period = report.periodDays else {
            return .notJudged(.zombie, why: "the usage report shows no activity but not the period it covers.", measures: measures)
        }
        let sinceRefresh = max(0, Double(asOf - (report.refreshAt + SignalCollector.day)) / Double(SignalCollector.day)).rounded(.down)
        let quiet = Double(period) + sinceRefresh
        measures.insert(Measure("days_without_activity_at_least", quiet, .atLeast, threshold, unit: "days"), at: 0)
        guard quiet >= threshold else {
            return .notJudged(.zombie, why: "no activity in the report's \(period)-day period, which is shorter than the \(Int(threshold))-day zombie threshold; import a D90 or D180 report to judge it.", measures: measures)
        }
        return shieldedCheck(.zombie, granted: true,
                             reason: "No activity at all in the usage report's \(period)-day period (at least \(Int(quiet)) days), at least the \(Int(threshold))-day zombie threshold.",
                             measures: measures, shielded: shielded)
    }
}
