/// What a message does in its group. Every message gets exactly one class; the verdicts are built
/// on these (a zombie has no `substantive` or `notice` messages lately, a check-in-only group is
/// mostly `checkIn`, `acknowledgement`, `rollCall` and `scenePhoto`).
public enum ContentClass: String, CaseIterable, Sendable, Codable, Comparable {
    case substantive
    case notice
    case acknowledgement
    case checkIn = "check-in"
    case rollCall = "roll-call"
    case scenePhoto = "scene-photo"
    case link
    case media
    case system
    case bot

    /// Messages that show a group doing real work: people saying something that is not a reflex.
    public var isSubstantive: Bool { self == .substantive || self == .notice }

    /// Messages that only prove presence or obedience: the "打卡留痕" and "收到" traffic.
    public var isPerformative: Bool {
        self == .acknowledgement || self == .checkIn || self == .rollCall || self == .scenePhoto
    }

    public static func < (lhs: ContentClass, rhs: ContentClass) -> Bool { lhs.rawValue < rhs.rawValue }
}
