/// The outcome of testing one group for one verdict: granted or not, the sentence that says why,
/// and the measures behind it. `explain` prints every check; `analyze` lists the granted ones.
public struct VerdictCheck: Sendable, Equatable, Codable {
    public var verdict: VerdictKind
    public var granted: Bool
    public var reason: String
    public var measures: [Measure]
    /// Other groups involved (the duplicate partners, the containing group), by source id.
    public var related: [String]

    public init(verdict: VerdictKind, granted: Bool, reason: String, measures: [Measure], related: [String] = []) {
        self.verdict = verdict
        self.granted = granted
        self.reason = reason
        self.measures = measures
        self.related = related
    }
}
