/// A decision as a user states it on the command line, before it is checked and recorded.
public struct DecisionRequest: Sendable, Equatable {
    /// The group's id as the export gave it, or `platform:id`.
    public var group: String
    public var kind: DecisionKind
    /// For `merged`: the surviving group.
    public var into: String?
    /// The day it took effect (`YYYY-MM-DD`); default: the day of the analysis as-of.
    public var date: String?
    /// For `keep`: the last day the certification covers.
    public var until: String?
    public var reason: String?

    public init(group: String, kind: DecisionKind, into: String? = nil, date: String? = nil, until: String? = nil,
                reason: String? = nil) {
        self.group = group
        self.kind = kind
        self.into = into
        self.date = date
        self.until = until
        self.reason = reason
    }
}
