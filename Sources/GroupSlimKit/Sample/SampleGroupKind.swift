/// The kind of group the generator planted: the ground-truth label an analysis is tested against.
///
/// Hard negatives (`busy-notice`, `monthly`, `brand-new`, `subset-other-unit`, `inside-broad-group`,
/// `quiet-emergency`, `protected-quiet`) look like a dissolve or merge case on one measure but are not one.
///
/// `inside-broad-group` was once planted as `overlapping`: a unit's own sub-group (党政办内部群,
/// 网格长工作群, 志愿服务队长群) inside a group that spans many units (全体干部职工群, 网格化服务管理群,
/// 志愿者服务总群). policy-basis.md says such groups sit there for good reasons (the leaders' or a
/// section's group inside the all-staff group); the generator's label was the rule's, not a district's.
public enum SampleGroupKind: String, CaseIterable, Sendable, Codable {
    case active
    case busyNotice = "busy-notice"
    case monthly
    case brandNew = "brand-new"
    case subsetOtherUnit = "subset-other-unit"
    case quietEmergency = "quiet-emergency"
    case zombie
    case neverUsed = "never-used"
    case taskEnded = "task-ended"
    case duplicate
    case insideBroad = "inside-broad-group"
    case checkInOnly = "check-in-only"
    case protectedQuiet = "protected-quiet"

    /// Kinds whose groups are still doing real work at as-of (a substantive message in the last days).
    var isAlive: Bool {
        switch self {
        case .active, .busyNotice, .subsetOtherUnit, .duplicate, .insideBroad, .checkInOnly, .brandNew: return true
        case .monthly, .quietEmergency, .zombie, .neverUsed, .taskEnded, .protectedQuiet: return false
        }
    }
}
