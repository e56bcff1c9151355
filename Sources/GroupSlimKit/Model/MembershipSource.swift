/// Where a membership fact came from. Analyses weigh these differently: a roster is a snapshot,
/// an event is dated, and an inferred membership only proves that someone once posted.
public enum MembershipSource: String, CaseIterable, Sendable, Codable {
    case roster
    case event
    case inferred
}
