/// The kind of group the generator planted: the ground-truth label an analysis is tested against.
///
/// Hard negatives (`busy-notice`, `monthly`, `brand-new`, `subset-other-unit`, `quiet-emergency`,
/// `protected-quiet`) look like a dissolve or merge case on one measure but are not one.
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
    case overlapping
    case checkInOnly = "check-in-only"
    case protectedQuiet = "protected-quiet"

    /// Kinds whose groups are still doing real work at as-of (a substantive message in the last days).
    var isAlive: Bool {
        switch self {
        case .active, .busyNotice, .subsetOtherUnit, .duplicate, .overlapping, .checkInOnly, .brandNew: return true
        case .monthly, .quietEmergency, .zombie, .neverUsed, .taskEnded, .protectedQuiet: return false
        }
    }
}
