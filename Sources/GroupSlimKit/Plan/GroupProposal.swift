/// The plan's proposal for one group: the action, the group it merges into, why, and the member
/// lists the action would touch, so that the change can be undone from the record alone.
public struct GroupProposal: Sendable, Equatable {
    /// Source id of the group (what `analyze` and `explain` show).
    public var groupID: String
    public var platform: String
    public var name: String
    public var ownerUnit: String?
    public var verdicts: [VerdictKind]
    public var action: PlanAction
    /// The surviving group's source id, for `merge` only.
    public var mergeInto: String?
    public var reasons: [PlanReason]
    /// Member ids the action touches, sorted: everyone in a dissolved or merged group (the roster
    /// to restore on undo); for a surviving group, the people who would newly join it.
    public var membersAffected: [String]
}
