/// Everything decided about one group before its messages are written: identity, owner, members,
/// the shape of its activity over time and how many messages it should carry.
struct SampleGroupPlan: Sendable {
    var index: Int
    var block: Int
    var kind: SampleGroupKind
    /// A unit-wide group that planted sub-groups sit inside; labelled `active`.
    var isBig = false
    /// The group whose final message is exactly as-of.
    var isAnchor = false
    /// The phase-task group without a declared end date.
    var isUndeclaredTask = false
    var recipe: SampleRecipe
    var name = ""
    var platform = "wechat"
    var street = -1
    var community = -1
    var ownerUnit = -1
    var owner: Int32 = -1
    var admins: [Int32] = []
    /// Roster people (person indices), sorted ascending.
    var members: [Int32] = []
    /// Audience units with weights, kept for membership repair.
    var audienceUnits: [(units: [Int], weight: Double)] = []
    /// Related groups by index: the rest of a duplicate set, or the big group containing this one.
    var related: [Int] = []
    var duplicateSet = -1
    var bigIndex = -1
    var relationIndex = 0

    // MARK: Time (local seconds, see SampleCalendar)

    var created: Int64 = 0
    /// The last moment of substantive activity; later messages are reflexes or system lines.
    var activeUntil: Int64 = 0
    var taskEndDay: Int64?
    /// Where the task's burst peaks before it winds down to `activeUntil`.
    var peakEnd: Int64 = 0
    var isProtected = false
    var target = 0
    var weight = 1.0
    var afterHoursShare = 0.1
    var weekendKeep = 0.2

    // MARK: Extras

    var bot: Int32 = -1
    /// People who posted without being on the exported roster (membership inferred from posts).
    var inferredSenders: [Int32] = []
    var renamed = false
    /// Members who left (no longer post), person indices.
    var leavers: [Int32] = []

    init(index: Int, block: Int, kind: SampleGroupKind, recipe: SampleRecipe) {
        self.index = index
        self.block = block
        self.kind = kind
        self.recipe = recipe
    }

    var id: String { SampleGroupPlan.id(index) }

    static func id(_ index: Int) -> String { SampleCSVSink.paddedString("g", index + 1, width: 5) }
}
