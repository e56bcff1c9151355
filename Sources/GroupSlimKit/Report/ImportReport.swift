import Foundation

/// Plain-text renderings of import summaries and store statistics for the terminal.
public enum ImportReport {
    /// What an import read, added and skipped, one line per figure.
    public static func text(_ summary: ImportSummary) -> String {
        var lines = ["Imported \(summary.source) (\(summary.format), run \(summary.runID))"]
        for file in summary.files {
            lines.append("  read \(file.path): \(file.records) records (\(file.encoding))")
        }
        let counts = summary.counts
        lines.append("  groups:      \(counts.groupsRead) read, \(counts.groupsAdded) new")
        lines.append("  people:      \(counts.peopleAdded) new" + (counts.botsSeen > 0 ? " (\(counts.botsSeen) of those seen are bots, kept apart)" : ""))
        lines.append("  memberships: \(counts.membershipsRead) read, \(counts.membershipsAdded) new, \(counts.membershipsInferred) inferred from senders")
        lines.append("  messages:    \(counts.messagesRead) read, \(counts.messagesAdded) new, \(counts.recordsSkipped) already stored (skipped)")
        if counts.oneToOneChatsSkipped > 0 {
            lines.append("  skipped:     \(counts.oneToOneChatsSkipped) one-to-one chat(s) (only group chats are audited)")
        }
        for warning in summary.warnings { lines.append("  warning: \(warning)") }
        let skipped = summary.skipped
        if skipped.total > 0 {
            let reasons = skipped.byReason.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
                .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            lines.append("  skipped \(skipped.total) bad record(s) (--skip-bad): \(reasons)")
            for example in skipped.examples { lines.append("    e.g. \(example)") }
        }
        return lines.joined(separator: "\n")
    }

    /// The `stats` table.
    public static func text(_ statistics: StoreStatistics) -> String {
        var lines = [
            "groups:      \(statistics.groups)",
            "people:      \(statistics.people)",
            "bots:        \(statistics.bots) (kept apart: never members, never activity)",
            "one-to-one chats skipped: \(statistics.oneToOneChatsSkipped)",
            "memberships: \(statistics.memberships)",
            "messages:    \(statistics.messages) (\(statistics.messagesWithText) with text)",
            "imports:     \(statistics.importRuns)",
        ]
        if let first = statistics.firstMessageAt, let last = statistics.lastMessageAt {
            lines.append("time span:   \(isoUTC(first)) … \(isoUTC(last))")
        }
        if !statistics.platforms.isEmpty {
            lines.append("")
            let header = ["platform", "groups", "people", "bots", "memberships", "messages"]
            let rows = statistics.platforms.map {
                [$0.platform, "\($0.groups)", "\($0.people)", "\($0.bots)", "\($0.memberships)", "\($0.messages)"]
            }
            lines.append(contentsOf: TextTable.render(header: header, rows: rows))
        }
        return lines.joined(separator: "\n")
    }

    /// An instant as `YYYY-MM-DDTHH:MM:SSZ`, computed without `DateFormatter` so that output does
    /// not depend on the machine's locale.
    public static func isoUTC(_ milliseconds: Int64) -> String {
        let seconds = Int64((Double(milliseconds) / 1000).rounded(.down))
        let days = Int64((Double(seconds) / 86_400).rounded(.down))
        let (year, month, day) = CivilDate.fromDays(days)
        let rest = Int(seconds - days * 86_400)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day, rest / 3600, rest % 3600 / 60, rest % 60)
    }
}
