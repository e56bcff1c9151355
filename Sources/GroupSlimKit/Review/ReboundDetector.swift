import Foundation

/// Finds new groups that regrow dissolved or merged ones.
///
/// A rebound is the same working circle regrouped for the same purpose after the office
/// retired its group. So it needs both: most of the new group's people were in the retired one
/// (`reboundMemberShare`, and at least `minimumSharedMembers`), and the purpose matches — a
/// shared purpose tag, a similar name (`duplicateNameSimilarity`), or, when the tags and name
/// say nothing, the same owner unit with nearly the whole circle back (`overlapContainment`).
/// Only groups that started after the decision day count, and never the merge's own survivor.
public struct ReboundDetector {
    public var policy: AnalysisPolicy

    public init(policy: AnalysisPolicy) {
        self.policy = policy
    }

    public func detect(_ analysis: AnalysisResult, decisions: [Decision]) -> [Rebound] {
        let zone = analysis.zone
        let retired = latestRetirements(decisions)
        guard !retired.isEmpty else { return [] }
        let byRow = Dictionary(uniqueKeysWithValues: analysis.groups.map { ($0.profile.rowID, $0) })
        var found: [Rebound] = []
        for candidate in analysis.groups {
            guard let start = Self.start(candidate) else { continue }
            let startDay = TimeFormatting.date(start, zone: zone)
            var best: Rebound?
            for decision in retired where decision.groupRowID != candidate.profile.rowID {
                guard startDay > decision.decidedOn, let earlier = byRow[decision.groupRowID] else { continue }
                // Its survivor is where the circle was sent, not a regrowth (by row: ids may be shared).
                if decision.intoGroupRowID == candidate.profile.rowID { continue }
                guard let rebound = match(candidate, earlier, decision: decision, startDay: startDay) else { continue }
                if best.map({ rebound.memberShare > $0.memberShare }) ?? true { best = rebound }
            }
            if let best { found.append(best) }
        }
        return found.sorted { ($0.group, $0.earlierGroup) < ($1.group, $1.earlierGroup) }
    }

    // MARK: - Private

    private func match(_ new: GroupAnalysis, _ earlier: GroupAnalysis, decision: Decision, startDay: String) -> Rebound? {
        let members = new.profile.members
        guard !members.isEmpty else { return nil }
        let shared = Set(members).intersection(earlier.profile.members).count
        let share = Double(shared) / Double(members.count)
        guard shared >= policy.minimumSharedMembers, share >= policy.reboundMemberShare else { return nil }
        let tags = Set(new.profile.tags).intersection(earlier.profile.tags).sorted()
        let nameSimilarity = GroupNameSimilarity.similarity(new.profile.name, earlier.profile.name)
        let sameUnit = new.profile.ownerUnit != nil && new.profile.ownerUnit == earlier.profile.ownerUnit
        let evidence: String
        if !tags.isEmpty {
            evidence = "tags"
        } else if nameSimilarity >= policy.duplicateNameSimilarity {
            evidence = "name"
        } else if sameUnit, share >= policy.overlapContainment {
            evidence = "owner unit"
        } else {
            return nil
        }
        return Rebound(
            group: new.profile.qualifiedID, name: new.profile.name,
            earlierGroup: earlier.profile.qualifiedID, earlierName: earlier.profile.name,
            decision: decision.kind, decidedOn: decision.decidedOn, startedOn: startDay, sharedMembers: shared,
            memberShare: (share * 1000).rounded() / 1000, sharedTags: tags,
            nameSimilarity: (nameSimilarity * 1000).rounded() / 1000, sameOwnerUnit: sameUnit, purposeEvidence: evidence)
    }

    /// The last decision per group, kept when it retired the group.
    private func latestRetirements(_ decisions: [Decision]) -> [Decision] {
        var latest: [Int64: Decision] = [:]
        for decision in decisions {
            if let seen = latest[decision.groupRowID], (seen.decidedOn, seen.id) > (decision.decidedOn, decision.id) { continue }
            latest[decision.groupRowID] = decision
        }
        return latest.values.filter { $0.kind == .dissolved || $0.kind == .merged }.sorted { $0.id < $1.id }
    }

    /// When a group started: its creation, else the earliest of its first message and first join.
    static func start(_ group: GroupAnalysis) -> Int64? {
        if let created = group.profile.createdAt { return created }
        return [group.signals.firstMessageAt, group.profile.earliestJoin].compactMap { $0 }.min()
    }
}
