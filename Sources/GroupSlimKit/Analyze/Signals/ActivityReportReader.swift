/// Reads the usage-report aggregates stored beside report-only groups (Microsoft Teams).
enum ActivityReportReader {
    static func reports(_ store: GroupStore) throws -> [Int64: GroupActivityReport] {
        let counts = GroupActivityReport.countColumns
        var result: [Int64: GroupActivityReport] = [:]
        try store.connection.prepare("""
            SELECT group_id, report, refresh_date, refresh_at, period_days, last_activity_date, last_activity_at, team_type,
                \(counts.joined(separator: ", "))
            FROM group_activity_reports ORDER BY group_id
            """).forEachRow { row in
            var values: [String: Int] = [:]
            for (offset, column) in counts.enumerated() where !row.isNull(8 + offset) {
                values[column] = Int(row.int64(8 + offset))
            }
            result[row.int64(0)] = GroupActivityReport(
                report: row.string(1), refreshDate: row.string(2), refreshAt: row.int64(3),
                periodDays: row.optionalInt64(4).map(Int.init), lastActivityDate: row.optionalString(5),
                lastActivityAt: row.optionalInt64(6), counts: values, teamType: row.optionalString(7))
        }
        return result
    }

    /// The end of the latest report's refresh day: the moment its data describes.
    static func latestRefreshEnd(_ store: GroupStore) throws -> Int64? {
        let latest = try store.connection.queryFirst("SELECT MAX(refresh_at) FROM group_activity_reports", [], { $0.optionalInt64(0) }) ?? nil
        return latest.map { $0 + SignalCollector.day - 1 }
    }
}
