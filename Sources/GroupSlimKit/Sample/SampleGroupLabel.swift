/// The ground truth for one generated group: what it was planted as and which verdicts an
/// analysis must and must not give it.
///
/// Verdict names are those of the policy: `zombie`, `task-ended`, `duplicate`, `overlapping`,
/// `check-in-only`, `protected`, `too-new`. `related` lists the other groups of a duplicate set,
/// or the big group an overlapping (or subset-other-unit) group sits inside.
public struct SampleGroupLabel: Codable, Sendable, Equatable {
    public var groupID: String
    public var kind: String
    public var mustHave: [String]
    public var mustNotHave: [String]
    public var related: [String]

    public init(groupID: String, kind: String, mustHave: [String], mustNotHave: [String], related: [String]) {
        self.groupID = groupID
        self.kind = kind
        self.mustHave = mustHave
        self.mustNotHave = mustNotHave
        self.related = related
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: SampleJSONKey.self)
        groupID = try SampleJSONKey.decode(String.self, "group_id", in: container)
        kind = try SampleJSONKey.decode(String.self, "kind", in: container)
        mustHave = try SampleJSONKey.decode([String].self, "must_have", in: container)
        mustNotHave = try SampleJSONKey.decode([String].self, "must_not_have", in: container)
        related = try SampleJSONKey.decode([String].self, "related", in: container)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: SampleJSONKey.self)
        try container.encode(groupID, forKey: SampleJSONKey("group_id"))
        try container.encode(kind, forKey: SampleJSONKey("kind"))
        try container.encode(mustHave, forKey: SampleJSONKey("must_have"))
        try container.encode(mustNotHave, forKey: SampleJSONKey("must_not_have"))
        try container.encode(related, forKey: SampleJSONKey("related"))
    }

    /// The label a group of `kind` gets. Hard negatives must avoid every dissolve or merge verdict;
    /// a planted verdict forbids only what cannot coexist with it (a zombie may also be task-ended,
    /// a duplicate may also look overlapping).
    static func make(groupID: String, kind: SampleGroupKind, related: [String]) -> SampleGroupLabel {
        let dissolveOrMerge = ["check-in-only", "duplicate", "overlapping", "task-ended", "zombie"]
        var mustHave: [String] = []
        var mustNotHave: [String]
        switch kind {
        case .active, .busyNotice, .monthly, .subsetOtherUnit, .insideBroad, .quietEmergency:
            mustNotHave = dissolveOrMerge
        case .brandNew:
            mustHave = ["too-new"]
            mustNotHave = dissolveOrMerge
        case .protectedQuiet:
            mustHave = ["protected"]
            mustNotHave = dissolveOrMerge
        case .zombie, .neverUsed:
            mustHave = ["zombie"]
            mustNotHave = ["duplicate", "overlapping", "protected", "too-new"]
        case .taskEnded:
            mustHave = ["task-ended"]
            mustNotHave = ["duplicate", "overlapping", "protected", "too-new"]
        case .duplicate:
            mustHave = ["duplicate"]
            mustNotHave = ["check-in-only", "protected", "task-ended", "too-new", "zombie"]
        case .checkInOnly:
            mustHave = ["check-in-only"]
            mustNotHave = ["duplicate", "overlapping", "protected", "task-ended", "too-new", "zombie"]
        }
        return SampleGroupLabel(groupID: groupID, kind: kind.rawValue, mustHave: mustHave, mustNotHave: mustNotHave,
                                related: related.sorted())
    }
}
