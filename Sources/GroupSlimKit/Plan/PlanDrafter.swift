/// Turns one group's verdicts into a ``PlanDraft``, following `policy-basis.md` (the README's
/// combination table says the same):
///
/// * too-new → keep (not judged); protected → keep, or review when dormant; protected by a
///   name word only, but alive with nothing but check-ins → review;
/// * a dead group (zombie or task-ended) → dissolve, whatever else it earned: a group that does
///   no work is not merged anywhere, and overlapping or duplicating another does not make it
///   a question for a person;
/// * check-in-only alone → dissolve; check-in-only with a merge verdict → review (a live group
///   whose verdicts disagree);
/// * merge verdicts only (duplicate, overlapping) → a merge candidate;
/// * dissolve grounds that are all borderline (``EvidenceStrength``) → review;
/// * no verdict → keep.
struct PlanDrafter {
    let policy: AnalysisPolicy
    /// Pairs by "a|b" with a < b, to look up the measures behind a merge edge.
    let pairs: [String: PairSimilarity]

    init(policy: AnalysisPolicy, pairs: [PairSimilarity]) {
        self.policy = policy
        var index: [String: PairSimilarity] = [:]
        for pair in pairs { index[PlanDrafter.key(pair.a, pair.b)] = pair }
        self.pairs = index
    }

    static func key(_ a: String, _ b: String) -> String { a < b ? "\(a)|\(b)" : "\(b)|\(a)" }

    func draft(_ group: GroupAnalysis) -> PlanDraft {
        let granted = Set(group.verdicts)
        let signals = group.signals
        if granted.contains(.tooNew) {
            if signals.ageDays >= Double(policy.minimumAgeDays),
               let days = group.check(.tooNew)?.measures.first(where: { $0.name == "days_in_data" }) {
                return PlanDraft(action: .keep, reasons: [.gracePeriod(days: Int(days.value))])
            }
            return PlanDraft(action: .keep, reasons: [.tooNew(days: Int(signals.ageDays))])
        }
        if granted.contains(.protected), granted.contains(.checkInOnly), let check = group.check(.checkInOnly) {
            let reason = PlanReason.verdict(.checkInOnly, detail: check.reason, measures: check.measures)
            return PlanDraft(action: .review, reasons: [.protectedCheckInOnly, reason], verdictReasons: [reason])
        }
        if granted.contains(.protected) {
            let rule = group.check(.protected)?.protection ?? .marked
            let dormant = group.check(.protected)?.measures.first?.passes ?? false
            return dormant
                ? PlanDraft(action: .review, reasons: [.protectedDormant(days: Int(signals.daysSinceSubstantive), rule: rule)])
                : PlanDraft(action: .keep, reasons: [.protectedActive(rule: rule)])
        }
        let actionable = group.checks.filter { $0.granted && $0.verdict.isActionable }
        let verdictReasons = actionable.map { PlanReason.verdict($0.verdict, detail: $0.reason, measures: $0.measures) }
        let dead = actionable.filter { $0.verdict == .zombie || $0.verdict == .taskEnded }
        let dissolve = dead.isEmpty ? actionable.filter { PlanAction.dissolveVerdicts.contains($0.verdict) } : dead
        let merge = dead.isEmpty ? actionable.filter { PlanAction.mergeVerdicts.contains($0.verdict) } : []
        if dissolve.isEmpty, merge.isEmpty { return PlanDraft(action: .keep, reasons: [.noVerdict]) }
        if !dissolve.isEmpty, !merge.isEmpty {
            let conflict = PlanReason.conflicting(dissolve: dissolve.map(\.verdict), merge: merge.map(\.verdict))
            return PlanDraft(action: .review, reasons: [conflict] + verdictReasons, verdictReasons: verdictReasons)
        }
        let strength = EvidenceStrength(policy: policy)
        if !dissolve.isEmpty {
            let borderline = dissolve.compactMap { check in
                strength.borderlineMeasure(check).map { PlanReason.borderline(verdict: check.verdict, measure: $0) }
            }
            if borderline.count == dissolve.count {
                return PlanDraft(action: .review, reasons: borderline + verdictReasons, verdictReasons: verdictReasons)
            }
            return PlanDraft(action: .dissolve, reasons: verdictReasons, verdictReasons: verdictReasons)
        }
        var edges: [PlanDraft.MergeEdge] = []
        var borderline: [PlanReason] = []
        for check in merge {
            for target in check.related.sorted() {
                guard let pair = pairs[PlanDrafter.key(group.profile.sourceID, target)] else { continue }
                if strength.isBorderline(pair, verdict: check.verdict) {
                    let isDuplicate = check.verdict == .duplicate
                    let membership = pair.duplicateMembership(policy)
                    let value = isDuplicate ? membership.value : pair.containment
                    let threshold = isDuplicate ? membership.threshold : policy.overlapContainment
                    let name = isDuplicate ? "\(membership.name)_with_\(target)" : "containment_in_\(target)"
                    let measure = Measure(name, value, .atLeast, threshold, unit: "%")
                    borderline.append(.borderline(verdict: check.verdict, measure: measure))
                } else if !edges.contains(where: { $0.target == target }) {
                    edges.append(PlanDraft.MergeEdge(target: target, verdict: check.verdict))
                }
            }
        }
        if edges.isEmpty {
            return PlanDraft(action: .review, reasons: borderline + verdictReasons, verdictReasons: verdictReasons)
        }
        return PlanDraft(action: .merge, reasons: verdictReasons, edges: edges, verdictReasons: verdictReasons)
    }
}
