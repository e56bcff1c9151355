/// What an office decided about a group, recorded with `groupslim decide`.
public enum DecisionKind: String, CaseIterable, Sendable, Codable {
    /// The owner certified the group as needed: not proposed again before `until`.
    case keep
    /// The group was dissolved (in the chat app; GroupSlim never does it).
    case dissolved
    /// The group was merged into another one (`into`).
    case merged
    /// The office disagrees with a proposal: it stays visible but is not proposed again
    /// unless the evidence changes.
    case reject
}
