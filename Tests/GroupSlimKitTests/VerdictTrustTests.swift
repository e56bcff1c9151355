import Foundation
import Testing
@testable import GroupSlimKit

/// The rules an office checks first (issue 12): each test is a shape of a real district that the
/// earlier rules got wrong, built by hand, and fails without the rule it names.
@Suite("Verdicts an office can trust")
struct VerdictTrustTests {
    static func analyze(_ d: DistrictBuilder, policy: AnalysisPolicy = AnalysisPolicy()) throws -> AnalysisResult {
        try Analyzer(policy: policy, asOf: DistrictBuilder.asOf, timeZone: TestFiles.shanghai).run(try d.build())
    }

    static func plan(_ d: DistrictBuilder, policy: AnalysisPolicy = AnalysisPolicy()) throws -> CleanupPlan {
        try PlanBurdenTests.plan(d, policy: policy)
    }

    /// Substantive chatter unique to `group`.
    static func talk(_ group: String, from: Double = 80, to: Double = 1, every: Double = 2, senders: [String])
        -> [(Double, String, MessageKind, String?)] {
        PlanDistricts.stream(group, from: from, to: to, every: every, senders: senders)
    }

    typealias Post = (Double, String, MessageKind, String?)

    /// A notice a week for `weeks` weeks, counting back from `day` days before as-of, posted into
    /// `origin` and forwarded a quarter of an hour apart into each of `targets`; by group id.
    static func forwardedNotices(weeks: Int, from day: Double, sender: String, origin: String, into targets: [String],
                                 text: (Int) -> String) -> [String: [Post]] {
        var notices: [String: [Post]] = [origin: []]
        for week in 0..<weeks {
            let sent = day - Double(week * 7)
            notices[origin]!.append((sent, sender, .text, text(week)))
            for (offset, target) in targets.enumerated() {
                notices[target, default: []].append((sent - 0.01 * Double(offset + 1), sender, .text, text(week)))
            }
        }
        return notices
    }

    /// An all-staff group of four units and a notice cascaded from it into `targets` each week.
    static func cascade(into targets: [String], d: inout DistrictBuilder) -> (staff: [String], notices: [String: [Post]]) {
        let notices = forwardedNotices(weeks: 12, from: 80, sender: "lead0", origin: "all", into: targets) {
            "关于第\($0)周安全生产检查的通知：请各科室于周五前上报检查台账，务必按时完成"
        }
        var staff: [String] = ["lead0"]
        for unit in ["城建科", "民政科", "党政办", "综治办"] {
            let people = DistrictBuilder.people(unit, 0..<10)
            for person in people { d.units[person] = unit }
            staff += people
        }
        d.units["lead0"] = "党政办"
        return (staff, notices)
    }

    @Test("a section's group is not merged into the all-staff group that forwards notices into it")
    func notIntoAllStaff() throws {
        var d = DistrictBuilder()
        let (staff, notices) = Self.cascade(into: ["build", "office"], d: &d)
        d.add(.init(id: "all", name: "街道机关干部群", unit: "党政办", members: staff, createdDaysAgo: 800,
                    messages: notices["all"]! + Self.talk("all", senders: Array(staff.prefix(6)))))
        let build = ["lead0"] + DistrictBuilder.people("城建科", 0..<10)
        d.add(.init(id: "build", name: "城建科工作群", unit: "城建科", members: build, createdDaysAgo: 700,
                    messages: notices["build"]! + Self.talk("build", senders: build)))
        // The same unit as the all-staff group: still a section's own group, not a merge case.
        let office = ["lead0"] + DistrictBuilder.people("党政办", 0..<10)
        d.add(.init(id: "office", name: "党政办工作群", unit: "党政办", members: office, createdDaysAgo: 700,
                    messages: notices["office"]! + Self.talk("office", senders: office)))
        let result = try Self.analyze(d)
        for id in ["build", "office"] {
            let group = try #require(result.group(id))
            #expect(group.verdicts.isEmpty, "\(id): \(group.verdicts)")
            let pair = try #require(result.pairs.first { Set([$0.a, $0.b]) == Set(["all", id]) })
            #expect(pair.containment == 1 && pair.crossPostedNotices >= 2, "contained and fed with notices, yet no verdict")
        }
        #expect(result.group("build")?.check(.overlapping)?.reason.contains("broad-audience") == true)
        #expect(result.group("build")?.check(.overlapping)?.reason.contains("4 units") == true)
        let plan = try PlanBurdenTests.plan(d)
        #expect(plan.proposals.allSatisfy { $0.action == .keep })
    }

    @Test("a never-used group duplicates nothing; a re-created group whose people moved across is a duplicate")
    func neverUsedAndMovedMembers() throws {
        var d = DistrictBuilder()
        let staff = DistrictBuilder.people("l", 0..<15)
        d.add(.init(id: "work", name: "县林业局工作群", unit: "县林业局", members: staff, createdDaysAgo: 700,
                    messages: Self.talk("work", senders: staff)))
        d.add(.init(id: "idle", name: "县林业局信息报送群", unit: "县林业局", members: Array(staff.dropLast(2)), createdDaysAgo: 700))
        // The old group kept 8 of its people; the new one has them and 5 more (Jaccard 8/13 < 0.8).
        let old = DistrictBuilder.people("b", 0..<8)
        d.add(.init(id: "old", name: "县财政局预算股工作群", unit: "县财政局", members: old, createdDaysAgo: 700,
                    messages: Self.talk("old", from: 400, to: 300, every: 3, senders: old)))
        d.add(.init(id: "new", name: "县财政局预算股工作群（新）", unit: "县财政局", members: old + DistrictBuilder.people("n", 0..<5),
                    createdDaysAgo: 290, messages: Self.talk("new", senders: old)))
        let result = try Self.analyze(d)
        #expect(result.group("work")?.verdicts.isEmpty == true)
        #expect(result.group("work")?.check(.duplicate)?.reason.contains("never carried a substantive message") == true)
        #expect(result.group("idle")?.verdicts.contains(.duplicate) == false)
        #expect(result.group("idle")?.verdicts.contains(.zombie) == true)
        #expect(Set(result.group("old")?.verdicts ?? []) == [.zombie, .duplicate])
        #expect(result.group("new")?.check(.duplicate)?.reason.contains("members in common 1.00 ≥ 0.60") == true)
    }

    @Test("a unit's name is not a duty: the emergency bureau's own work group is not protected; its standby group is")
    func unitNamesDoNotProtect() throws {
        var d = DistrictBuilder()
        let staff = DistrictBuilder.people("y", 0..<10)
        let quiet = Self.talk("q", from: 400, to: 300, every: 10, senders: staff)
        d.add(.init(id: "bureau", name: "县应急管理局工作群", unit: "县应急管理局", members: staff, createdDaysAgo: 700, messages: quiet))
        d.add(.init(id: "office", name: "县应急办-综合科", unit: "县应急办", members: Array(staff.prefix(5)), createdDaysAgo: 700,
                    messages: quiet))
        d.add(.init(id: "standby", name: "县应急值守调度群", unit: "县应急管理局", members: staff, createdDaysAgo: 700, messages: quiet))
        let result = try Self.analyze(d)
        #expect(result.group("bureau")?.verdicts.contains(.protected) == false)
        #expect(result.group("office")?.verdicts.contains(.protected) == false)
        #expect(result.group("standby")?.verdicts == [.protected])
    }

    @Test("without owner units, a notice channel named after its team that only repeats it is overlapping")
    func namePrefixStandsForTheUnit() throws {
        var d = DistrictBuilder()
        let team = DistrictBuilder.people("t", 0..<24)
        let notices = Self.forwardedNotices(weeks: 10, from: 75, sender: "t0", origin: "T1", into: ["T2"]) {
            "Shift notice \($0): Saturday sorting starts at 9, please bring gloves and sign the sheet"
        }
        d.add(.init(id: "T1", name: "Harbor Kitchen Volunteers", members: team, createdDaysAgo: 600, platform: "telegram",
                    messages: Self.talk("team", senders: team) + notices["T1"]!))
        d.add(.init(id: "T2", name: "Harbor Kitchen – Shift Notices", members: Array(team.prefix(8)), createdDaysAgo: 600,
                    platform: "telegram", messages: notices["T2"]!))
        // The same prefix, its own talk: a sub-team, not a repeater.
        d.add(.init(id: "T3", name: "Harbor Kitchen Drivers", members: Array(team.suffix(8)), createdDaysAgo: 600,
                    platform: "telegram", messages: Self.talk("T3", senders: Array(team.suffix(8)))))
        d.add(.init(id: "T4", name: "Eastgate Depot", members: DistrictBuilder.people("e", 0..<20), createdDaysAgo: 600,
                    platform: "telegram", messages: Self.talk("T4", senders: DistrictBuilder.people("e", 0..<20))))
        let result = try Self.analyze(d)
        #expect(result.group("T2")?.verdicts == [.overlapping])
        #expect(result.group("T2")?.check(.overlapping)?.reason.contains("the same name prefix") == true)
        #expect(result.group("T3")?.verdicts.isEmpty == true)
    }

    @Test("Telegram senders named like bots are bots", arguments: [
        ("PantryStockBot", true), ("Stock bot", true), ("stock_bot", true), ("Abbot", false), ("Talbot", false),
        ("Bot", false), ("Rob Botham", false), ("GitHub Bot", true),
    ])
    func telegramBotNames(name: String, bot: Bool) {
        #expect(TelegramMessage.isBotName(name) == bot)
    }

    @Test("a group notices cascade from is broad by its traffic alone (no units on people, no name word)")
    func broadByTraffic() throws {
        var d = DistrictBuilder()
        let hub = DistrictBuilder.people("h", 0..<24)
        let sections = [("s1", "城建科工作群", "城建科"), ("s2", "民政科工作群", "民政科"), ("s3", "综治办工作群", "综治办")]
        let notices = Self.forwardedNotices(weeks: 6, from: 70, sender: "h0", origin: "hub", into: sections.map(\.0)) {
            "关于第\($0)批防汛物资清点的通知：请各科室于明天下班前报送清点表"
        }
        d.add(.init(id: "hub", name: "党政办工作群", unit: "党政办", members: hub, createdDaysAgo: 800,
                    messages: notices["hub"]! + Self.talk("hub", senders: hub)))
        for (offset, section) in sections.enumerated() {
            let members = ["h0"] + Array(hub[(1 + offset * 6)..<(7 + offset * 6)])
            d.add(.init(id: section.0, name: section.1, unit: section.2, members: members, createdDaysAgo: 700,
                        messages: notices[section.0]! + Self.talk(section.0, senders: members)))
        }
        // The office's own notice group, inside the hub: not merged into a group that speaks to everyone.
        d.add(.init(id: "inner", name: "党政办通知群", unit: "党政办", members: Array(hub.suffix(5)), createdDaysAgo: 700,
                    messages: Self.talk("inner", every: 5, senders: Array(hub.suffix(5)))))
        d.add(.init(id: "other", name: "社区工作群", unit: "社区", members: DistrictBuilder.people("o", 0..<30), createdDaysAgo: 700,
                    messages: Self.talk("other", senders: DistrictBuilder.people("o", 0..<5))))
        let result = try Self.analyze(d)
        #expect(result.group("inner")?.verdicts.isEmpty == true)
        #expect(result.group("inner")?.check(.overlapping)?.reason.contains("forwarded into groups of 3 other units") == true)
    }

    @Test("cross-posted notices alone never make a group overlapping")
    func crossPostsAreNotPurpose() throws {
        var d = DistrictBuilder()
        let outer = DistrictBuilder.people("p", 0..<18)
        let inner = Array(outer.prefix(8))
        let shared = Self.forwardedNotices(weeks: 10, from: 75, sender: "p0", origin: "outer", into: ["inner"]) {
            "关于第\($0)批老旧小区改造入户调查的通知：请于本周内完成并上报"
        }
        d.add(.init(id: "outer", name: "老旧小区改造指挥部", unit: "住建局", members: outer, createdDaysAgo: 600,
                    messages: shared["outer"]! + Self.talk("outer", senders: outer)))
        d.add(.init(id: "inner", name: "社区物业协调群", unit: "社区居委会", members: inner, createdDaysAgo: 600,
                    messages: shared["inner"]! + Self.talk("inner", senders: inner)))
        let result = try Self.analyze(d)
        let pair = try #require(result.pairs.first)
        #expect(pair.crossPostedNotices >= 10 && pair.containment == 1)
        #expect(result.group("inner")?.verdicts.isEmpty == true)
        #expect(result.group("inner")?.check(.overlapping)?.reason.contains("another owner unit") == true)
    }

    @Test("same members, another purpose: a work group and its study group are not duplicates; a re-created one is")
    func studyGroupIsNotDuplicate() throws {
        var d = DistrictBuilder()
        let people = DistrictBuilder.people("m", 0..<15)
        d.add(.init(id: "work", name: "城建科工作群", unit: "城建科", members: people, createdDaysAgo: 600,
                    messages: Self.talk("work", senders: people)))
        d.add(.init(id: "study", name: "城建科学习群", unit: "城建科", members: people, createdDaysAgo: 600,
                    messages: Self.talk("study", every: 5, senders: people)))
        d.add(.init(id: "canteen", name: "城建科食堂订餐群", unit: "城建科", members: Array(people.dropLast()), createdDaysAgo: 600,
                    messages: Self.talk("canteen", every: 3, senders: people)))
        d.add(.init(id: "work-new", name: "城建科工作群（新）", unit: "城建科", members: Array(people.dropFirst()), createdDaysAgo: 200,
                    messages: Self.talk("work-new", every: 4, senders: people)))
        let result = try Self.analyze(d)
        #expect(result.group("study")?.verdicts.isEmpty == true)
        #expect(result.group("canteen")?.verdicts.isEmpty == true)
        #expect(result.group("study")?.check(.duplicate)?.reason.contains("different purposes") == true)
        #expect(result.group("work")?.check(.duplicate)?.related == ["work-new"])
        #expect(result.group("work-new")?.verdicts == [.duplicate])
        let measures = try #require(result.group("work-new")?.check(.duplicate)?.measures)
        #expect(measures.contains { $0.name == "recreation_mark" && $0.value == 1 })
        #expect(result.group("work-new")?.check(.duplicate)?.reason.contains("re-created") == true)
    }

    @Test("English workspaces: #team and #team-random are not duplicates, #design-review-new is one")
    func englishChannelNames() throws {
        var d = DistrictBuilder()
        let people = DistrictBuilder.people("u", 0..<12)
        for (id, name) in [("C1", "team-mobile"), ("C2", "team-mobile-random"), ("C3", "design-review"), ("C4", "design-review-new")] {
            d.add(.init(id: id, name: name, members: people, createdDaysAgo: 500, platform: "slack",
                        messages: Self.talk(id, every: 3, senders: people)))
        }
        let result = try Self.analyze(d)
        #expect(result.group("C1")?.verdicts.isEmpty == true)
        #expect(result.group("C2")?.verdicts.isEmpty == true)
        #expect(result.group("C3")?.check(.duplicate)?.related == ["C4"])
        #expect(result.group("C4")?.verdicts == [.duplicate])
    }

    @Test("emergency and duty groups are protected by their name or channel purpose, without tags or flags")
    func protectionWithoutTags() throws {
        var d = DistrictBuilder()
        let people = DistrictBuilder.people("e", 0..<8)
        let quiet = Self.talk("x", from: 400, to: 300, every: 10, senders: people)
        d.add(.init(id: "flood", name: "海港社区防汛群", members: people, createdDaysAgo: 900, messages: quiet))
        d.add(.init(id: "C9", name: "oncall-sre", members: people, createdDaysAgo: 900, platform: "slack", messages: quiet))
        d.add(.init(id: "C8", name: "ops-rotation", tags: ["Pager rotation - DO NOT ARCHIVE"], members: people,
                    createdDaysAgo: 900, platform: "slack", messages: quiet))
        // A dated incident channel is a finished task, not a standing duty.
        d.add(.init(id: "C7", name: "incident-2025-03-12", members: people, createdDaysAgo: 500, platform: "slack",
                    messages: Self.talk("C7", from: 470, to: 440, every: 0.5, senders: people)))
        // A duty group that calls itself temporary is a task: not protected by its words.
        d.add(.init(id: "holiday", name: "街道国庆临时值守群", members: people, createdDaysAgo: 600,
                    messages: Self.talk("holiday", from: 300, to: 290, every: 0.2, senders: people)))
        // A protection word inside another word protects nothing.
        d.add(.init(id: "C6", name: "insecurity-notes", members: DistrictBuilder.people("z", 0..<4), createdDaysAgo: 900,
                    platform: "slack", messages: Self.talk("C6", from: 400, to: 300, every: 10, senders: DistrictBuilder.people("z", 0..<4))))
        let plan = try Self.plan(d)
        for id in ["flood", "C9", "C8"] {
            let proposal = try #require(plan.proposal(id))
            #expect(proposal.verdicts == [.protected], "\(id): \(proposal.verdicts)")
            #expect(proposal.action == .review && proposal.reasons.first?.code == "protected-dormant", "\(id)")
        }
        #expect(plan.analysis.group("flood")?.check(.protected)?.reason.contains("'防汛'") == true)
        #expect(plan.analysis.group("C8")?.check(.protected)?.reason.contains("'pager'") == true)
        #expect(plan.proposal("C7")?.action == .dissolve)
        #expect(plan.proposal("holiday")?.action == .dissolve && plan.proposal("holiday")?.verdicts.contains(.taskEnded) == true)
        #expect(plan.proposal("C7")?.verdicts.contains(.taskEnded) == true)
        #expect(plan.proposal("C6")?.action == .dissolve)
        var none = AnalysisPolicy()
        none.protectedWords = []
        #expect(try Self.plan(d, policy: none).proposal("flood")?.action == .dissolve, "the words are policy, not code")
    }

    /// Daily roll-call posts from `senders` for the last `days` days.
    static func rollCall(_ words: [String], days: Int, senders: [String]) -> [(Double, String, MessageKind, String?)] {
        var result: [(Double, String, MessageKind, String?)] = []
        for day in 1...days {
            for (index, sender) in senders.enumerated() {
                result.append((Double(day) + Double(index) * 0.01, sender, .text, words[(day + index) % words.count]))
            }
        }
        return result
    }

    @Test("报平安 and sign-in roll-call groups are check-in-only, not zombies; a flood-duty group of roll-calls goes to review")
    func rollCalls() throws {
        var d = DistrictBuilder()
        let posts = DistrictBuilder.people("r", 0..<6)
        let old = Self.talk("old", from: 400, to: 380, every: 5, senders: posts)
        d.add(.init(id: "safe", name: "东山社区夜间报平安群", members: posts, createdDaysAgo: 500,
                    messages: old + Self.rollCall(["报平安", "值班正常", "无异常", "一切正常", "平安无事"], days: 120, senders: posts)))
        let signers = DistrictBuilder.people("s", 0..<6)
        d.add(.init(id: "sign", name: "网格员签到群", members: signers, createdDaysAgo: 500,
                    messages: Self.rollCall(["签到", "已到岗", "8:30到岗", "今日走访已完成", "打卡"], days: 120, senders: signers)
                        + [(60, "s0", .location, nil), (30, "s1", .image, "今日走访")]))
        // Its name says it is a roll-call: 值班 names what is reported, not a duty it stands by for.
        let duty = DistrictBuilder.people("d", 0..<6)
        d.add(.init(id: "duty", name: "街道值班报平安群", members: duty, createdDaysAgo: 500,
                    messages: Self.rollCall(["报平安", "值班正常", "无异常"], days: 120, senders: duty)))
        // A flood-duty group whose only traffic is roll-calls: protected by its name, so a person decides.
        let flood = DistrictBuilder.people("f", 0..<6)
        d.add(.init(id: "flood", name: "街道防汛值班群", members: flood, createdDaysAgo: 500,
                    messages: Self.rollCall(["值班正常", "无异常", "一切正常"], days: 120, senders: flood)))
        let plan = try Self.plan(d)
        for id in ["safe", "sign"] {
            #expect(plan.analysis.group(id)?.verdicts == [.checkInOnly], "\(id): \(plan.analysis.group(id)?.verdicts ?? [])")
            #expect(plan.proposal(id)?.action == .dissolve)
            #expect(plan.analysis.group(id)?.check(.zombie)?.reason.contains("Not a zombie") == true)
        }
        #expect(plan.analysis.group("duty")?.verdicts == [.checkInOnly])
        #expect(plan.proposal("duty")?.action == .dissolve)
        #expect(Set(plan.analysis.group("flood")?.verdicts ?? []) == [.checkInOnly, .protected])
        #expect(plan.proposal("flood")?.action == .review && plan.proposal("flood")?.reasons.first == .protectedCheckInOnly)
    }

    @Test("English check-ins and acknowledgements", arguments: [
        ("here", ContentClass.checkIn), ("present", .checkIn), ("online", .checkIn), ("in office", .checkIn),
        ("WFH today", .checkIn), ("checking in", .checkIn), ("on site", .checkIn), ("working from home", .checkIn),
        ("ok", .acknowledgement), ("noted", .acknowledgement), ("thanks", .acknowledgement), ("+1", .acknowledgement),
        ("👍", .acknowledgement), ("报平安", .checkIn), ("值班正常", .checkIn), ("无异常", .checkIn), ("一切正常", .checkIn),
        ("东坪村今日平安，无异常", .checkIn), ("【报平安】1月15日 值班张三，无异常情况。", .checkIn), ("in", .checkIn),
        ("OOO pm", .checkIn), ("Quiet night, nothing to report ✅", .checkIn), ("all good at the depot ✅", .checkIn),
        ("route done ✅", .checkIn), ("I'm in a meeting", .substantive), ("检查发现隐患三处，已整改，无异常", .substantive),
        ("The delivery is on the road to recovery after we fixed the van", .substantive),
    ])
    func englishCheckIns(text: String, expected: ContentClass) {
        #expect(MessageClassifier().classify(kind: .text, text: text) == expected)
    }

    @Test("phase-task markers in English; 'project' alone is not one", arguments: [
        ("project-atlas", nil), ("launch-2026", "launch"), ("db-migration", "migration"), ("offsite-2026", "offsite"),
        ("hackathon", "hackathon"), ("incident-2025-03-12", "2025"), ("q3-2026-planning", "q3"), ("events", nil),
        ("2026年第三季度工作群", "第三季度") as (String, String?),
    ])
    func englishPhaseMarkers(name: String, expected: String?) {
        let engine = VerdictEngine(policy: AnalysisPolicy(), asOf: DistrictBuilder.asOf, timeZone: TestFiles.shanghai)
        let profile = GroupProfile(rowID: 1, platform: "slack", sourceID: "C1", name: name, isProtected: false, tags: [], members: [])
        #expect(engine.phaseMarker(profile) == expected)
    }

    @Test("a dead group is dissolved even when it also overlaps or duplicates; a live check-in group that overlaps goes to review")
    func verdictCombinations() throws {
        var d = DistrictBuilder()
        let people = DistrictBuilder.people("c", 0..<20)
        d.add(.init(id: "work", name: "城管科工作群", unit: "城管科", members: people, createdDaysAgo: 800,
                    messages: Self.talk("work", senders: people)))
        // The unit's notice group, silent for 200 days: zombie and overlapping → dissolve.
        d.add(.init(id: "notice", name: "城管科通知群", unit: "城管科", members: Array(people.prefix(12)), createdDaysAgo: 800,
                    messages: Self.talk("notice", from: 260, to: 200, every: 3, senders: people)))
        // A finished task group with the same members as another one: task-ended and duplicate → dissolve.
        let task = DistrictBuilder.people("t", 0..<10)
        d.add(.init(id: "census", name: "2024年人口普查工作群", unit: "统计科", tags: ["普查"], members: task, createdDaysAgo: 700,
                    messages: Self.talk("census", from: 600, to: 560, every: 0.3, senders: task)))
        d.add(.init(id: "census2", name: "2024年人口普查工作群（2）", unit: "统计科", tags: ["普查"], members: task, createdDaysAgo: 690,
                    messages: Self.talk("census2", from: 590, to: 400, every: 0.5, senders: task)))
        // A live group of the same unit that only collects sign-ins, inside the work group.
        d.add(.init(id: "sign", name: "城管科工作群（签到）", unit: "城管科", members: Array(people.suffix(15)), createdDaysAgo: 800,
                    messages: Self.rollCall(["签到", "已到岗", "打卡"], days: 80, senders: Array(people.suffix(6)))))
        let plan = try Self.plan(d)
        #expect(Set(plan.proposal("notice")?.verdicts ?? []) == [.zombie, .overlapping])
        #expect(plan.proposal("notice")?.action == .dissolve)
        #expect(plan.proposal("census")?.action == .dissolve && plan.proposal("census2")?.action == .dissolve)
        #expect(plan.proposal("census")?.verdicts.contains(.duplicate) == true)
        let sign = try #require(plan.proposal("sign"))
        #expect(Set(sign.verdicts) == [.checkInOnly, .duplicate] || Set(sign.verdicts) == [.checkInOnly, .overlapping])
        #expect(sign.action == .review && sign.reasons.first?.code == "conflicting-verdicts")
    }

    @Test("posters are not the audience: channels known only from who posted are not overlapping")
    func postersAreNotAudience() throws {
        var d = DistrictBuilder()
        let regulars = DistrictBuilder.people("v", 0..<5)
        for (index, name) in ["general", "dev-backend", "dev-frontend", "design", "support", "dev-backend-2"].enumerated() {
            let posters = index == 0 ? regulars + DistrictBuilder.people("w", 0..<10) : regulars
            d.add(.init(id: "D\(index)", name: name, unit: "Acme guild", members: posters, createdDaysAgo: 400,
                        platform: "discord", memberSource: .inferred, messages: Self.talk("D\(index)", every: 3, senders: posters)))
        }
        let result = try Self.analyze(d)
        #expect(result.pairs.count >= 10, "the same five post everywhere")
        for group in result.groups where group.profile.sourceID != "D5" && group.profile.sourceID != "D1" {
            #expect(group.verdicts.isEmpty, "\(group.profile.name): \(group.verdicts)")
        }
        #expect(result.group("D2")?.check(.overlapping)?.reason.contains("posters are not the audience") == true)
        // A re-created channel is still told from its name.
        #expect(result.group("D5")?.verdicts == [.duplicate])
        #expect(result.group("D5")?.check(.duplicate)?.reason.contains("audience known only from who posted") == true)
    }

    /// A unit's work group of 30 (`work`, first), its busy notice group of five with its own
    /// traffic (every message would reach 25 more people), and another unit's group of ten.
    static func busyNoticeDistrict() -> DistrictBuilder {
        var d = DistrictBuilder()
        let people = DistrictBuilder.people("k", 0..<30)
        d.add(.init(id: "work", name: "城管科工作群", unit: "城管科", members: people, createdDaysAgo: 800,
                    messages: Self.talk("work", every: 1, senders: people)))
        let busy = Array(people.prefix(5))
        d.add(.init(id: "notice", name: "城管科通知群", unit: "城管科", members: busy, createdDaysAgo: 800,
                    messages: Self.talk("notice", every: 0.25, senders: busy)))
        let others = DistrictBuilder.people("o", 0..<10)
        d.add(.init(id: "other", name: "民政科工作群", unit: "民政科", members: others, createdDaysAgo: 800,
                    messages: Self.talk("other", every: 1, senders: others)))
        return d
    }

    @Test("a merge that adds more reading than it removes is not proposed; its figures are in the reason")
    func mergeBurden() throws {
        let d = Self.busyNoticeDistrict()
        let plan = try Self.plan(d)
        let notice = try #require(plan.proposal("notice"))
        #expect(notice.verdicts == [.overlapping])
        #expect(notice.action == .review)
        guard case .mergeBurden(let burden)? = notice.reasons.first else {
            Issue.record("expected a merge-burden reason, got \(notice.reasons)")
            return
        }
        // 320 messages in 13 weeks reach the 25 who were not in the notice group.
        let perWeek = Double(d.groups[1].messages.count) / 13
        #expect(abs(burden.addedPerWeek - 25 * perWeek) < 0.01)
        #expect(burden.membershipsRemoved == 5)
        #expect(abs(burden.maxAddedPerPersonWeek - perWeek) < 0.01)
        let cluster = try #require(plan.clusters.first)
        #expect(cluster.exceedsBurdenLimit && cluster.isRefused)
        #expect(plan.burden.messagesPerMemberWeekAfter.mean <= plan.burden.messagesPerMemberWeekBefore.mean)
        // With a generous policy the same merge goes through.
        var generous = AnalysisPolicy()
        generous.mergeMembershipWeight = 1000
        generous.mergeMaxAddedMessagesPerPersonWeek = 1000
        let merged = try Self.plan(d, policy: generous)
        // …unless it raises the plan's reading, which is checked for the plan as a whole.
        #expect(merged.proposal("notice")?.action == .review)
        #expect(merged.proposal("notice")?.reasons.first?.code == "plan-burden")
    }

    @Test("one survivor, one merge taken and one held back: both in the report, notices and every format written")
    func survivorWithHeldBackMerge() throws {
        var d = Self.busyNoticeDistrict()
        // Everything it carries is a copy of the work group's messages: merging it costs nothing.
        let relay = Array(DistrictBuilder.people("k", 0..<30).suffix(6))
        d.add(.init(id: "relay", name: "城管科信息报送群", unit: "城管科", members: relay, createdDaysAgo: 800,
                    messages: d.groups[0].messages.map { ($0.0 - 0.01, relay[0], $0.2, $0.3) }))
        let plan = try Self.plan(d)
        #expect(plan.proposal("relay")?.action == .merge && plan.proposal("relay")?.mergeInto == "work")
        #expect(plan.proposal("notice")?.action == .review && plan.proposal("notice")?.reasons.first?.code == "merge-burden")
        #expect(plan.clusters.filter { $0.survivor == "work" }.count == 2)
        for language in [ReportLanguage.zh, .en] {
            let context = ReportContext(plan: plan, language: language)
            let notices = NoticeWriter().notices(context)
            let survivor = try #require(notices.first { $0.fileName.hasPrefix("survivor-") && $0.fileName.contains("-work.") })
            #expect(survivor.text.contains("relay") && !survivor.text.contains("notice)"))
            for format in ReportFormat.allCases { _ = try ReportRenderer.render(plan, format: format, language: language) }
        }
    }

    @Test("a merge that removes reading goes through, with its figures")
    func mergeThatSaves() throws {
        let plan = try Self.plan(PlanDistricts.handComputed())
        let cluster = try #require(plan.clusters.first { $0.survivor == "dup-b" })
        #expect(!cluster.isRefused)
        // The same six people in both: nobody reads more; the notice posted into both is read once.
        #expect(cluster.addedMessagesPerWeek == 0 && cluster.peopleReadingMore == 0)
        #expect(cluster.membershipsRemoved == 6)
        #expect(abs(cluster.removedMessagesPerWeek - 6.0 / 13) < 0.001)
        #expect(plan.burden.messagesPerMemberWeekAfter.median <= plan.burden.messagesPerMemberWeekBefore.median)
    }

    @Test("purpose part of names", arguments: [
        ("城建科工作群", "城建科群（新）", 1.0), ("城建科工作群", "城建科学习群", 0.0), ("城建科工作群", "城建科信息报送群", 1.0),
        ("team-mobile", "team-mobile-random", 0.0), ("design-review", "design-review-new", 1.0),
        ("海港社区网格员群", "海港社区环卫群", 0.0), ("工作群", "群聊", 0.0),
    ])
    func purposeNames(a: String, b: String, expected: Double) {
        #expect(PurposeName.similarity(a, b) == expected, "\(a) / \(b)")
    }

    @Test("a re-creation is a copy of the other name, not any group of the same office", arguments: [
        ("城管科工作群（新）", "城管科工作群", "(新)"), ("网格员备用群", "网格员群", "备用群"), ("Warehouse Logistics -old", "Warehouse Logistics -new", "old"),
        ("sales-leads-copy", "sales-leads", "copy"), ("城管科工作群（新）", "城管科通知群", nil), ("design-review-new", "design", nil),
        ("网格员群（新）", "网格员群（新）", "(新)") as (String, String, String?),
    ])
    func recreationBetween(a: String, b: String, expected: String?) {
        #expect(PurposeName.recreationMark(between: a, and: b) == expected, "\(a) / \(b)")
    }

    @Test("re-creation marks", arguments: [
        ("网格员群（新）", "(新)"), ("网格员群(2)", "(2)"), ("网格员备用群", "备用群"), ("design-review-new", "new"),
        ("design-review-2", "2"), ("old-payments", "old"), ("网格员工作群", nil), ("创新工作群", nil), ("copy of ops", "copy"),
        ("【旧】安全群", "【旧】") as (String, String?),
    ])
    func recreationMarks(name: String, expected: String?) {
        #expect(PurposeName.recreationMark(name) == expected, "\(name)")
    }
}
