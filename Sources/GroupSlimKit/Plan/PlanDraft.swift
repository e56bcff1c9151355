/// A group's action before merge clusters are formed: what its own verdicts say, and for a merge
/// candidate the groups it may fold into.
struct PlanDraft {
    /// An edge "this group may merge into `target`", from one of its own verdicts.
    struct MergeEdge: Equatable {
        var target: String
        var verdict: VerdictKind
    }

    var action: PlanAction
    var reasons: [PlanReason]
    var edges: [MergeEdge] = []
    /// The analysis' verdict sentences, kept for whatever the group ends up as.
    var verdictReasons: [PlanReason] = []

    /// Has solid merge verdicts; the clusterer decides where (or whether) it merges.
    var isMergeCandidate: Bool { action == .merge }
    /// May take other groups in: it is kept or is itself only a merge candidate.
    var canSurvive: Bool { action == .merge || (action == .keep && reasons == [.noVerdict]) }
}
