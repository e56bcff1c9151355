import Foundation
import Testing
@testable import GroupSlimKit

/// The monthly routine end to end: three successive exports of one district, a plan after each,
/// decisions in between — groups dissolved, merged, one certified, one decided but not carried
/// out, one regrown — and the history, follow-up review, progress, rebound and ledger checked
/// exactly.
@Suite("Monthly routine: history, diff, ledger, rebound")
struct MonthlyRoutineTests {
    /// One group of the evolving district; `messages` are local times (Asia/Shanghai).
    struct Group {
        var id: String
        var name: String
        var tags = ""
        var created = "2024-01-01"
        var members: [String]
        var messages: [String]
    }

    static func people(_ prefix: String, _ count: Int) -> [String] { (1...count).map { "\(prefix)\($0)" } }

    /// Local times every `every` days from `from` to `to` (inclusive), at 10:00.
    static func every(_ every: Int, from: String, to: String) -> [String] {
        let parser = TimestampParser(timeZone: TestFiles.shanghai)
        var day = parser.parse(from)!.milliseconds
        let end = parser.parse(to)!.milliseconds
        var result: [String] = []
        while day <= end {
            result.append(TimeFormatting.date(day, zone: TestFiles.shanghai) + " 10:00")
            day += Int64(every) * 86_400_000
        }
        return result
    }

    static let ends = ["2026-03-31 18:00", "2026-04-20 18:00", "2026-05-31 18:00"]

    static var district: [Group] {
        [
            Group(id: "work", name: "街道综合工作群", members: people("w", 10),
                  messages: every(3, from: "2025-06-01", to: "2026-05-31") + ends),
            Group(id: "zomb", name: "老旧小区改造协调群", tags: "改造", members: people("z", 10),
                  messages: every(5, from: "2024-02-01", to: "2025-09-30")),
            Group(id: "dupA", name: "网格员工作群", members: people("d", 10),
                  messages: every(2, from: "2025-01-01", to: "2026-05-31")),
            Group(id: "dupB", name: "网格员工作群（新）", members: people("d", 10),
                  messages: every(6, from: "2025-01-03", to: "2026-05-31")),
            Group(id: "cert", name: "人大代表联络群", members: people("c", 8),
                  messages: every(7, from: "2024-02-01", to: "2025-08-31")),
            Group(id: "lazy", name: "迎检筹备群", members: people("l", 8),
                  messages: every(7, from: "2024-02-01", to: "2025-08-31") + ["2026-04-10 10:00", "2026-04-15 10:00", "2026-05-10 10:00"]),
            // Regrows "zomb" after its dissolution: nine of its ten members, the same tag.
            Group(id: "zomb2", name: "小区改造推进群", tags: "改造", created: "2026-05-10",
                  members: people("z", 9) + ["y1"], messages: every(2, from: "2026-05-10", to: "2026-05-30")),
            Group(id: "fresh", name: "垃圾分类宣传群", created: "2026-05-12", members: people("f", 6),
                  messages: every(3, from: "2026-05-12", to: "2026-05-30")),
        ]
    }

    /// The canonical export of month `month` (0, 1, 2): everything up to that month's end, without
    /// the groups the office has removed in the app by then, and without groups not yet created.
    static func export(_ month: Int) throws -> URL {
        let parser = TimestampParser(timeZone: TestFiles.shanghai)
        let end = parser.parse(ends[month])!.milliseconds
        let removed: Set<String> = month >= 1 ? ["zomb", "dupB"] : []
        var groups = "group_id,name,platform,purpose_tags,created_at\n"
        var members = "group_id,member_id\n"
        var messages = "group_id,message_id,sent_at,sender_id,text\n"
        for group in district where !removed.contains(group.id) && parser.parse(group.created)!.milliseconds <= end {
            groups += "\(group.id),\(group.name),wechat,\(group.tags),\(group.created)\n"
            for member in group.members { members += "\(group.id),\(member)\n" }
            for (index, time) in group.messages.enumerated() where parser.parse(time)!.milliseconds <= end {
                let sender = group.members[index % group.members.count]
                messages += "\(group.id),\(group.id)-\(index),\(time),\(sender),第\(index)次讨论：\(group.name)的工作台账需要本周内核对补齐\n"
            }
        }
        return try TestFiles.canonicalFolder(["groups.csv": groups, "members.csv": members, "messages.csv": messages],
                                             name: "month\(month)")
    }

    /// Imports month `month`, analyzes at the data's latest message, plans and records the plan.
    static func monthlyAudit(_ month: Int, into store: GroupStore) throws -> (AnalysisResult, CleanupPlan) {
        try TestFiles.importFolder(try export(month), into: store)
        let analysis = try Analyzer().run(store)
        let plan = try PlanBuilder().build(store, analysis: analysis)
        try PlanRecorder().record(plan, into: store)
        return (analysis, plan)
    }

    @Test("three exports: history, diff, progress, ledger and rebound, exactly")
    func threeMonths() throws {
        let store = try GroupStore.inMemory()
        let ledger = DecisionLedger(store: store)
        let differ = RunDiffer(store: store, policy: AnalysisPolicy())
        #expect(throws: ReviewError.notEnoughRuns(found: 0)) { try differ.diff() }

        // Month 1: the first audit.
        let (march, plan1) = try Self.monthlyAudit(0, into: store)
        #expect(TimeFormatting.date(march.asOf, zone: TestFiles.shanghai) == "2026-03-31")
        #expect(plan1.proposal("zomb")?.action == .dissolve)
        #expect(plan1.proposal("cert")?.action == .dissolve)
        #expect(plan1.proposal("lazy")?.action == .dissolve)
        #expect(plan1.proposal("dupB")?.action == .merge)
        #expect(plan1.proposal("dupB")?.mergeInto == "dupA")
        #expect(plan1.proposal("work")?.action == .keep)
        #expect(throws: ReviewError.notEnoughRuns(found: 1)) { try differ.diff() }

        // The office acts on it, and records what it did and what it refused.
        try ledger.record(.init(group: "zomb", kind: .dissolved, date: "2026-04-05"), analysis: march)
        try ledger.record(.init(group: "dupB", kind: .merged, into: "dupA", date: "2026-04-05"), analysis: march)
        try ledger.record(.init(group: "cert", kind: .keep, date: "2026-04-05", until: "2026-12-31", reason: "人大代表联络，低频但必要"),
                          analysis: march)
        try ledger.record(.init(group: "lazy", kind: .dissolved, date: "2026-04-05"), analysis: march)

        // Month 2: zomb and dupB are gone from the export; lazy is still talking.
        let (april, plan2) = try Self.monthlyAudit(1, into: store)
        #expect(plan2.proposal("cert")?.action == .keep)
        #expect(plan2.proposal("cert")?.reasons.first?.code == "ledger:certified")
        #expect(plan2.proposal("lazy")?.action == .dissolve)
        #expect(plan2.proposal("lazy")?.reasons.first?.code == "ledger:not-carried-out")
        #expect(plan2.proposal("zomb")?.reasons.first?.code == "ledger:carried-out")
        #expect(april.group("lazy")?.verdicts.contains(.zombie) == false, "it came back to life in April")

        let firstReview = try differ.diff()
        #expect(firstReview.from.id == 1 && firstReview.to.id == 2)
        #expect(firstReview.newGroups.isEmpty)
        #expect(firstReview.vanishedGroups.map(\.group) == ["wechat:dupB", "wechat:zomb"])
        #expect(firstReview.changedVerdicts.map(\.group) == ["wechat:lazy"])
        // A weekly inspection-preparation group that went quiet is also task-ended; three messages
        // in April end the zombie verdict, not the task's.
        #expect(firstReview.changedVerdicts.first?.before == ["zombie", "task-ended"])
        #expect(firstReview.changedVerdicts.first?.after == ["task-ended"])
        let progress1 = Dictionary(uniqueKeysWithValues: firstReview.progress.map { ($0.group, $0) })
        #expect(progress1.keys.sorted() == ["wechat:cert", "wechat:dupB", "wechat:lazy", "wechat:zomb"])
        #expect(progress1["wechat:zomb"]?.state == .carriedOut)
        #expect(progress1["wechat:zomb"]?.gone == true)
        #expect(progress1["wechat:dupB"]?.state == .carriedOut)
        #expect(progress1["wechat:dupB"]?.mergeInto == "dupA")
        #expect(progress1["wechat:cert"]?.state == .declined)
        #expect(progress1["wechat:lazy"]?.state == .notCarriedOut, "20 days after the plan: not yet overdue")
        #expect(progress1["wechat:lazy"]?.messagesSince == 2)
        #expect(firstReview.rebounds.isEmpty)

        // Month 3: two new groups, one of them regrowing the dissolved zomb.
        let (may, plan3) = try Self.monthlyAudit(2, into: store)
        #expect(plan3.proposal("zomb2")?.action == .review)
        #expect(plan3.proposal("zomb2")?.reasons.first?.code == "rebound")
        #expect(plan3.proposal("fresh")?.action == .keep)
        let rebounds = ReboundDetector(policy: AnalysisPolicy()).detect(may, decisions: try ledger.all())
        let secondReview = try differ.diff(rebounds: rebounds)
        #expect(secondReview.from.id == 2 && secondReview.to.id == 3)
        #expect(secondReview.newGroups.map(\.group) == ["wechat:fresh", "wechat:zomb2"])
        #expect(secondReview.vanishedGroups.isEmpty)
        let progress2 = Dictionary(uniqueKeysWithValues: secondReview.progress.map { ($0.group, $0) })
        #expect(progress2["wechat:lazy"]?.state == .overdue, "41 days after the plan and still posting")
        #expect(progress2["wechat:lazy"]?.messagesSince == 1)
        #expect(progress2["wechat:zomb"]?.state == .carriedOut)
        #expect(progress2["wechat:cert"] == nil, "certified: not proposed in month 2")
        #expect(secondReview.rebounds.map(\.group) == ["wechat:zomb2"])
        #expect(secondReview.rebounds.first?.earlierGroup == "wechat:zomb")
        #expect(secondReview.rebounds.first?.sharedMembers == 9)

        // History lists the three plans in order; an identical rerun is not recorded again.
        try PlanRecorder().record(plan3, into: store)
        let runs = try PlanHistory(store: store).runs()
        #expect(runs.map(\.id) == [1, 2, 3])
        #expect(runs.map { TimeFormatting.date($0.asOf, zone: TestFiles.shanghai) } == ["2026-03-31", "2026-04-20", "2026-05-31"])
        #expect(runs.map(\.groupsBefore) == [6, 6, 8])
        #expect(runs[0].actions == ["dissolve": 3, "merge": 1, "keep": 2])
        #expect(runs.map(\.importRuns) == [[1], [1, 2], [1, 2, 3]])
        #expect(Set(runs.map(\.policyHash)).count == 1)
        // An explicit pair, and an unknown run.
        #expect(try differ.diff(from: 1, to: 3).progress.count == 4)
        #expect(throws: ReviewError.unknownRun(id: 9, known: [1, 2, 3])) { try differ.diff(from: 9) }

        // The report's trend section: groups over time, burden over time, proposals done vs open.
        let trend = try TrendReader(store: store, policy: AnalysisPolicy()).points(upTo: may.asOf)
        #expect(trend.map(\.groups) == [6, 6, 8])
        #expect(trend.map(\.day) == ["2026-03-31", "2026-04-20", "2026-05-31"])
        #expect(trend.map(\.done) == [nil, 2, 2])
        #expect(trend.map(\.open) == [nil, 1, 1])
        #expect(trend.allSatisfy { $0.groupsPerMemberMax >= 1 })
        #expect(try TrendReader(store: store, policy: AnalysisPolicy()).points(upTo: march.asOf).isEmpty, "one plan is no trend")
        let markdown = try ReportRenderer.render(plan3, format: .md, language: .en, trend: trend)
        #expect(markdown.contains("## Trend across audits"))
        #expect(markdown.contains("| 3 | 2026-05-31 | 8 |"))
        let html = try ReportRenderer.render(plan3, format: .html, language: .zh, trend: trend)
        #expect(html.contains("历次清理趋势") && html.contains("<svg"))
        #expect(try !ReportRenderer.render(plan3, format: .md, language: .en).contains("Trend across audits"))
        // plan.json carries the same points for machines; without a trend the key is absent.
        let json = try JSONSerialization.jsonObject(with: Data(try ReportRenderer.render(plan3, format: .json, language: .en,
                                                                                          trend: trend).utf8)) as? [String: Any]
        let points = json?["trend"] as? [[String: Any]]
        #expect(points?.map { $0["day"] as? String } == ["2026-03-31", "2026-04-20", "2026-05-31"])
        #expect(points?.map { $0["groups"] as? Int } == [6, 6, 8])
        #expect(points?.last?["done"] as? Int == 2)
        #expect(try !ReportRenderer.render(plan3, format: .json, language: .en).contains("\"trend\""))

        // The text rendering names every section.
        let text = ReviewRenderer.diff(secondReview, zone: TestFiles.shanghai)
        #expect(text.contains("run 2 (2026-04-20) → run 3 (2026-05-31)"))
        #expect(text.contains("overdue         wechat:lazy"))
        #expect(text.contains("Rebounds (1)"))
        let history = ReviewRenderer.history(runs, zone: TestFiles.shanghai)
        #expect(history.split(separator: "\n").count == 4)
    }
}
