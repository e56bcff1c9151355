import Foundation

/// Runs the analysis: profiles and signals from the store, pairs from the similarity join,
/// verdicts from the policy. Deterministic: the same store, policy and as-of give the same result.
public struct Analyzer {
    public var policy: AnalysisPolicy
    public var asOf: Int64?
    public var timeZone: TimeZone?

    /// Whether the cross-post scan may run beside the signal scan (on file stores). Off only
    /// in tests that check both ways give the same result.
    var concurrentScans = true

    /// - Parameters:
    ///   - asOf: the analysis instant; `nil` means the latest message in the store.
    ///   - timeZone: zone for working hours; `nil` means the policy's, else the last import's.
    public init(policy: AnalysisPolicy = AnalysisPolicy(), asOf: Int64? = nil, timeZone: TimeZone? = nil) {
        self.policy = policy
        self.asOf = asOf
        self.timeZone = timeZone
    }

    public func run(_ store: GroupStore) throws -> AnalysisResult {
        let zone = try Analyzer.zone(store, policy: policy, override: timeZone)
        guard let asOf = try asOf ?? Analyzer.defaultAsOf(store) else { throw AnalysisError.emptyStore(path: store.path) }
        let collector = SignalCollector(asOf: asOf, timeZone: zone, policy: policy)
        let profiles = try collector.profiles(store)
        // The two scans of the messages table are independent: on a file store the cross-post
        // scan (a scan and a sort) runs on its own read connection and thread meanwhile.
        let background = concurrentScans ? try CrossPostScan.start(store, asOf: asOf) : nil
        // The background scan is joined on every path, so none outlives the analysis.
        let scanned = Result { try collector.signals(store, profiles: profiles) }
        let joined = background.map { scan in Result { try scan.result() } }
        var signals = try scanned.get()
        let crossPosts = try joined?.get() ?? CrossPostDetector().detect(store, asOf: asOf)
        for index in profiles.indices {
            signals[index].crossPostedNotices = crossPosts.perGroup[profiles[index].rowID] ?? 0
        }
        let engine = VerdictEngine(policy: policy, asOf: asOf, timeZone: zone)
        let eligible = zip(profiles, signals).map { engine.shield($0, $1).map { if case .tooNew = $0 { false } else { true } } ?? true }
        let pairs = PairFinder(policy: policy).pairs(profiles: profiles, eligible: eligible, crossPosts: crossPosts)
        let groups = engine.analyze(profiles: profiles, signals: signals, pairs: pairs, cascades: crossPosts.cascades)
        return AnalysisResult(asOf: asOf, timeZone: zone.identifier, policy: policy, groups: groups, pairs: pairs,
                              crossPostedNotices: crossPosts.distinctNotices)
    }

    /// The latest message time (or the end of the latest usage report's refresh day, if later),
    /// else the latest group creation when there are no messages.
    public static func defaultAsOf(_ store: GroupStore) throws -> Int64? {
        let db = store.connection
        let reported = try ActivityReportReader.latestRefreshEnd(store)
        if let latest = try db.queryFirst("SELECT MAX(sent_at) FROM messages", [], { $0.optionalInt64(0) }) ?? nil {
            return max(latest, reported ?? latest)
        }
        if let reported { return reported }
        return try db.queryFirst("SELECT MAX(created_at) FROM groups", [], { $0.optionalInt64(0) }) ?? nil
    }

    /// The zone the analysis reads local times in (working hours, bare `--as-of` dates).
    public static func analysisZone(_ store: GroupStore, policy: AnalysisPolicy) throws -> TimeZone {
        try zone(store, policy: policy, override: nil)
    }

    /// The zone for working hours: an explicit override, the policy's, else the last import's.
    static func zone(_ store: GroupStore, policy: AnalysisPolicy, override: TimeZone?) throws -> TimeZone {
        if let override { return override }
        if !policy.workingHours.timeZone.isEmpty, let zone = TimeZone(identifier: policy.workingHours.timeZone) { return zone }
        let name = try store.connection.queryFirst(
            "SELECT time_zone FROM import_runs WHERE finished_at IS NOT NULL ORDER BY id DESC LIMIT 1") { $0.string(0) }
        return name.flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "UTC")!
    }
}

/// Why an analysis could not run.
public enum AnalysisError: Error, Equatable, Sendable, CustomStringConvertible {
    case emptyStore(path: String)
    case unknownGroup(id: String)
    case badAsOf(value: String)

    public var description: String {
        switch self {
        case .emptyStore(let path): return "\(path) holds no groups or messages yet. Import an export first: groupslim import PATH."
        case .unknownGroup(let id): return "No group has the id '\(id)'. `groupslim analyze` lists the ids."
        case .badAsOf(let value): return "--as-of '\(value)' is not a date or time (e.g. 2026-06-30 or 2026-06-30T17:00:00+08:00)."
        }
    }
}
