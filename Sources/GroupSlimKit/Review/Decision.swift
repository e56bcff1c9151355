/// One entry of the decisions ledger.
public struct Decision: Sendable, Equatable, Codable {
    public var id: Int64
    /// The group's row id in the store.
    public var groupRowID: Int64
    public var platform: String
    /// The group's id as the export gave it.
    public var groupID: String
    public var kind: DecisionKind
    /// For `merged`: the surviving group's id as the export gave it.
    public var intoGroupID: String?
    /// For `merged`: the surviving group's row id in the store, which names it even when two
    /// platforms use the same id (the analysis then calls it `platform:id`).
    public var intoGroupRowID: Int64?
    /// The day the decision took effect (`YYYY-MM-DD`, in the analysis zone).
    public var decidedOn: String
    /// For `keep`: the last day the certification covers.
    public var until: String?
    public var reason: String?
    /// The group's actionable verdicts when the decision was taken; a rejection stands only
    /// while no new verdict joins them.
    public var evidence: [VerdictKind]

    public init(id: Int64, groupRowID: Int64, platform: String, groupID: String, kind: DecisionKind,
                intoGroupID: String? = nil, intoGroupRowID: Int64? = nil, decidedOn: String, until: String? = nil,
                reason: String? = nil, evidence: [VerdictKind] = []) {
        self.id = id
        self.groupRowID = groupRowID
        self.platform = platform
        self.groupID = groupID
        self.kind = kind
        self.intoGroupID = intoGroupID
        self.intoGroupRowID = intoGroupRowID
        self.decidedOn = decidedOn
        self.until = until
        self.reason = reason
        self.evidence = evidence
    }
}
