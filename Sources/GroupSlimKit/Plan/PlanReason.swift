/// Why a group got its action. Reasons are data, not sentences, so that every report can say
/// them in its own language (``ReportStrings``) and tests can check them without parsing text.
public enum PlanReason: Sendable, Equatable {
    /// A granted verdict, with the analysis' own sentence and its measures as evidence.
    case verdict(VerdictKind, detail: String, measures: [Measure])
    /// This group merges into `survivor` because of `verdict`.
    case mergeInto(survivor: String, verdict: VerdictKind)
    /// This group survives a merge and takes in `groups`.
    case absorbs(groups: [String])
    /// Protected, yet without substantive messages for `days`: someone should confirm it is needed.
    case protectedDormant(days: Int, rule: ProtectionRule)
    /// Protected and in use.
    case protectedActive(rule: ProtectionRule)
    /// Protected by a name word (emergency, duty) only, yet alive with nothing but check-ins:
    /// a person decides whether the group or only the roll-call habit should go.
    case protectedCheckInOnly
    /// Younger than the minimum age; not judged yet.
    case tooNew(days: Int)
    /// No verdict: the group does work no other group does.
    case noVerdict
    /// Verdicts point to both dissolving and merging; which is right depends on what the group is for.
    case conflicting(dissolve: [VerdictKind], merge: [VerdictKind])
    /// The only grounds are a measure within the borderline margin of its threshold.
    case borderline(verdict: VerdictKind, measure: Measure)
    /// Merging into `survivor` would create a group over the mega-group limit.
    case megaGroup(survivor: String, members: Int, messagesPerDay: Double, memberLimit: Int, messagesPerDayLimit: Double)
    /// The merge would add more reading than it removes, or more than one person may be given.
    case mergeBurden(MergeBurden)
    /// The merge passed on its own, but with it the plan as a whole would raise the median or
    /// mean weekly reading, so it was withdrawn.
    case planBurden(MergeBurden)
    /// Its merge partners are merged elsewhere, protected, or under review, and it pairs directly
    /// with no survivor (merge clusters never chain).
    case noDirectSurvivor(partners: [String])
    /// Its only merge partners are being dissolved, so this group is the one left doing the work.
    case partnersDissolved(partners: [String])
    /// First seen in a later export only `days` ago: in the grace period, not judged yet.
    case gracePeriod(days: Int)
    /// What the decisions ledger says about the group (`groupslim decide`).
    case ledger(LedgerRuling)
    /// A new group regrowing one the office dissolved or merged away.
    case rebound(Rebound)

    /// A stable identifier for machines (JSON consumers, tests).
    public var code: String {
        switch self {
        case .verdict(let kind, _, _): return "verdict:\(kind.rawValue)"
        case .mergeInto: return "merge-into"
        case .absorbs: return "absorbs"
        case .protectedDormant: return "protected-dormant"
        case .protectedActive: return "protected-active"
        case .protectedCheckInOnly: return "protected-check-in-only"
        case .tooNew: return "too-new"
        case .noVerdict: return "no-verdict"
        case .conflicting: return "conflicting-verdicts"
        case .borderline: return "borderline-evidence"
        case .megaGroup: return "mega-group"
        case .mergeBurden: return "merge-burden"
        case .planBurden: return "plan-burden"
        case .noDirectSurvivor: return "no-direct-survivor"
        case .partnersDissolved: return "partners-dissolved"
        case .gracePeriod: return "grace-period"
        case .ledger(let ruling): return "ledger:\(ruling.code)"
        case .rebound: return "rebound"
        }
    }
}
