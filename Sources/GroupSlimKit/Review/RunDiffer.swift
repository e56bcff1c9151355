import Foundation

/// Compares two recorded plans. The default pair is the last two, so the monthly routine is
/// simply `audit` then `diff`.
public struct RunDiffer {
    public let history: PlanHistory
    public let policy: AnalysisPolicy

    public init(store: GroupStore, policy: AnalysisPolicy) {
        history = PlanHistory(store: store)
        self.policy = policy
    }

    /// - Parameters:
    ///   - from: the earlier run; default the second-to-last recorded.
    ///   - to: the later run; default the last recorded.
    ///   - rebounds: rebounds found by the analysis at the later run's as-of.
    public func diff(from: Int64? = nil, to: Int64? = nil, rebounds: [Rebound] = []) throws -> RunDiff {
        let runs = try history.runs()
        let later = try to.map(history.run) ?? (runs.last ?? { throw ReviewError.notEnoughRuns(found: 0) }())
        let earlier: PlanRun
        if let from {
            earlier = try history.run(from)
        } else {
            let before = runs.filter { ($0.asOf, $0.id) < (later.asOf, later.id) }
            guard let last = before.last else { throw ReviewError.notEnoughRuns(found: runs.count) }
            earlier = last
        }
        return try diff(earlier: earlier, later: later, rebounds: rebounds)
    }

    /// The review between two runs already read (the trend walks every consecutive pair).
    func diff(earlier: PlanRun, later: PlanRun, rebounds: [Rebound] = []) throws -> RunDiff {
        let old = try history.entries(earlier.id)
        let new = try history.entries(later.id)
        let oldByRow = Dictionary(uniqueKeysWithValues: old.map { ($0.rowID, $0) })
        let newByRow = Dictionary(uniqueKeysWithValues: new.map { ($0.rowID, $0) })

        let appeared = new.filter { entry in entry.present && !(oldByRow[entry.rowID]?.present ?? false) }
        let vanished = old.filter { entry in entry.present && !(newByRow[entry.rowID]?.present ?? false) }
        var changed: [RunDiff.VerdictChange] = []
        for entry in new {
            guard let before = oldByRow[entry.rowID], before.verdicts != entry.verdicts else { continue }
            changed.append(.init(group: entry.group, name: entry.name, before: before.verdicts, after: entry.verdicts))
        }
        let overdueAfter = Int64(policy.followUpDays) * 86_400_000
        // The office's last word on each group up to the later plan's day.
        let zone = try Analyzer.analysisZone(history.store, policy: policy)
        let laterDay = TimeFormatting.date(later.asOf, zone: zone)
        var lastDecision: [Int64: DecisionKind] = [:]
        for decision in try DecisionLedger(store: history.store).all() where decision.decidedOn <= laterDay {
            lastDecision[decision.groupRowID] = decision.kind
        }
        var progress: [RunDiff.Progress] = []
        for entry in old where entry.action == "dissolve" || entry.action == "merge" {
            let gone = !(newByRow[entry.rowID]?.present ?? false)
            let since = try history.messages(group: entry.rowID, after: earlier.asOf, upTo: later.asOf)
            let state: RunDiff.ProgressState
            if let decision = lastDecision[entry.rowID], decision == .keep || decision == .reject {
                state = .declined
            } else if gone || since == 0 {
                state = .carriedOut
            } else {
                state = later.asOf - earlier.asOf >= overdueAfter ? .overdue : .notCarriedOut
            }
            progress.append(.init(group: entry.group, name: entry.name, proposed: entry.action, mergeInto: entry.mergeInto,
                                  state: state, messagesSince: since, gone: gone))
        }
        func refs(_ entries: [PlanRunEntry]) -> [RunDiff.GroupRef] { entries.map { .init(group: $0.group, name: $0.name) } }
        return RunDiff(from: earlier, to: later, newGroups: refs(appeared), vanishedGroups: refs(vanished),
                       changedVerdicts: changed, progress: progress, rebounds: rebounds)
    }
}
