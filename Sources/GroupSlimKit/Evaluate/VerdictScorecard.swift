/// How a plan fares against a district's ground truth: per-verdict precision and recall, and every
/// place where an office would disagree (a missed or wrong verdict, an action the truth does not
/// accept, a merge into the wrong group, a protected group dissolved or merged, more reading).
///
/// Precision counts a granted verdict as wrong only where the truth forbids it (`must_not_have`);
/// a verdict the truth neither requires nor forbids is not scored.
public struct VerdictScorecard: Sendable {
    public struct Score: Sendable, Equatable {
        public var verdict: String
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0

        /// `nil` when nothing was granted or planted to score.
        public var precision: Double? {
            truePositives + falsePositives == 0 ? nil : Double(truePositives) / Double(truePositives + falsePositives)
        }
        public var recall: Double? {
            truePositives + falseNegatives == 0 ? nil : Double(truePositives) / Double(truePositives + falseNegatives)
        }
    }

    public var scores: [Score]
    /// One line per disagreement, sorted: `id name (kind): what is wrong`.
    public var problems: [String]
    /// Truth labels no group of the plan matched.
    public var unmatched: [String]
    public var groupsScored: Int
    /// Whether the plan leaves the median and mean weekly reading where they were or lower.
    public var readingDoesNotRise: Bool

    public static let verdicts = ["zombie", "task-ended", "duplicate", "overlapping", "check-in-only", "protected", "too-new"]

    public init(plan: CleanupPlan, truth: GroundTruth) {
        let proposals = plan.proposals
        var byID: [String: Int] = [:]
        var byName: [String: [Int]] = [:]
        for (index, group) in plan.analysis.groups.enumerated() {
            byID[group.profile.sourceID] = index
            byID[group.profile.qualifiedID] = index
            byName[group.profile.name, default: []].append(index)
        }
        // Truth ids by the plan's ids, so a merge target is compared in the truth's terms; truth
        // ids may be matched through an alternate id (the district's Discord export).
        var truthID: [String: String] = [:]
        var matched: [(GroundTruth.Label, Int)] = []
        var unmatched: [String] = []
        for label in truth.labels {
            let index = byID[label.groupID] ?? label.alternateIDs.lazy.compactMap { byID[$0] }.first ?? label.name.flatMap { name in byName[name].flatMap { $0.count == 1 ? $0[0] : nil } }
            guard let index else {
                unmatched.append(label.groupID)
                continue
            }
            truthID[plan.analysis.groups[index].profile.sourceID] = label.groupID
            matched.append((label, index))
        }
        var scores = Dictionary(uniqueKeysWithValues: VerdictScorecard.verdicts.map { ($0, Score(verdict: $0)) })
        var problems: [String] = []
        for (label, index) in matched {
            let proposal = proposals[index]
            let granted = Set(proposal.verdicts.map(\.rawValue))
            var wrong: [String] = []
            for verdict in VerdictScorecard.verdicts {
                let has = granted.contains(verdict)
                if label.mustHave.contains(verdict) {
                    if has { scores[verdict]!.truePositives += 1 } else {
                        scores[verdict]!.falseNegatives += 1
                        wrong.append("missing \(verdict)")
                    }
                } else if label.mustNotHave.contains(verdict), has {
                    scores[verdict]!.falsePositives += 1
                    wrong.append("wrongly \(verdict)")
                }
            }
            let action = proposal.action.rawValue
            if let accepted = label.acceptableActions, !accepted.contains(action) {
                wrong.append("action \(action), accepted \(accepted.sorted().joined(separator: "/"))")
            }
            if proposal.action == .merge, let targets = label.mergeIntoAnyOf, let into = proposal.mergeInto {
                let target = truthID[into] ?? into
                if !targets.contains(target) { wrong.append("merged into \(target), accepted \(targets.sorted().joined(separator: "/"))") }
            }
            if label.mustHave.contains("protected"), proposal.action.removesGroup {
                wrong.append("protected group proposed for \(action)")
            }
            if !wrong.isEmpty {
                problems.append("\(label.groupID) \(label.name ?? proposal.name) (\(label.kind)): " + wrong.joined(separator: "; "))
            }
        }
        self.scores = VerdictScorecard.verdicts.map { scores[$0]! }
        self.problems = problems.sorted()
        self.unmatched = unmatched.sorted()
        groupsScored = matched.count
        let burden = plan.burden
        readingDoesNotRise = burden.messagesPerMemberWeekAfter.median <= burden.messagesPerMemberWeekBefore.median + 0.005
            && burden.messagesPerMemberWeekAfter.mean <= burden.messagesPerMemberWeekBefore.mean + 0.005
    }
}
