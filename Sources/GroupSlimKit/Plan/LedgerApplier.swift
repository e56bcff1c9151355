/// Makes a plan honor the decisions ledger and flag rebounds, before merge clusters form:
///
/// * certified, or rejected with no new evidence → keep, saying so;
/// * decided dissolved or merged → that action again (the survivor as decided), saying whether
///   it was carried out, so the follow-up review sees the open ones;
/// * certification expired, or rejection reopened by new evidence → judged as usual, saying so;
/// * a rebound of a retired group → review, naming the group it regrows.
struct LedgerApplier {
    let ledger: [Int64: (decision: Decision, ruling: LedgerRuling)]
    let rebounds: [String: Rebound]

    init(ledger: [Int64: (decision: Decision, ruling: LedgerRuling)], rebounds: [Rebound]) {
        self.ledger = ledger
        self.rebounds = Dictionary(rebounds.map { ($0.group, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func apply(_ draft: PlanDraft, to group: GroupAnalysis) -> PlanDraft {
        var result = draft
        if let entry = ledger[group.profile.rowID] {
            let note = PlanReason.ledger(entry.ruling)
            switch entry.ruling {
            case .certified, .rejectionStands:
                result = PlanDraft(action: .keep, reasons: [note] + draft.verdictReasons, verdictReasons: draft.verdictReasons)
            case .carriedOut(let kind, _, let into), .notCarriedOut(let kind, _, let into, _):
                if kind == .merged, let into {
                    let verdict = entry.decision.evidence.first { PlanAction.mergeVerdicts.contains($0) } ?? .duplicate
                    result = PlanDraft(action: .merge, reasons: [note] + draft.verdictReasons,
                                       edges: [PlanDraft.MergeEdge(target: into, verdict: verdict)],
                                       verdictReasons: draft.verdictReasons)
                } else {
                    result = PlanDraft(action: .dissolve, reasons: [note] + draft.verdictReasons, verdictReasons: draft.verdictReasons)
                }
            case .certificationExpired, .rejectionReopened:
                // Judged as usual; a group with no verdict keeps its plain reason so it can
                // still take others in.
                if draft.reasons != [.noVerdict] { result.reasons.insert(note, at: 0) }
            }
        }
        if let rebound = rebounds[group.profile.qualifiedID] {
            result = PlanDraft(action: .review, reasons: [.rebound(rebound)] + result.reasons, verdictReasons: result.verdictReasons)
        }
        return result
    }
}
