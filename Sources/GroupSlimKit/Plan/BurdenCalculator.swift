/// Computes ``BurdenSummary``: every member's groups and weekly reading before the plan and
/// after it, as if every proposal were carried out (review and keep change nothing).
///
/// After the plan a member of a dissolved group loses it; a member of a merged group is in the
/// survivor instead (counted once even if they were in several groups of the cluster); a merged
/// group's traffic is the cluster's traffic with cross-posted copies counted once.
struct BurdenCalculator {
    let groups: [GroupAnalysis]
    let proposals: [GroupProposal]
    let clusters: [MergeCluster]
    let activity: WindowActivity
    let people: PersonDirectory

    static let mostBurdenedCount = 20

    func summary() -> BurdenSummary {
        let index = Dictionary(uniqueKeysWithValues: groups.enumerated().map { ($1.profile.sourceID, $0) })
        let before = groups.map { activity.messagesPerWeek($0.profile.rowID) }
        var after = before
        for cluster in clusters where !cluster.isRefused {
            if let survivor = index[cluster.survivor] { after[survivor] = cluster.expectedMessagesPerDay * 7 }
        }
        // Where each group's members are after the plan (nil: nowhere, the group is dissolved).
        let destination: [Int?] = proposals.enumerated().map { position, proposal in
            switch proposal.action {
            case .dissolve: return nil
            case .merge: return proposal.mergeInto.flatMap { index[$0] }
            case .keep, .review: return position
            }
        }
        var groupsOf: [Int64: [Int]] = [:]
        for (position, group) in groups.enumerated() {
            for member in group.profile.members { groupsOf[member, default: []].append(position) }
        }
        var burdens: [BurdenSummary.PersonBurden] = []
        for (person, memberOf) in groupsOf {
            let remaining = Set(memberOf.compactMap { destination[$0] }).sorted()
            let info = people.people[person]
            burdens.append(BurdenSummary.PersonBurden(
                personID: people.sourceID(person), name: info?.name, unit: info?.unit,
                groupsBefore: memberOf.count, groupsAfter: remaining.count,
                messagesPerWeekBefore: memberOf.reduce(0) { $0 + before[$1] },
                messagesPerWeekAfter: remaining.reduce(0) { $0 + after[$1] }))
        }
        burdens.sort {
            ($1.groupsBefore, $1.messagesPerWeekBefore, $0.personID) < ($0.groupsBefore, $0.messagesPerWeekBefore, $1.personID)
        }
        let dissolved = proposals.indices.filter { proposals[$0].action == .dissolve }
        let collapsed = clusters.filter { !$0.isRefused }.reduce(0) { $0 + $1.collapsedCrossPosts }
        let counts = groups.map { activity.counts($0.profile.rowID) }
        let merged = proposals.filter { $0.action == .merge }.count
        return BurdenSummary(
            groupsBefore: groups.count, groupsAfter: groups.count - dissolved.count - merged,
            groupsDissolved: dissolved.count, groupsMerged: merged,
            groupsInReview: proposals.filter { $0.action == .review }.count,
            members: burdens.count,
            groupsPerMemberBefore: Distribution(burdens.map { Double($0.groupsBefore) }),
            groupsPerMemberAfter: Distribution(burdens.map { Double($0.groupsAfter) }),
            groupsPerMemberHistogramBefore: BurdenCalculator.histogram(burdens.map(\.groupsBefore)),
            groupsPerMemberHistogramAfter: BurdenCalculator.histogram(burdens.map(\.groupsAfter)),
            messagesPerMemberWeekBefore: Distribution(burdens.map(\.messagesPerWeekBefore)),
            messagesPerMemberWeekAfter: Distribution(burdens.map(\.messagesPerWeekAfter)),
            mostBurdened: Array(burdens.prefix(BurdenCalculator.mostBurdenedCount)),
            crossPostCopiesRemoved: dissolved.reduce(0) { $0 + counts[$1].crossPostCopies } + collapsed,
            crossPostCopiesBefore: counts.reduce(0) { $0 + $1.crossPostCopies },
            checkInDemandsRemoved: dissolved.reduce(0) { $0 + counts[$1].checkInDemands },
            checkInDemandsBefore: counts.reduce(0) { $0 + $1.checkInDemands },
            windowDays: activity.windowDays)
    }

    /// `result[n]` = how many values equal n.
    static func histogram(_ values: [Int]) -> [Int] {
        var result = [Int](repeating: 0, count: (values.max() ?? 0) + 1)
        for value in values { result[value] += 1 }
        return result
    }
}
