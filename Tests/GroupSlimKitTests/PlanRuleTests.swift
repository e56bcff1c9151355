import Foundation
import Testing
@testable import GroupSlimKit

/// The plan's rules on small hand-built districts: no chaining, the survivor rule, the
/// mega-group limit, and every road to review.
@Suite("Plan rules")
struct PlanRuleTests {
    static func plan(_ builder: DistrictBuilder, policy: AnalysisPolicy = AnalysisPolicy()) throws -> CleanupPlan {
        try PlanBurdenTests.plan(builder, policy: policy)
    }

    /// A~B and B~C are duplicates, A~C is not (Jaccard 37/43 and 34/46). `busiest` posts daily,
    /// the others every third day. A sign-in group of everyone is dissolved, so the plan as a whole
    /// lowers everyone's reading and the merges are not withdrawn for raising it.
    static func chain(busiest: String) -> DistrictBuilder {
        let core = DistrictBuilder.people("m", 0..<40)
        let rosters = [
            "A": Array(core.prefix(37)) + ["a1", "a2", "a3"],
            "B": core,
            "C": Array(core.suffix(37)) + ["c1", "c2", "c3"],
        ]
        var d = DistrictBuilder()
        for id in ["A", "B", "C"] {
            let members = rosters[id]!
            d.add(.init(id: id, name: "网格员工作群\(id)", unit: "综治中心", tags: ["网格"], members: members, createdDaysAgo: 300,
                        messages: PlanDistricts.stream(id, from: 80, to: 1, every: id == busiest ? 1 : 3, senders: Array(members.prefix(5)))))
        }
        let everyone = core + ["a1", "a2", "a3", "c1", "c2", "c3"]
        d.add(.init(id: "roll", name: "每日签到", unit: "综治中心", members: everyone, createdDaysAgo: 300,
                    messages: VerdictTrustTests.rollCall(["签到", "已到岗"], days: 85, senders: Array(everyone.prefix(8)))))
        return d
    }

    @Test("A~B and B~C with A the most active: A takes B in, C is not chained onto A and goes to review")
    func noChaining() throws {
        let plan = try Self.plan(Self.chain(busiest: "A"))
        let jaccardAC = plan.analysis.pairs.first { $0.a == "A" && $0.b == "C" }?.jaccard
        #expect(jaccardAC == nil, "A and C are not even a candidate pair")
        #expect(plan.proposal("A")?.action == .keep)
        #expect(plan.proposal("B")?.action == .merge && plan.proposal("B")?.mergeInto == "A")
        let c = try #require(plan.proposal("C"))
        #expect(c.action == .review)
        #expect(c.mergeInto == nil)
        #expect(c.reasons.first == .noDirectSurvivor(partners: ["B"]))
        #expect(plan.clusters.map(\.merged) == [["B"]])
    }

    @Test("A~B and B~C with B the most active: a star, both fold into B")
    func star() throws {
        let plan = try Self.plan(Self.chain(busiest: "B"))
        #expect(plan.proposal("A")?.mergeInto == "B")
        #expect(plan.proposal("C")?.mergeInto == "B")
        #expect(plan.proposal("B")?.action == .keep)
        #expect(plan.proposal("B")?.reasons.first == .absorbs(groups: ["A", "C"]))
        #expect(plan.clusters.count == 1 && plan.clusters[0].mergedMembers == 46)
        // Every merged group pairs directly with its survivor.
        for cluster in plan.clusters {
            for merged in cluster.merged {
                let pair = plan.analysis.pairs.first { Set([$0.a, $0.b]) == Set([merged, cluster.survivor]) }
                #expect(pair != nil, "\(merged) must pair directly with \(cluster.survivor)")
            }
        }
    }

    @Test("survivor rule: recent substantive activity, then lifetime, then owner unit, then age, then size, then id")
    func survivorRule() {
        let rule = SurvivorRule()
        let base = SurvivorRule.Candidate(groupID: "g2", recentSubstantive: 10, substantive: 100, hasOwnerUnit: false, ageDays: 100.5, members: 20)
        func with(_ change: (inout SurvivorRule.Candidate) -> Void) -> SurvivorRule.Candidate {
            var copy = base
            copy.groupID = "g9"
            change(&copy)
            return copy
        }
        #expect(rule.prefers(with { $0.recentSubstantive = 11; $0.substantive = 1 }, over: base))
        #expect(rule.prefers(with { $0.substantive = 101; $0.hasOwnerUnit = false; $0.ageDays = 1 }, over: base))
        #expect(rule.prefers(with { $0.hasOwnerUnit = true; $0.ageDays = 1; $0.members = 1 }, over: base))
        #expect(rule.prefers(with { $0.ageDays = 101.2; $0.members = 1 }, over: base))
        #expect(!rule.prefers(with { $0.ageDays = 100.9; $0.members = 19 }, over: base), "same whole day: size decides")
        #expect(rule.prefers(with { $0.members = 21 }, over: base))
        #expect(rule.prefers(base, over: with { _ in }), "all equal: the smaller id")
        #expect(rule.ranked([with { _ in }, base]).map(\.groupID) == ["g2", "g9"])
    }

    @Test("survivor rule in a plan: with equal activity, the group with an owner unit survives")
    func survivorByOwnerUnit() throws {
        let q = DistrictBuilder.people("q", 0..<8)
        var d = DistrictBuilder()
        d.add(.init(id: "x1", name: "楼栋长联络群", tags: ["楼栋"], members: q, createdDaysAgo: 300,
                    messages: PlanDistricts.stream("x1", from: 60, to: 2, every: 2, senders: q)))
        d.add(.init(id: "x2", name: "楼栋长联络群二", unit: "东山社区", tags: ["楼栋"], members: q, createdDaysAgo: 300,
                    messages: PlanDistricts.stream("x2", from: 60, to: 2, every: 2, senders: q)))
        let plan = try Self.plan(d)
        #expect(plan.proposal("x1")?.mergeInto == "x2")
        #expect(plan.proposal("x2")?.action == .keep)
    }

    @Test("a merge over the mega-group limit is not proposed: both groups go to review and the cluster is flagged")
    func megaGroup() throws {
        var policy = AnalysisPolicy()
        policy.megaGroupMembers = 5
        let plan = try Self.plan(PlanDistricts.handComputed(), policy: policy)
        #expect(plan.proposal("dup-a")?.action == .review)
        #expect(plan.proposal("dup-b")?.action == .review)
        #expect(plan.proposal("dup-a")?.reasons.first?.code == "mega-group")
        #expect(plan.clusters.allSatisfy(\.exceedsMegaGroupLimit) && !plan.clusters.isEmpty)
        #expect(plan.burden.groupsAfter == 3, "only the zombie is gone")
        var perDay = AnalysisPolicy()
        perDay.megaGroupMessagesPerDay = 0.5
        #expect(try Self.plan(PlanDistricts.handComputed(), policy: perDay).proposal("dup-a")?.action == .review,
                "51/91 = 0.56 messages a day is over a 0.5 limit")
    }

    @Test("review: protected but dormant, borderline evidence; a dead sub-group is dissolved; keep when partners are dissolved")
    func reviews() throws {
        let staff = DistrictBuilder.people("s", 0..<12)
        var d = DistrictBuilder()
        d.add(.init(id: "office", name: "街道办公室工作群", unit: "街道办", members: staff, createdDaysAgo: 500,
                    messages: PlanDistricts.stream("office", from: 80, to: 1, every: 1, senders: staff)))
        d.add(.init(id: "sub", name: "办公室内勤群", unit: "街道办", members: Array(staff.prefix(6)), createdDaysAgo: 500,
                    messages: PlanDistricts.stream("sub", from: 400, to: 300, every: 5, senders: staff)))
        d.add(.init(id: "guard", name: "防汛值守群", members: staff, createdDaysAgo: 900, isProtected: true,
                    messages: PlanDistricts.stream("guard", from: 800, to: 500, every: 10, senders: staff)))
        d.add(.init(id: "guard-live", name: "应急值守群", members: DistrictBuilder.people("g", 0..<5), createdDaysAgo: 900, isProtected: true,
                    messages: PlanDistricts.stream("guard-live", from: 60, to: 1, every: 5, senders: DistrictBuilder.people("g", 0..<5))))
        d.add(.init(id: "edge", name: "边界群", members: DistrictBuilder.people("e", 0..<5), createdDaysAgo: 400,
                    messages: PlanDistricts.stream("edge", from: 291.2, to: 91, every: 5, senders: DistrictBuilder.people("e", 0..<5))))
        d.add(.init(id: "quiet", name: "旧沟通群", members: DistrictBuilder.people("k", 0..<5), createdDaysAgo: 400,
                    messages: PlanDistricts.stream("quiet", from: 300, to: 120, every: 5, senders: DistrictBuilder.people("k", 0..<5))))
        let big = DistrictBuilder.people("b", 0..<30)
        d.add(.init(id: "big-dead", name: "创城志愿者群", unit: "文明办", members: big, createdDaysAgo: 600,
                    messages: PlanDistricts.stream("big-dead", from: 500, to: 200, every: 3, senders: big)))
        d.add(.init(id: "core", name: "创城志愿者通知群", unit: "文明办", members: Array(big.prefix(10)), createdDaysAgo: 600,
                    messages: PlanDistricts.stream("core", from: 80, to: 1, every: 1, senders: Array(big.prefix(10)))))
        let plan = try Self.plan(d)
        let sub = try #require(plan.proposal("sub"))
        // Its purpose (内勤, the office's back-office team) is not the office group's: not overlapping.
        #expect(Set(sub.verdicts) == [.zombie])
        #expect(sub.action == .dissolve)
        #expect(plan.proposal("guard")?.action == .review)
        #expect(plan.proposal("guard")?.reasons.first?.code == "protected-dormant")
        #expect(plan.proposal("guard-live")?.action == .keep && plan.proposal("guard-live")?.reasons == [.protectedActive(rule: .marked)])
        let edge = try #require(plan.proposal("edge"))
        #expect(edge.verdicts == [.zombie])
        #expect(edge.action == .review, "91 days against 90 is inside the 2% borderline margin")
        #expect(edge.reasons.first?.code == "borderline-evidence")
        #expect(plan.proposal("quiet")?.action == .dissolve)
        #expect(plan.proposal("big-dead")?.action == .dissolve)
        let core = try #require(plan.proposal("core"))
        #expect(core.verdicts == [.overlapping])
        #expect(core.action == .keep && core.reasons.first == .partnersDissolved(partners: ["big-dead"]))
        #expect(plan.proposal("office")?.action == .keep)
        var strict = AnalysisPolicy()
        strict.borderlineMargin = 0
        #expect(try Self.plan(d, policy: strict).proposal("edge")?.action == .dissolve, "margin 0 turns borderline off")
    }

    @Test("the plan changes nothing in the database but its own record, and records an identical plan once")
    func record() throws {
        let store = try PlanDistricts.handComputed().build()
        let before = try TestFiles.dump(store)
        let analysis = try Analyzer(asOf: DistrictBuilder.asOf).run(store)
        let plan = try PlanBuilder().build(store, analysis: analysis)
        let first = try PlanRecorder().record(plan, into: store)
        let second = try PlanRecorder().record(try PlanBuilder().build(store, analysis: analysis), into: store)
        #expect(first == second)
        #expect(try TestFiles.dump(store) == before)
        #expect(try store.connection.scalarInt("SELECT COUNT(*) FROM plan_runs") == 1)
        let rows = try store.connection.query("""
            SELECT g.source_id, a.action, s.source_id, a.members_affected FROM plan_actions a
            JOIN groups g ON g.id = a.group_id LEFT JOIN groups s ON s.id = a.merge_into ORDER BY g.source_id
            """) { "\($0.string(0)) \($0.string(1)) \($0.optionalString(2) ?? "-") \($0.string(3))" }
        #expect(rows == [
            "dead dissolve - [\"p1\",\"p2\",\"p3\"]",
            "dup-a merge dup-b [\"p1\",\"q1\",\"q2\",\"q3\",\"q4\",\"q5\"]",
            "dup-b keep - []",
            "keep keep - []",
        ])
        let json = try #require(try store.connection.queryFirst("SELECT plan_json FROM plan_runs") { $0.string(0) })
        #expect(json.contains("\"dry_run\" : true"))
    }
}
