import Foundation
import Testing
@testable import GroupSlimKit

/// The decisions ledger and rebound detection on small hand-built districts.
@Suite("Decisions ledger and rebounds")
struct DecisionLedgerTests {
    static func talk(_ index: Int) -> String { "第\(index)次协调：二号楼电梯加装的居民意见还差三户没有签字，请网格员本周上门" }
    static let staff = DistrictBuilder.people("s", 0..<10)

    /// A zombie, a duplicate pair, an active group, a group still talking after its "dissolution",
    /// and two groups started after the decisions: one regrowing the zombie, one unrelated.
    static func district() -> DistrictBuilder {
        var d = DistrictBuilder()
        let chatter = { (from: Double, to: Double) in
            DistrictBuilder.chatter(from: from, to: to, every: 4, senders: staff, text: talk)
        }
        d.add(.init(id: "old", name: "老旧小区改造协调群", unit: "城建科", tags: ["改造"], members: staff,
                    createdDaysAgo: 500, messages: chatter(480, 200)))
        d.add(.init(id: "busy", name: "综合办公群", unit: "党政办", members: DistrictBuilder.people("b", 0..<8),
                    createdDaysAgo: 500, messages: DistrictBuilder.chatter(from: 400, to: 1, every: 3,
                        senders: DistrictBuilder.people("b", 0..<8), text: talk)))
        d.add(.init(id: "lingering", name: "创卫迎检群", unit: "城管科", members: DistrictBuilder.people("c", 0..<6),
                    createdDaysAgo: 400, messages: DistrictBuilder.chatter(from: 390, to: 2, every: 6,
                        senders: DistrictBuilder.people("c", 0..<6), text: talk)))
        // Started 20 days ago: seven of its eight members were in "old", same tag → a rebound.
        d.add(.init(id: "regrown", name: "小区改造工作群", unit: "城建科", tags: ["改造"],
                    members: Array(staff.prefix(7)) + ["x1"], createdDaysAgo: 20, messages: chatter(19, 1)))
        // Started 20 days ago with the same people but a different purpose and unit → not a rebound.
        d.add(.init(id: "other", name: "工会活动报名", unit: "工会", tags: ["工会"], members: Array(staff.prefix(7)) + ["x2"],
                    createdDaysAgo: 20, messages: chatter(19, 1)))
        return d
    }

    static func analyze(_ store: GroupStore) throws -> AnalysisResult {
        try Analyzer(asOf: DistrictBuilder.asOf, timeZone: TestFiles.shanghai).run(store)
    }

    @Test("decisions are checked: unknown groups, missing and misplaced options, bad dates")
    func validation() throws {
        let store = try Self.district().build()
        let analysis = try Self.analyze(store)
        let ledger = DecisionLedger(store: store)
        func error(_ request: DecisionRequest) -> DecisionError? {
            do { _ = try ledger.record(request, analysis: analysis); return nil } catch { return error as? DecisionError }
        }
        #expect(error(.init(group: "nope", kind: .dissolved)) == .unknownGroup(id: "nope"))
        #expect(error(.init(group: "old", kind: .keep, reason: "x"))
            == .missingOption(kind: .keep, option: "--until DATE", why: "a certification must end so the group is reviewed again"))
        #expect(error(.init(group: "old", kind: .keep, until: "2027-01-01")) != nil, "keep needs a reason")
        #expect(error(.init(group: "old", kind: .merged)) != nil, "merged needs --into")
        #expect(error(.init(group: "old", kind: .merged, into: "wechat:old")) == .mergedIntoItself(id: "old"))
        #expect(error(.init(group: "old", kind: .dissolved, until: "2027-01-01")) == .unexpectedOption(kind: .dissolved, option: "--until"))
        #expect(error(.init(group: "old", kind: .dissolved, date: "2026-02-30")) == .badDate(option: "--date", value: "2026-02-30"))
        #expect(error(.init(group: "old", kind: .keep, date: "2026-06-01", until: "2026-05-01", reason: "x"))
            == .untilNotAfterDate(until: "2026-05-01", date: "2026-06-01"))
        #expect(error(.init(group: "old", kind: .reject)) != nil, "reject needs a reason")
        #expect(try ledger.all().isEmpty, "nothing invalid was recorded")
        let message = DecisionError.badDate(option: "--until", value: "next week").description
        #expect(message.contains("YYYY-MM-DD"))
    }

    @Test("rulings: certification until its day, rejection until new evidence, dissolution carried out or not")
    func rulings() throws {
        let store = try Self.district().build()
        let analysis = try Self.analyze(store)
        #expect(analysis.group("old")?.verdicts.contains(.zombie) == true)
        let ledger = DecisionLedger(store: store)
        try ledger.record(.init(group: "old", kind: .dissolved, date: "2026-05-01"), analysis: analysis)
        try ledger.record(.init(group: "lingering", kind: .dissolved, date: "2026-05-01"), analysis: analysis)
        try ledger.record(.init(group: "busy", kind: .keep, date: "2026-01-01", until: "2026-06-30", reason: "年度考核"),
                          analysis: analysis)
        // The office rejects a zombie verdict on "regrown" before it exists as a zombie: no evidence then.
        try ledger.record(.init(group: "other", kind: .reject, date: "2026-06-20", reason: "工会必要"), analysis: analysis)

        let rulings = try ledger.rulings(for: analysis)
        func ruling(_ id: String) -> LedgerRuling? { rulings[analysis.group(id)!.profile.rowID]?.ruling }
        #expect(ruling("old") == .carriedOut(.dissolved, on: "2026-05-01", into: nil))
        guard case .notCarriedOut(.dissolved, "2026-05-01", nil, let since)? = ruling("lingering") else {
            Issue.record("lingering should not be carried out: \(String(describing: ruling("lingering")))")
            return
        }
        // Every 6 days from 390 days ago; after 2026-05-02 00:00 (59.7 days before as-of): 54, 48 … 6.
        #expect(since == 9)
        #expect(ruling("busy") == .certified(until: "2026-06-30", reason: "年度考核"), "as-of is 2026-06-30: still covered")
        #expect(ruling("other") == .rejectionStands(on: "2026-06-20", reason: "工会必要"))
        #expect(ruling("regrown") == nil)

        // A day later the certification has run out.
        let later = try Analyzer(asOf: DistrictBuilder.asOf + DistrictBuilder.day, timeZone: TestFiles.shanghai).run(store)
        let laterRulings = try ledger.rulings(for: later)
        #expect(laterRulings[later.group("busy")!.profile.rowID]?.ruling == .certificationExpired(until: "2026-06-30"))
        // Decisions dated after as-of are not in force yet.
        try ledger.record(.init(group: "busy", kind: .dissolved, date: "2026-12-01"), analysis: analysis)
        #expect(try ledger.rulings(for: analysis)[analysis.group("busy")!.profile.rowID]?.ruling
            == .certified(until: "2026-06-30", reason: "年度考核"))
        #expect(LedgerRuling.certified(until: "2026-06-30", reason: nil).allowsProposal == false)
        #expect(LedgerRuling.certificationExpired(until: "2026-06-30").allowsProposal)
    }

    @Test("a rejection reopens when a verdict appears that the office did not see")
    func rejectionReopens() throws {
        let store = try Self.district().build()
        // Decided when the group was still busy (as-of 250 days earlier): no verdict then.
        let early = try Analyzer(asOf: DistrictBuilder.asOf - 250 * DistrictBuilder.day, timeZone: TestFiles.shanghai).run(store)
        #expect(early.group("old")?.verdicts.contains(.zombie) == false)
        let ledger = DecisionLedger(store: store)
        try ledger.record(.init(group: "old", kind: .reject, reason: "还要用"), analysis: early)
        let now = try Self.analyze(store)
        let ruling = try ledger.rulings(for: now)[now.group("old")!.profile.rowID]?.ruling
        #expect(ruling == .rejectionReopened(on: "2025-10-23", newVerdicts: [.zombie]))
        #expect(ruling?.allowsProposal == true)
    }

    @Test("rebound: the same circle regrouped for the same purpose after a dissolution, and nothing else")
    func rebound() throws {
        let store = try Self.district().build()
        let analysis = try Self.analyze(store)
        let ledger = DecisionLedger(store: store)
        #expect(ReboundDetector(policy: AnalysisPolicy()).detect(analysis, decisions: try ledger.all()).isEmpty)
        try ledger.record(.init(group: "old", kind: .dissolved, date: "2026-05-01"), analysis: analysis)
        let rebounds = ReboundDetector(policy: AnalysisPolicy()).detect(analysis, decisions: try ledger.all())
        #expect(rebounds.count == 1)
        let rebound = try #require(rebounds.first)
        #expect(rebound.group == "wechat:regrown")
        #expect(rebound.earlierGroup == "wechat:old")
        #expect(rebound.sharedMembers == 7)
        #expect(rebound.memberShare == 0.875)
        #expect(rebound.sharedTags == ["改造"])
        #expect(rebound.purposeEvidence == "tags")
        #expect(rebound.startedOn == "2026-06-10")
        #expect(rebound.summary.contains("wechat:old"))

        // A group that started before the decision is not a rebound of it.
        let early = try DecisionLedger(store: Self.district().build())
        let earlyStore = early.store
        let earlyAnalysis = try Self.analyze(earlyStore)
        try early.record(.init(group: "old", kind: .dissolved, date: "2026-06-25"), analysis: earlyAnalysis)
        #expect(ReboundDetector(policy: AnalysisPolicy()).detect(earlyAnalysis, decisions: try early.all()).isEmpty)

        // The group a retired one was merged into is its survivor, not a rebound of it.
        let merged = try DecisionLedger(store: Self.district().build())
        let mergedAnalysis = try Self.analyze(merged.store)
        try merged.record(.init(group: "old", kind: .merged, into: "regrown", date: "2026-05-01"), analysis: mergedAnalysis)
        #expect(ReboundDetector(policy: AnalysisPolicy()).detect(mergedAnalysis, decisions: try merged.all()).isEmpty)

        // A stricter share finds nothing: 7 of 8 is under 0.9.
        var strict = AnalysisPolicy()
        strict.reboundMemberShare = 0.9
        #expect(ReboundDetector(policy: strict).detect(analysis, decisions: try ledger.all()).isEmpty)
    }
}

/// Plans honor the ledger and flag rebounds.
@Suite("Plans and the ledger")
struct PlanLedgerTests {
    @Test("later plans keep certified groups, re-propose undone decisions, and send rebounds to review, saying why")
    func planHonorsLedger() throws {
        let store = try DecisionLedgerTests.district().build()
        let analysis = try DecisionLedgerTests.analyze(store)
        let before = try PlanBuilder().build(store, analysis: analysis)
        #expect(before.proposal("old")?.action == .dissolve)
        #expect(before.proposal("regrown")?.action == .keep, "too new, and nothing was retired yet")

        let ledger = DecisionLedger(store: store)
        try ledger.record(.init(group: "old", kind: .dissolved, date: "2026-05-01"), analysis: analysis)
        try ledger.record(.init(group: "lingering", kind: .dissolved, date: "2026-05-01"), analysis: analysis)
        try ledger.record(.init(group: "busy", kind: .keep, date: "2026-06-01", until: "2026-12-31", reason: "年度考核"),
                          analysis: analysis)
        let plan = try PlanBuilder().build(store, analysis: analysis)
        func codes(_ id: String) -> [String] { plan.proposal(id)?.reasons.map(\.code) ?? [] }

        #expect(plan.proposal("old")?.action == .dissolve)
        #expect(codes("old").first == "ledger:carried-out")
        #expect(plan.proposal("lingering")?.action == .dissolve, "decided, not carried out: still proposed")
        #expect(codes("lingering").first == "ledger:not-carried-out")
        #expect(plan.proposal("busy")?.action == .keep)
        #expect(codes("busy") == ["ledger:certified"])
        #expect(plan.proposal("regrown")?.action == .review)
        #expect(codes("regrown").first == "rebound")
        #expect(plan.proposal("other")?.action == .keep, "same people, other purpose: not a rebound")

        let zh = ReportLanguage.zh.strings
        let sentence = zh.reason(plan.proposal("regrown")!.reasons[0])
        #expect(sentence.contains("反弹") && sentence.contains("wechat:old") && sentence.contains("用途标签"))
        #expect(ReportLanguage.en.strings.reason(plan.proposal("lingering")!.reasons[0]).contains("not carried out"))
    }
}

/// The grace period: a group that first appears in a later export is not judged for a while.
@Suite("Grace period")
struct GracePeriodTests {
    static let groups = "group_id,name,created_at\nbase,老群,2024-01-01\n"
    static let base = "group_id,sent_at,sender_id,message_id,text\nbase,2026-01-10 09:00,u1,b1,第一次讨论：河道清淤的施工方案需要尽快确定\n"

    @Test("a group first seen in a later export gets the grace period; one from the first export does not")
    func grace() throws {
        let store = try GroupStore.inMemory()
        let january = try TestFiles.canonicalFolder(["groups.csv": Self.groups, "messages.csv": Self.base], name: "jan")
        try TestFiles.importFolder(january, into: store)
        // February's export adds an old, long-silent group nobody had exported before.
        let february = try TestFiles.canonicalFolder([
            "groups.csv": Self.groups + "late,早就有的群,2023-05-01\n",
            "messages.csv": Self.base + "late,2025-01-05 09:00,u2,l1,去年的讨论：旧城改造的补偿标准\n"
                + "base,2026-02-20 18:00,u1,b2,第二次讨论：清淤队伍明天进场，请社区配合疏导\n",
        ], name: "feb")
        try TestFiles.importFolder(february, into: store)

        // February 20 18:00 is the data's latest message in that import: the group is 10 days in.
        let early = try Analyzer(asOf: TestFiles.shanghaiTime("2026-03-02 18:00"), timeZone: TestFiles.shanghai).run(store)
        let late = try #require(early.group("late"))
        #expect(late.verdicts == [.tooNew])
        #expect(late.check(.tooNew)?.reason.contains("grace period") == true)
        #expect(late.check(.tooNew)?.measures.contains { $0.name == "days_in_data" && $0.value == 10 } == true)
        #expect(late.check(.zombie)?.granted == false)
        #expect(late.check(.zombie)?.reason.contains("grace period") == true)
        #expect(early.group("base")?.check(.tooNew)?.granted == false, "groups of the first import are not held back")

        // Forty days in, it is judged: silent for over a year, a zombie.
        let later = try Analyzer(asOf: TestFiles.shanghaiTime("2026-04-01 18:00"), timeZone: TestFiles.shanghai).run(store)
        #expect(later.group("late")?.verdicts.contains(.zombie) == true)
        #expect(later.group("late")?.verdicts.contains(.tooNew) == false)

        // A policy can switch it off.
        var policy = AnalysisPolicy()
        policy.gracePeriodDays = 0
        let off = try Analyzer(policy: policy, asOf: TestFiles.shanghaiTime("2026-03-02 18:00"), timeZone: TestFiles.shanghai).run(store)
        #expect(off.group("late")?.verdicts.contains(.zombie) == true)
    }
}

/// Two platforms may use the same group id (WhatsApp and QQ both name groups by title).
@Suite("Ids shared across platforms")
struct SharedIDTests {
    @Test("the same id on two platforms is qualified, and analysis, plan and every report work")
    func sharedIDs() throws {
        var d = DistrictBuilder()
        let staff = DistrictBuilder.people("s", 0..<8)
        for platform in ["whatsapp", "qq"] {
            d.add(.init(id: "网格工作群", name: "网格工作群", members: staff, createdDaysAgo: 400, platform: platform,
                        messages: DistrictBuilder.chatter(from: 390, to: 1, every: 2, senders: staff, text: VerdictTests.talk)))
        }
        d.add(.init(id: "旧群", name: "旧群", members: staff, createdDaysAgo: 400, platform: "qq",
                    messages: DistrictBuilder.chatter(from: 390, to: 300, every: 5, senders: staff, text: VerdictTests.talk)))
        let store = try d.build()
        let analysis = try Analyzer(asOf: DistrictBuilder.asOf, timeZone: TestFiles.shanghai).run(store)
        #expect(Set(analysis.groups.map(\.profile.sourceID)) == ["qq:网格工作群", "旧群", "whatsapp:网格工作群"],
                "only the shared id is qualified")
        #expect(analysis.group("旧群")?.verdicts.contains(.zombie) == true)
        #expect(analysis.group("qq:网格工作群") != nil && analysis.group("whatsapp:网格工作群") != nil)
        let plan = try PlanBuilder().build(store, analysis: analysis)
        try PlanRecorder().record(plan, into: store)
        for format in ReportFormat.allCases {
            #expect(try !ReportRenderer.render(plan, format: format, language: .zh).isEmpty)
        }

        // A decision to merge into the group whose id is shared: the later plan merges into it
        // (it used to look the survivor up by its bare id, miss it and send the group to review).
        _ = try DecisionLedger(store: store).record(.init(group: "旧群", kind: .merged, into: "qq:网格工作群"), analysis: analysis)
        let later = try PlanBuilder().build(store, analysis: analysis)
        #expect(later.proposal("旧群")?.action == .merge, "\(String(describing: later.proposal("旧群")))")
        #expect(later.proposal("旧群")?.mergeInto == "qq:网格工作群")
    }
}
