import Foundation
import Testing
@testable import GroupSlimKit

/// Verdicts on small hand-built districts, each group shaped to sit just inside or just outside
/// one rule.
@Suite("Verdicts")
struct VerdictTests {
    static func talk(_ index: Int) -> String { "第\(index)次讨论：三号楼外墙脱落的处置方案需要再核实一下，请物业明天给出书面答复" }

    private func analyze(_ builder: DistrictBuilder, policy: AnalysisPolicy = AnalysisPolicy()) throws -> AnalysisResult {
        try Analyzer(policy: policy, asOf: DistrictBuilder.asOf).run(try builder.build())
    }

    @Test("zombie: silence past the threshold; monthly rhythm, per-tag override and protection are not zombies")
    func zombie() throws {
        var d = DistrictBuilder()
        let staff = DistrictBuilder.people("p", 0..<12)
        d.add(.init(id: "dead", name: "旧项目沟通群", members: staff, createdDaysAgo: 600,
                    messages: DistrictBuilder.chatter(from: 500, to: 200, every: 3, senders: staff, text: Self.talk)
                        + [(20, "p1", .text, "收到"), (10, "p2", .system, "p2 邀请 p3 加入了群聊")]))
        d.add(.init(id: "never", name: "空群", members: staff, createdDaysAgo: 150,
                    messages: [(149, "p0", .system, "p0 创建了群聊")]))
        d.add(.init(id: "monthly", name: "月度例会群", members: staff, createdDaysAgo: 700,
                    messages: DistrictBuilder.chatter(from: 690, to: 5, every: 30, senders: staff, text: Self.talk)))
        d.add(.init(id: "flood", name: "汛期联络群", tags: ["防汛"], members: staff, createdDaysAgo: 800,
                    messages: DistrictBuilder.chatter(from: 400, to: 200, every: 2, senders: staff, text: Self.talk)))
        d.add(.init(id: "guarded", name: "值守群", members: staff, createdDaysAgo: 800, isProtected: true,
                    messages: DistrictBuilder.chatter(from: 700, to: 300, every: 7, senders: staff, text: Self.talk)))
        d.add(.init(id: "edge", name: "边界群", members: staff, createdDaysAgo: 400,
                    messages: DistrictBuilder.chatter(from: 299.5, to: 89.5, every: 5, senders: staff, text: Self.talk)))
        let result = try analyze(d)
        #expect(result.group("dead")?.verdicts.contains(.zombie) == true)
        #expect(result.group("never")?.verdicts.contains(.zombie) == true)
        #expect(result.group("monthly")?.verdicts.contains(.zombie) == false)
        #expect(result.group("flood")?.verdicts.contains(.zombie) == false, "防汛 has a 365-day threshold")
        #expect(result.group("guarded")?.verdicts == [.protected])
        #expect(result.group("guarded")?.check(.protected)?.reason.contains("dormant") == true)
        #expect(result.group("edge")?.verdicts.contains(.zombie) == false, "89.5 days is under 90")
        let dead = try #require(result.group("dead")?.check(.zombie))
        #expect(dead.measures.first { $0.name == "days_since_substantive" }?.value == 200)
        #expect(dead.reason.contains("200 days"))
    }

    @Test("too-new groups are not judged, even when silent")
    func tooNew() throws {
        var d = DistrictBuilder()
        d.add(.init(id: "new", name: "新建群", members: DistrictBuilder.people("p", 0..<5), createdDaysAgo: 10))
        d.add(.init(id: "old", name: "老群", members: DistrictBuilder.people("p", 0..<5), createdDaysAgo: 100))
        let result = try analyze(d)
        #expect(result.group("new")?.verdicts == [.tooNew])
        #expect(result.group("old")?.verdicts == [.zombie])
    }

    @Test("task-ended: a declared end passed, or a phase name whose burst died; a still-busy or future task is not")
    func taskEnded() throws {
        var d = DistrictBuilder()
        let staff = DistrictBuilder.people("p", 0..<8)
        let burst = DistrictBuilder.chatter(from: 200, to: 120, every: 0.5, senders: staff, text: Self.talk)
        d.add(.init(id: "declared", name: "普查工作群", members: staff, createdDaysAgo: 210, taskEnd: "2026-03-01",
                    messages: burst + [(30, "p1", .text, "收尾材料已归档，请大家确认一下数量")]))
        d.add(.init(id: "named", name: "2025年创卫迎检群", members: staff, createdDaysAgo: 210, messages: burst))
        d.add(.init(id: "extended", name: "专项整治群", members: staff, createdDaysAgo: 210, taskEnd: "2026-03-01",
                    messages: DistrictBuilder.chatter(from: 200, to: 1, every: 0.5, senders: staff, text: Self.talk)))
        d.add(.init(id: "future", name: "人口普查群", members: staff, createdDaysAgo: 210, taskEnd: "2026-12-31",
                    messages: burst))
        d.add(.init(id: "plain", name: "社区日常群", members: staff, createdDaysAgo: 210, messages: burst))
        let result = try analyze(d)
        #expect(result.group("declared")?.verdicts.contains(.taskEnded) == true)
        #expect(result.group("named")?.verdicts.contains(.taskEnded) == true)
        #expect(result.group("extended")?.verdicts.contains(.taskEnded) == false)
        #expect(result.group("extended")?.check(.taskEnded)?.reason.contains("still active") == true)
        #expect(result.group("future")?.verdicts.contains(.taskEnded) == false)
        #expect(result.group("plain")?.verdicts.contains(.taskEnded) == false)
    }

    @Test("duplicate needs the same members and the same purpose; overlapping needs containment and the same unit or purpose")
    func pairs() throws {
        var d = DistrictBuilder()
        let big = DistrictBuilder.people("m", 0..<60)
        let live = DistrictBuilder.chatter(from: 300, to: 1, every: 2, senders: Array(big.prefix(10)), text: Self.talk)
        d.add(.init(id: "a", name: "城管科工作群", unit: "城管科", tags: ["城管"], members: big, createdDaysAgo: 400, messages: live))
        d.add(.init(id: "a2", name: "城管科工作群（新）", unit: "城管科", members: Array(big.dropLast(3)) + ["x1"],
                    createdDaysAgo: 300, messages: live))
        // Same members, no shared purpose, tag, similar name or cross-post: not a duplicate.
        d.add(.init(id: "party", name: "第三党支部", unit: "党建办", tags: ["党建"], members: big, createdDaysAgo: 400,
                    messages: DistrictBuilder.chatter(from: 300, to: 1, every: 3, senders: Array(big.prefix(5))) { "党支部学习第\($0)期：请按时参加" }))
        // A small team inside the big group, same unit, its own work: not overlapping
        // (policy-basis.md: a team of a section inside that section's own group).
        d.add(.init(id: "team", name: "执法一队", unit: "城管科", members: Array(big.prefix(12)), createdDaysAgo: 300,
                    messages: DistrictBuilder.chatter(from: 200, to: 1, every: 4, senders: Array(big.prefix(3))) { "一队今日巡查安排\($0)：重点是东门市场占道经营" }))
        // Another unit's people, so the work group does not hold nearly everyone (a broad group).
        let others = DistrictBuilder.people("o", 0..<30)
        d.add(.init(id: "civil", name: "民政科工作群", unit: "民政科", members: others, createdDaysAgo: 400,
                    messages: DistrictBuilder.chatter(from: 300, to: 1, every: 2, senders: Array(others.prefix(5))) { "低保复核第\($0)户材料已齐" }))
        // The unit's notice group inside its work group: the same work, overlapping.
        d.add(.init(id: "notice", name: "城管科通知群", unit: "城管科", members: Array(big.prefix(20)), createdDaysAgo: 300,
                    messages: DistrictBuilder.chatter(from: 200, to: 1, every: 4, senders: Array(big.prefix(2))) { "关于第\($0)批占道整治的通知：请各中队按时上报" }))
        // A small group inside the big one but another unit and purpose: not overlapping.
        d.add(.init(id: "choir", name: "合唱团", unit: "工会", tags: ["文体"], members: Array(big.suffix(15)), createdDaysAgo: 300,
                    messages: DistrictBuilder.chatter(from: 200, to: 1, every: 4, senders: Array(big.suffix(3))) { "周四晚上排练第\($0)首歌" }))
        // Too small to say anything through overlap.
        d.add(.init(id: "pair", name: "两人群", unit: "城管科", members: Array(big.prefix(2)), createdDaysAgo: 300,
                    messages: DistrictBuilder.chatter(from: 200, to: 1, every: 4, senders: Array(big.prefix(2))) { "明天\($0)点碰头" }))
        let result = try analyze(d)
        #expect(result.group("a")?.verdicts.contains(.duplicate) == true)
        #expect(result.group("a2")?.verdicts.contains(.duplicate) == true)
        #expect(result.group("a")?.check(.duplicate)?.related == ["a2"])
        #expect(result.group("party")?.verdicts.contains(.duplicate) == false)
        #expect(result.group("party")?.check(.duplicate)?.reason.contains("different purposes") == true)
        #expect(result.group("team")?.verdicts == [])
        #expect(result.group("notice")?.verdicts == [.overlapping])
        #expect(result.group("notice")?.check(.overlapping)?.related == ["a2"], "the nearest container: a2 (58) before a (60)")
        #expect(result.group("choir")?.verdicts.contains(.overlapping) == false)
        #expect(result.group("pair")?.verdicts.contains(.overlapping) == false)
        #expect(result.group("a")?.verdicts.contains(.overlapping) == false)
    }

    @Test("check-in-only: check-ins dominate beyond acknowledgements; a notice group full of 收到 is not check-in-only")
    func checkInOnly() throws {
        var d = DistrictBuilder()
        let staff = DistrictBuilder.people("p", 0..<40)
        var checkins: [(Double, String, MessageKind, String?)] = []
        var notices: [(Double, String, MessageKind, String?)] = []
        for day in stride(from: 80.0, through: 1, by: -1) {
            checkins.append((day + 0.01, "p0", .text, "请大家今天按时打卡"))
            for (index, person) in staff.prefix(15).enumerated() {
                checkins.append((day - Double(index) * 0.001, person, index % 3 == 0 ? .location : .text,
                                 index % 3 == 0 ? nil : "已到岗"))
            }
            checkins.append((day - 0.2, "p1", .text, "收到"))
            if Int(day) % 5 == 0 {
                notices.append((day, "p0", .text, "关于开展第\(Int(day))期安全生产检查的通知：\n1. 各社区于本周五前完成自查\n2. 报送隐患清单"))
                for person in staff.dropFirst().prefix(30) { notices.append((day - 0.01, person, .text, "收到")) }
            }
        }
        d.add(.init(id: "clock", name: "考勤打卡群", members: staff, createdDaysAgo: 200, messages: checkins))
        d.add(.init(id: "notices", name: "安全生产通知群", members: Array(staff.prefix(31)), createdDaysAgo: 200, messages: notices))
        let result = try analyze(d)
        #expect(result.group("clock")?.verdicts.contains(.checkInOnly) == true)
        #expect(result.group("notices")?.verdicts.contains(.checkInOnly) == false)
        #expect(result.group("notices")?.verdicts.contains(.zombie) == false)
    }

    @Test("exemptions by id and name pattern protect a group")
    func exemptions() throws {
        var d = DistrictBuilder()
        d.add(.init(id: "x1", name: "应急指挥部A", members: DistrictBuilder.people("p", 0..<5), createdDaysAgo: 400))
        d.add(.init(id: "x2", name: "老干部群", members: DistrictBuilder.people("p", 0..<5), createdDaysAgo: 400))
        var policy = AnalysisPolicy()
        policy.exemptions.namePatterns = ["应急指挥*"]
        policy.exemptions.ids = ["x2"]
        let result = try analyze(d, policy: policy)
        #expect(result.group("x1")?.verdicts == [.protected])
        #expect(result.group("x2")?.verdicts == [.protected])
    }

    @Test("cross-posted notices are counted per group and per pair; acknowledgements are not cross-posts")
    func crossPosts() throws {
        var d = DistrictBuilder()
        let notice = "关于做好国庆假期值班安排的通知，请各单位于9月25日前报送值班表"
        let staff = DistrictBuilder.people("p", 0..<6)
        for id in ["c1", "c2", "c3"] {
            d.add(.init(id: id, name: "群\(id)", members: staff, createdDaysAgo: 100,
                        messages: [(10, "p0", .text, id == "c3" ? notice + "！" : notice), (9.9, "p1", .text, "收到"),
                                   (id == "c2" ? 2 : 9.8, "p0", .text, "第二份通知：请各社区周五前提交网格巡查台账，逾期通报")]))
        }
        let result = try analyze(d)
        #expect(result.group("c1")?.signals.crossPostedNotices == 2)
        #expect(result.group("c2")?.signals.crossPostedNotices == 1)
        #expect(result.crossPostedNotices == 2)
    }

    @Test("the analysis is deterministic and ignores messages after as-of")
    func deterministic() throws {
        var d = DistrictBuilder()
        let staff = DistrictBuilder.people("p", 0..<6)
        d.add(.init(id: "g", name: "群", members: staff, createdDaysAgo: 300,
                    messages: DistrictBuilder.chatter(from: 250, to: 100, every: 1, senders: staff, text: Self.talk)
                        + [(-5, "p0", .text, "未来的消息不算")]))
        let store = try d.build()
        let first = try AnalysisRenderer.json(try Analyzer(asOf: DistrictBuilder.asOf).run(store))
        let second = try AnalysisRenderer.json(try Analyzer(asOf: DistrictBuilder.asOf).run(store))
        #expect(first == second)
        #expect(try Analyzer(asOf: DistrictBuilder.asOf).run(store).group("g")?.verdicts == [.zombie])
        // Default as-of is the latest message, which here is the "future" one.
        #expect(try Analyzer().run(store).asOf == DistrictBuilder.asOf + 5 * DistrictBuilder.day)
    }
}
