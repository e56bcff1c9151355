/// Which draft notice an affected group's owner gets. A group that survives a merge is told
/// which groups fold into it; kept groups get nothing.
public enum NoticeKind: String, CaseIterable, Sendable {
    case dissolve, merge, review, survivor

    /// The notice for a proposal, or `nil` when the owner has nothing to do.
    public init?(_ proposal: GroupProposal) {
        switch proposal.action {
        case .dissolve: self = .dissolve
        case .merge: self = .merge
        case .review: self = .review
        case .keep:
            guard proposal.reasons.contains(where: { $0.code == "absorbs" }) else { return nil }
            self = .survivor
        }
    }

    /// The template file name: `dissolve.zh.txt`, `merge.en.txt` …
    public func fileName(_ language: ReportLanguage) -> String { "\(rawValue).\(language.rawValue).txt" }
}
