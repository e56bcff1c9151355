import Foundation

/// The plan as JSON: `{"as_of", "dry_run": true, "groups": [{"id", "name", "verdicts", "action",
/// "merge_into", "reasons", "members_affected", …}], "clusters", "summary", …}` with every figure
/// the reports show, so other tools need nothing else. Keys are sorted and numbers rounded, so
/// the same plan always gives the same bytes.
public struct PlanDocument: Encodable {
    struct Group: Encodable {
        var id: String
        var platform: String
        var name: String
        var ownerUnit: JSONNullable<String>
        var verdicts: [String]
        var action: String
        var mergeInto: JSONNullable<String>
        var reasons: [String]
        var reasonCodes: [String]
        var membersAffected: [String]
        var members: Int
        var messagesInWindow: Int
        var messagesPerDay: Double
        var crossPostCopiesInWindow: Int
        var checkInDemandsInWindow: Int
        var messagesPer30Days: [Int]
        var lastSubstantive: JSONNullable<String>
        var evidence: [String: Evidence]
    }

    struct Evidence: Encodable {
        var reason: String
        var measures: [String]
        var related: [String]
    }

    struct Cluster: Encodable {
        var survivor: String
        var merged: [String]
        var mergedMembers: Int
        var expectedMessagesPerDay: Double
        var summedMessagesPerDay: Double
        var collapsedCrossPostCopies: Int
        var exceedsMegaGroupLimit: Bool
        var addedMessagesPerWeek: Double
        var removedMessagesPerWeek: Double
        var membershipsRemoved: Int
        var maxAddedPerPersonWeek: Double
        var peopleReadingMore: Int
        var netCostPerWeek: Double
        var exceedsBurdenLimit: Bool
        var raisesPlanReading: Bool
        var proposed: Bool
    }

    struct Spread: Encodable {
        var median: Double
        var p90: Double
        var max: Double
        var mean: Double

        init(_ d: Distribution) {
            median = PlanDocument.round(d.median)
            p90 = PlanDocument.round(d.p90)
            max = PlanDocument.round(d.max)
            mean = PlanDocument.round(d.mean)
        }
    }

    struct Person: Encodable {
        var id: String
        var name: String?
        var unit: String?
        var groupsBefore: Int
        var groupsAfter: Int
        var messagesPerWeekBefore: Double
        var messagesPerWeekAfter: Double
    }

    struct Summary: Encodable {
        var actions: [String: Int]
        var groupsBefore: Int
        var groupsAfter: Int
        var members: Int
        var groupsPerMemberBefore: Spread
        var groupsPerMemberAfter: Spread
        var groupsPerMemberHistogramBefore: [Int]
        var groupsPerMemberHistogramAfter: [Int]
        var messagesPerMemberWeekBefore: Spread
        var messagesPerMemberWeekAfter: Spread
        var mostBurdened: [Person]
        var crossPostCopiesBefore: Int
        var crossPostCopiesRemoved: Int
        var checkInDemandsBefore: Int
        var checkInDemandsRemoved: Int
        var checkInDemandsRemovedPerWeek: Double
        var windowDays: Int
        var messagesByHour: [Int]
    }

    var asOf: String
    var timeZone: String
    var dryRun = true
    var language: String
    var groups: [Group]
    var clusters: [Cluster]
    var summary: Summary
    var megaGroupMembers: Int
    var megaGroupMessagesPerDay: Double
    /// The recorded plans up to this one, as the reports' trend section shows them; left out
    /// when there is no trend (fewer than two recorded plans).
    var trend: [TrendPoint]?

    public init(_ plan: CleanupPlan, language: ReportLanguage, trend: [TrendPoint] = []) {
        let s = language.strings
        let zone = plan.analysis.zone
        let days = Double(plan.activity.windowDays)
        asOf = TimeFormatting.iso(plan.asOf, zone: zone)
        timeZone = plan.analysis.timeZone
        self.language = language.rawValue
        groups = zip(plan.proposals, plan.analysis.groups).map { proposal, group in
            let counts = plan.activity.counts(group.profile.rowID)
            return Group(
                id: proposal.groupID, platform: proposal.platform, name: proposal.name, ownerUnit: JSONNullable(proposal.ownerUnit),
                verdicts: proposal.verdicts.map(\.rawValue), action: proposal.action.rawValue,
                mergeInto: JSONNullable(proposal.mergeInto),
                reasons: proposal.reasons.map(s.reason), reasonCodes: proposal.reasons.map(\.code),
                membersAffected: proposal.membersAffected, members: group.signals.memberCount,
                messagesInWindow: counts.messages, messagesPerDay: PlanDocument.round(Double(counts.messages) / days),
                crossPostCopiesInWindow: counts.crossPostCopies, checkInDemandsInWindow: counts.checkInDemands,
                messagesPer30Days: group.signals.messagesPerWindow,
                lastSubstantive: JSONNullable(group.signals.lastSubstantiveAt.map { TimeFormatting.date($0, zone: zone) }),
                evidence: Dictionary(uniqueKeysWithValues: group.checks.filter(\.granted).map {
                    ($0.verdict.rawValue, Evidence(reason: $0.reason, measures: $0.measures.map(\.text), related: $0.related))
                }))
        }
        clusters = plan.clusters.map {
            Cluster(survivor: $0.survivor, merged: $0.merged, mergedMembers: $0.mergedMembers,
                    expectedMessagesPerDay: PlanDocument.round($0.expectedMessagesPerDay),
                    summedMessagesPerDay: PlanDocument.round($0.summedMessagesPerDay),
                    collapsedCrossPostCopies: $0.collapsedCrossPosts, exceedsMegaGroupLimit: $0.exceedsMegaGroupLimit,
                    addedMessagesPerWeek: PlanDocument.round($0.addedMessagesPerWeek),
                    removedMessagesPerWeek: PlanDocument.round($0.removedMessagesPerWeek),
                    membershipsRemoved: $0.membershipsRemoved, maxAddedPerPersonWeek: PlanDocument.round($0.maxAddedPerPersonWeek),
                    peopleReadingMore: $0.peopleReadingMore, netCostPerWeek: PlanDocument.round($0.netCostPerWeek),
                    exceedsBurdenLimit: $0.exceedsBurdenLimit, raisesPlanReading: $0.raisesPlanReading, proposed: !$0.isRefused)
        }
        let b = plan.burden
        summary = Summary(
            actions: Dictionary(uniqueKeysWithValues: PlanAction.allCases.map { ($0.rawValue, plan.actionCounts[$0, default: 0]) }),
            groupsBefore: b.groupsBefore, groupsAfter: b.groupsAfter, members: b.members,
            groupsPerMemberBefore: Spread(b.groupsPerMemberBefore), groupsPerMemberAfter: Spread(b.groupsPerMemberAfter),
            groupsPerMemberHistogramBefore: b.groupsPerMemberHistogramBefore,
            groupsPerMemberHistogramAfter: b.groupsPerMemberHistogramAfter,
            messagesPerMemberWeekBefore: Spread(b.messagesPerMemberWeekBefore),
            messagesPerMemberWeekAfter: Spread(b.messagesPerMemberWeekAfter),
            mostBurdened: b.mostBurdened.map {
                Person(id: $0.personID, name: $0.name, unit: $0.unit, groupsBefore: $0.groupsBefore, groupsAfter: $0.groupsAfter,
                       messagesPerWeekBefore: PlanDocument.round($0.messagesPerWeekBefore),
                       messagesPerWeekAfter: PlanDocument.round($0.messagesPerWeekAfter))
            },
            crossPostCopiesBefore: b.crossPostCopiesBefore, crossPostCopiesRemoved: b.crossPostCopiesRemoved,
            checkInDemandsBefore: b.checkInDemandsBefore, checkInDemandsRemoved: b.checkInDemandsRemoved,
            checkInDemandsRemovedPerWeek: PlanDocument.round(Double(b.checkInDemandsRemoved) / plan.activity.windowWeeks),
            windowDays: b.windowDays, messagesByHour: plan.activity.messagesByHour)
        megaGroupMembers = plan.analysis.policy.megaGroupMembers
        megaGroupMessagesPerDay = plan.analysis.policy.megaGroupMessagesPerDay
        self.trend = trend.isEmpty ? nil : trend
    }

    static func round(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    /// Pretty JSON with sorted snake_case keys and a trailing newline.
    public func json() throws -> String {
        try StableJSON.text(self) + "\n"
    }
}
