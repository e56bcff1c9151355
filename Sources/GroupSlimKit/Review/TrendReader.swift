import Foundation

/// Builds the trend across recorded plans for the report: groups over time, per-member burden
/// over time, proposals done versus open.
public struct TrendReader {
    public let store: GroupStore
    public let policy: AnalysisPolicy

    public init(store: GroupStore, policy: AnalysisPolicy) {
        self.store = store
        self.policy = policy
    }

    /// One point per recorded plan up to and including `asOf`, oldest first. Empty when fewer
    /// than two plans are recorded: a trend needs two points.
    public func points(upTo asOf: Int64) throws -> [TrendPoint] {
        let history = PlanHistory(store: store)
        let runs = try history.runs().filter { $0.asOf <= asOf }
        guard runs.count >= 2 else { return [] }
        let zone = try Analyzer.analysisZone(store, policy: policy)
        let differ = RunDiffer(store: store, policy: policy)
        var points: [TrendPoint] = []
        for (index, run) in runs.enumerated() {
            let summary = try summary(of: run.id)
            var point = TrendPoint(
                runID: run.id, day: TimeFormatting.date(run.asOf, zone: zone), groups: run.groupsBefore,
                groupsAfterPlan: run.groupsAfter, groupsPerMemberMedian: summary.median, groupsPerMemberP90: summary.p90,
                groupsPerMemberMax: summary.max, messagesPerMemberWeek: summary.perWeek)
            if index > 0 {
                let diff = try differ.diff(earlier: runs[index - 1], later: run)
                point.done = diff.count(.carriedOut)
                point.open = diff.count(.notCarriedOut) + diff.count(.overdue)
            }
            points.append(point)
        }
        return points
    }

    /// The figures a recorded plan's JSON holds about per-member burden.
    private func summary(of run: Int64) throws -> (median: Double, p90: Double, max: Double, perWeek: Double) {
        let json = try store.connection.queryFirst("SELECT plan_json FROM plan_runs WHERE id = ?", [run]) { $0.string(0) } ?? "{}"
        let object = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any]
        let summary = object?["summary"] as? [String: Any]
        func spread(_ key: String) -> [String: Any] { summary?[key] as? [String: Any] ?? [:] }
        func number(_ value: Any?) -> Double { (value as? NSNumber)?.doubleValue ?? 0 }
        let groups = spread("groups_per_member_before"), perWeek = spread("messages_per_member_week_before")
        return (number(groups["median"]), number(groups["p90"]), number(groups["max"]), number(perWeek["median"]))
    }
}
