/// The outcome of testing one group for one verdict: granted or not, the sentence that says why,
/// and the measures behind it. `explain` prints every check; `analyze` lists the granted ones.
public struct VerdictCheck: Sendable, Equatable, Codable {
    public var verdict: VerdictKind
    public var granted: Bool
    public var reason: String
    public var measures: [Measure]
    /// Other groups involved (the duplicate partners, the containing group), by source id.
    public var related: [String]
    /// `false` when the data cannot support this verdict either way (a usage report has no
    /// members or messages); the reason then says "Not judged: …" and why, never a guess.
    public var judged: Bool
    /// For a granted `protected` check: the rule that protects the group.
    public var protection: ProtectionRule?

    public init(verdict: VerdictKind, granted: Bool, reason: String, measures: [Measure], related: [String] = [],
                judged: Bool = true) {
        self.verdict = verdict
        self.granted = granted
        self.reason = reason
        self.measures = measures
        self.related = related
        self.judged = judged
    }

    /// A check the data cannot decide.
    public static func notJudged(_ verdict: VerdictKind, why: String, measures: [Measure] = []) -> VerdictCheck {
        VerdictCheck(verdict: verdict, granted: false, reason: "Not judged: \(why)", measures: measures, judged: false)
    }
}
