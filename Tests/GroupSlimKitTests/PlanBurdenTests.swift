import Foundation
import Testing
@testable import GroupSlimKit

/// The before/after figures on a district small enough to work out by hand (see
/// ``PlanDistricts/handComputed(names:)`` for the arithmetic's inputs).
@Suite("Plan costs and savings")
struct PlanBurdenTests {
    static func plan(_ builder: DistrictBuilder, policy: AnalysisPolicy = AnalysisPolicy()) throws -> CleanupPlan {
        let store = try builder.build()
        let analysis = try Analyzer(policy: policy, asOf: DistrictBuilder.asOf, timeZone: TestFiles.shanghai).run(store)
        return try PlanBuilder().build(store, analysis: analysis)
    }

    @Test("actions, survivor and merged-group cost on the hand-computed district")
    func actions() throws {
        let plan = try Self.plan(PlanDistricts.handComputed())
        #expect(plan.proposal("keep")?.action == .keep)
        #expect(plan.proposal("dead")?.action == .dissolve)
        #expect(plan.proposal("dup-a")?.action == .merge)
        #expect(plan.proposal("dup-a")?.mergeInto == "dup-b", "dup-b has 39 substantive messages in the window against 13")
        #expect(plan.proposal("dup-b")?.action == .keep)
        #expect(plan.proposal("dup-b")?.reasons.first == .absorbs(groups: ["dup-a"]))
        #expect(plan.proposal("dead")?.membersAffected == ["p1", "p2", "p3"])
        #expect(plan.proposal("dup-a")?.membersAffected == ["p1", "q1", "q2", "q3", "q4", "q5"])
        #expect(plan.proposal("dup-b")?.membersAffected == [], "nobody new joins: the rosters are the same")
        let cluster = try #require(plan.clusters.first)
        #expect(plan.clusters.count == 1)
        #expect(cluster.survivor == "dup-b" && cluster.merged == ["dup-a"])
        #expect(cluster.mergedMembers == 6)
        #expect(cluster.collapsedCrossPosts == 1)
        #expect(abs(cluster.expectedMessagesPerDay - 51.0 / 91) < 1e-9)
        #expect(abs(cluster.summedMessagesPerDay - 52.0 / 91) < 1e-9)
        #expect(!cluster.exceedsMegaGroupLimit)
    }

    @Test("groups, groups per member, messages per member per week, cross-posts and check-ins before and after")
    func beforeAfter() throws {
        let b = try Self.plan(PlanDistricts.handComputed()).burden
        #expect(b.windowDays == 91)
        #expect(b.groupsBefore == 4 && b.groupsAfter == 2)
        #expect(b.groupsDissolved == 1 && b.groupsMerged == 1 && b.groupsInReview == 0)
        #expect(b.members == 10)
        // Before: p1 in 4 groups; p2, p3 in 2; p4, p5 in 1; q1…q5 in 2.
        #expect(b.groupsPerMemberBefore == Distribution([4, 2, 2, 1, 1, 2, 2, 2, 2, 2]))
        #expect(b.groupsPerMemberBefore.median == 2 && b.groupsPerMemberBefore.p90 == 2 && b.groupsPerMemberBefore.max == 4)
        // After: p1 in keep and dup-b; everyone else in one group.
        #expect(b.groupsPerMemberAfter.median == 1 && b.groupsPerMemberAfter.p90 == 1 && b.groupsPerMemberAfter.max == 2)
        #expect(b.groupsPerMemberHistogramBefore == [0, 2, 7, 0, 1])
        #expect(b.groupsPerMemberHistogramAfter == [0, 9, 1])
        // Weekly reading before: keep 2, dead 1, dup-a 1, dup-b 3 → p1 7; p2, p3 3; p4, p5 2; q 4.
        #expect(b.messagesPerMemberWeekBefore.median == 4)
        #expect(b.messagesPerMemberWeekBefore.p90 == 4)
        #expect(b.messagesPerMemberWeekBefore.max == 7)
        #expect(abs(b.messagesPerMemberWeekBefore.mean - 37.0 / 10) < 1e-9, "(7 + 3 + 3 + 2 + 2 + 5 × 4) / 10")
        // After: the merged group carries 51/13 a week → p1 2 + 51/13; p2…p5 2; q 51/13.
        let merged = 51.0 / 13
        #expect(abs(b.messagesPerMemberWeekAfter.median - merged) < 1e-9, "sorted: 2 2 2 2 m m m m m 2+m; the middle pair is m, m")
        #expect(abs(b.messagesPerMemberWeekAfter.p90 - merged) < 1e-9)
        #expect(abs(b.messagesPerMemberWeekAfter.max - (2 + merged)) < 1e-9)
        #expect(b.crossPostCopiesBefore == 2 && b.crossPostCopiesRemoved == 1)
        #expect(b.checkInDemandsBefore == 13 && b.checkInDemandsRemoved == 13)
        let top = try #require(b.mostBurdened.first)
        #expect(top.personID == "p1" && top.groupsBefore == 4 && top.groupsAfter == 2)
        #expect(b.mostBurdened.map(\.personID) == ["p1", "q1", "q2", "q3", "q4", "q5", "p2", "p3", "p4", "p5"],
                "most groups first, then most to read, then id")
    }

    @Test("median of an even count averages the middle pair; p90 is the nearest rank")
    func distribution() {
        let d = Distribution([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
        #expect(d.median == 5.5 && d.p90 == 9 && d.max == 10 && d.mean == 5.5)
        #expect(Distribution([3]).p90 == 3)
        #expect(Distribution([]) == Distribution([]) && Distribution([]).count == 0)
    }
}
