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

extension ContentClass {
    /// Every class by its raw value's UTF-8 bytes, for ``init(utf8:)``.
    private static let utf8Names: [(bytes: [UInt8], value: ContentClass)] = allCases.map { (Array($0.rawValue.utf8), $0) }

    /// The class whose raw value is exactly these bytes; `nil` for anything else. Used by scans
    /// over millions of stored messages, where making a `String` per row to compare it cost more
    /// than the rest of the row.
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        for name in ContentClass.utf8Names where name.bytes.count == bytes.count && name.bytes.elementsEqual(bytes) {
            self = name.value
            return
        }
        return nil
    }

    /// Position in ``allCases``, for per-class counters kept in arrays.
    var ordinal: Int {
        switch self {
        case .substantive: 0
        case .notice: 1
        case .acknowledgement: 2
        case .checkIn: 3
        case .rollCall: 4
        case .scenePhoto: 5
        case .link: 6
        case .media: 7
        case .system: 8
        case .bot: 9
        }
    }
}
