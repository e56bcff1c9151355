/// Writes usage-report aggregates (``GroupActivityReport``) beside a group.
extension StoreWriter {
    /// Stores `report` for the group, replacing an older one: a report refreshed later wins, so
    /// importing last month's report after this month's changes nothing.
    public func upsertActivityReport(groupID: Int64, _ report: GroupActivityReport) throws {
        let columns = GroupActivityReport.countColumns
        var values: [any SQLiteBindable] = [groupID, report.report, report.refreshDate, report.refreshAt, report.periodDays,
                                            report.lastActivityDate, report.lastActivityAt]
        values += columns.map { report.counts[$0] as (any SQLiteBindable) }
        values += [report.teamType, runID]
        let names = ["group_id", "report", "refresh_date", "refresh_at", "period_days", "last_activity_date", "last_activity_at"]
            + columns + ["team_type", "import_run"]
        let updates = names.dropFirst().map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        try db.run("""
            INSERT INTO group_activity_reports (\(names.joined(separator: ", ")))
            VALUES (\(Array(repeating: "?", count: names.count).joined(separator: ", ")))
            ON CONFLICT (group_id) DO UPDATE SET \(updates)
            WHERE excluded.refresh_at >= group_activity_reports.refresh_at
            """, values)
    }
}
