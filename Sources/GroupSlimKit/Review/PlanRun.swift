/// One recorded plan (`plan` or `audit`), as `groupslim history` lists it.
public struct PlanRun: Sendable, Equatable, Codable {
    public var id: Int64
    /// The analysis instant (ms since the epoch, UTC).
    public var asOf: Int64
    public var groupsBefore: Int
    public var groupsAfter: Int
    /// Groups per action (`dissolve`, `merge`, `review`, `keep`).
    public var actions: [String: Int]
    /// FNV-1a of the effective policy JSON: two runs with the same hash judged by the same rules.
    public var policyHash: String
    /// The import runs the plan saw.
    public var importRuns: [Int64]
}

/// One group in one recorded plan.
struct PlanRunEntry: Equatable {
    var rowID: Int64
    var group: String
    var name: String
    var action: String
    var mergeInto: String?
    var verdicts: [String]
    /// In the latest export of its format when the plan was made.
    var present: Bool
}
