/// What a chat log's system lines say about one person's membership, folded in file order so a
/// leave followed by a re-join ends as a member again (the store keeps one row per person).
struct MembershipTimeline {
    var displayName: String
    var role: MemberRole = .member
    var joinedAt: Int64?
    var leftAt: Int64?

    mutating func joined(at time: Int64) {
        // A re-join after leaving starts a new stay; otherwise the first join stands.
        joinedAt = leftAt != nil ? time : (joinedAt ?? time)
        leftAt = nil
    }

    mutating func left(at time: Int64) { leftAt = time }
}
