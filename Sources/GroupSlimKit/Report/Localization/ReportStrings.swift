/// The report wording in one language, from the tables below. `{0}`, `{1}` … are filled in by
/// ``text(_:_:)``. To change a phrase, change it here; renderers only look keys up.
public struct ReportStrings: Sendable {
    public let language: ReportLanguage

    public init(language: ReportLanguage) { self.language = language }

    /// The phrase for `key` with `{n}` replaced by `arguments[n]`.
    public func text(_ key: ReportKey, _ arguments: String...) -> String {
        let table = language == .zh ? ReportStrings.chinese : ReportStrings.english
        var phrase = table[key] ?? ReportStrings.english[key] ?? key.rawValue
        for (position, argument) in arguments.enumerated() {
            phrase = phrase.replacingOccurrences(of: "{\(position)}", with: argument)
        }
        return phrase
    }

    public func action(_ action: PlanAction) -> String {
        switch action {
        case .dissolve: return text(.actionDissolve)
        case .merge: return text(.actionMerge)
        case .review: return text(.actionReview)
        case .keep: return text(.actionKeep)
        }
    }

    public func verdict(_ verdict: VerdictKind) -> String {
        switch verdict {
        case .zombie: return text(.verdictZombie)
        case .taskEnded: return text(.verdictTaskEnded)
        case .duplicate: return text(.verdictDuplicate)
        case .overlapping: return text(.verdictOverlapping)
        case .checkInOnly: return text(.verdictCheckInOnly)
        case .protected: return text(.verdictProtected)
        case .tooNew: return text(.verdictTooNew)
        }
    }

    public func verdicts(_ verdicts: [VerdictKind]) -> String {
        verdicts.isEmpty ? text(.none) : verdicts.map(verdict).joined(separator: language == .zh ? "、" : ", ")
    }

    /// Why a merge in the merges table is not proposed, or "" when it is.
    public func clusterWarning(_ cluster: MergeCluster) -> String {
        if cluster.exceedsMegaGroupLimit { return text(.megaWarning) }
        if cluster.exceedsBurdenLimit { return text(.burdenWarning) }
        if cluster.raisesPlanReading { return text(.planBurdenWarning) }
        return ""
    }

    /// The merge-table headers, in the order ``clusterCells(_:)`` fills them.
    func clusterHeaders() -> [String] {
        [text(.columnSurvivor), text(.columnMerged), text(.columnMergedMembers), text(.columnExpectedPerDay),
         text(.columnSummedPerDay), text(.columnCollapsed), text(.columnAddedPerWeek), text(.columnRemovedPerWeek),
         text(.columnMembershipsRemoved), text(.columnMaxAddedPerPerson), text(.columnWarning)]
    }

    /// The figures of one merge as table cells (numbers only; the caller escapes the ids).
    func clusterFigures(_ c: MergeCluster) -> [String] {
        let one = BurdenTable.oneDecimal
        return ["\(c.mergedMembers)", one(c.expectedMessagesPerDay), one(c.summedMessagesPerDay), "\(c.collapsedCrossPosts)",
                one(c.addedMessagesPerWeek), one(c.removedMessagesPerWeek), "\(c.membershipsRemoved)", one(c.maxAddedPerPersonWeek)]
    }

    func list(_ items: [String]) -> String { items.joined(separator: language == .zh ? "、" : ", ") }

    /// One reason as a sentence.
    public func reason(_ reason: PlanReason) -> String {
        switch reason {
        case .verdict(let kind, let detail, let measures):
            if language == .en { return "\(verdict(kind)): \(detail)" }
            return "\(verdict(kind))：" + measures.map(MeasureWording(language: language).text).joined(separator: "；")
        case .mergeInto(let survivor, let kind): return text(.reasonMergeInto, survivor, verdict(kind))
        case .absorbs(let groups): return text(.reasonAbsorbs, list(groups))
        case .protectedDormant(let days, let rule): return text(.reasonProtectedDormant, String(days), protection(rule))
        case .protectedActive(let rule): return text(.reasonProtectedActive, protection(rule))
        case .protectedCheckInOnly: return text(.reasonProtectedCheckInOnly)
        case .tooNew(let days): return text(.reasonTooNew, String(days))
        case .noVerdict: return text(.reasonNoVerdict)
        case .conflicting(let dissolve, let merge): return text(.reasonConflicting, verdicts(dissolve), verdicts(merge))
        case .borderline(let kind, let measure):
            let wording = MeasureWording(language: language)
            return text(.reasonBorderline, verdict(kind), wording.name(measure.name), wording.value(measure.value, unit: measure.unit),
                        wording.value(measure.threshold ?? 0, unit: measure.unit))
        case .megaGroup(let survivor, let members, let perDay, let memberLimit, let perDayLimit):
            return text(.reasonMegaGroup, survivor, String(members), Measure.decimal(perDay, places: 1), String(memberLimit),
                        Measure.decimal(perDayLimit, places: 0))
        case .mergeBurden(let burden):
            return text(.reasonMergeBurden, burden.survivor, Measure.decimal(burden.addedPerWeek, places: 1),
                        Measure.decimal(burden.removedPerWeek, places: 1), String(burden.membershipsRemoved),
                        Measure.decimal(burden.membershipWeight, places: 1), Measure.decimal(burden.maxAddedPerPersonWeek, places: 1),
                        Measure.decimal(burden.maxAddedLimit, places: 1))
        case .planBurden(let burden):
            return text(.reasonPlanBurden, burden.survivor, Measure.decimal(burden.addedPerWeek, places: 1),
                        Measure.decimal(burden.removedPerWeek, places: 1), String(burden.membershipsRemoved))
        case .noDirectSurvivor(let partners): return text(.reasonNoDirectSurvivor, list(partners))
        case .partnersDissolved(let partners): return text(.reasonPartnersDissolved, list(partners))
        case .gracePeriod(let days): return text(.reasonGracePeriod, String(days))
        case .ledger(let ruling): return ledger(ruling)
        case .rebound(let rebound):
            return text(.reasonRebound, rebound.earlierGroup, rebound.decidedOn, String(rebound.sharedMembers),
                        String(Int((rebound.memberShare * 100).rounded())), purposeEvidence(rebound.purposeEvidence))
        }
    }

    /// Which rule protects a group, in the report's language.
    public func protection(_ rule: ProtectionRule) -> String {
        guard language == .zh else { return rule.text }
        switch rule {
        case .marked: return "导出数据标记为受保护"
        case .exemption(let what): return "政策豁免（\(what)）"
        case .word(let word): return "群名、标签或用途含应急值守类词语“\(word)”（政策 protected_words）"
        }
    }

    /// What the decisions ledger says, as a sentence.
    public func ledger(_ ruling: LedgerRuling) -> String {
        let noReason = language == .zh ? "未说明" : "no reason given"
        switch ruling {
        case .certified(let until, let reason): return text(.ledgerCertified, until, reason ?? noReason)
        case .certificationExpired(let until): return text(.ledgerCertificationExpired, until)
        case .rejectionStands(let on, let reason): return text(.ledgerRejectionStands, on, reason ?? noReason)
        case .rejectionReopened(let on, let new): return text(.ledgerRejectionReopened, on, verdicts(new))
        case .carriedOut(let kind, let on, let into):
            return text(.ledgerCarriedOut, decision(kind, into: into), on)
        case .notCarriedOut(let kind, let on, let into, let since):
            return text(.ledgerNotCarriedOut, decision(kind, into: into), on, String(since))
        }
    }

    private func purposeEvidence(_ evidence: String) -> String {
        guard language == .zh else { return evidence }
        return ["tags": "用途标签", "name": "群名称", "owner unit": "牵头单位"][evidence] ?? evidence
    }

    private func decision(_ kind: DecisionKind, into: String?) -> String {
        switch (kind, language) {
        case (.merged, .zh): return "并入 \(into ?? "?")"
        case (.merged, _): return "merged into \(into ?? "?")"
        case (.dissolved, .zh): return "解散"
        case (.keep, .zh): return "保留"
        case (.reject, .zh): return "不采纳"
        default: return kind.rawValue
        }
    }

    static let english: [ReportKey: String] = [
        .dryRunBanner: "DRY RUN: a proposal only. Nothing has been changed on any platform; the database only records this plan.",
        .title: "Work-group cleanup plan",
        .asOf: "As of {0}",
        .timeZone: "time zone {0}",
        .windowNote: "Rates are measured over the last {0} days before the as-of date.",
        .actionDissolve: "Dissolve", .actionMerge: "Merge", .actionReview: "Review", .actionKeep: "Keep",
        .verdictZombie: "zombie", .verdictTaskEnded: "task ended", .verdictDuplicate: "duplicate",
        .verdictOverlapping: "overlapping", .verdictCheckInOnly: "check-in only", .verdictProtected: "protected",
        .verdictTooNew: "too new",
        .reasonMergeInto: "Merge into {0} ({1}).",
        .reasonAbsorbs: "Survives the merge and takes in {0}.",
        .reasonProtectedDormant: "Protected ({1}), but no substantive message for {0} days: someone should confirm it is still needed.",
        .reasonProtectedActive: "Protected ({0}) and in use; never proposed.",
        .reasonProtectedCheckInOnly: "Protected by its emergency or duty name, yet alive only with check-ins and roll-calls: a person should decide whether the group or only the roll-call habit should go.",
        .reasonTooNew: "Only {0} days old; not judged yet.",
        .reasonNoVerdict: "No verdict: it does work no other group does.",
        .reasonConflicting: "The evidence points two ways ({0} says dissolve, {1} says merge); a person should decide.",
        .reasonBorderline: "Weak evidence: {0} rests on {1} = {2}, just past the threshold {3}.",
        .reasonMegaGroup: "Merging into {0} would make a mega-group of {1} members and {2} messages a day (limits {3} members, {4} a day).",
        .reasonMergeBurden: "Merging into {0} would cost more reading than it saves: it adds {1} messages a week to its people's reading and removes {2}, plus {3} group memberships (each worth {4} a week); one person would read {5} more a week (limit {6}).",
        .reasonPlanBurden: "Merging into {0} (adds {1} messages a week, removes {2}, and {3} memberships) was withdrawn: with it the plan would raise the median or mean weekly reading.",
        .reasonNoDirectSurvivor: "Its merge partners ({0}) are merged elsewhere, protected or under review, and no surviving group pairs with it directly; merges never chain.",
        .reasonPartnersDissolved: "Its merge partners ({0}) are being dissolved, so this group is the one left doing the work.",
        .reasonGracePeriod: "First seen in the data {0} days ago (it arrived with a later export); in its grace period, not judged yet.",
        .reasonRebound: "Rebound: regrows {0}, retired on {1}: {2} shared members ({3}% of its members), same purpose by {4}. Check whether the cleanup is being undone.",
        .ledgerCertified: "Certified by its owner until {0} ({1}); not proposed before then.",
        .ledgerCertificationExpired: "Its owner's certification ran out on {0}; judged again.",
        .ledgerRejectionStands: "The office rejected the proposal on {0} ({1}); nothing new since, so it is not proposed again.",
        .ledgerRejectionReopened: "Rejected on {0}, but new evidence since: {1}.",
        .ledgerCarriedOut: "Decided {0} on {1}; carried out (silent since, or gone from a newer export).",
        .ledgerNotCarriedOut: "Decided {0} on {1}, but {2} messages were posted since: not carried out.",
        .sectionTrend: "Trend across audits",
        .trendNote: "One row per recorded plan. Done and open count the previous plan's dissolve and merge proposals.",
        .chartGroupsOverTime: "Groups over time",
        .chartBurdenOverTime: "Groups per member over time (90th percentile)",
        .chartProposalsOverTime: "Previous proposals: done vs open",
        .columnRun: "Run", .columnDay: "As of", .columnGroupsAfterPlan: "After plan", .columnDone: "Done", .columnOpen: "Open",
        .sectionSummary: "Summary", .sectionCharts: "Charts", .sectionPlan: "The plan by action",
        .sectionMerges: "Merges: size and expected traffic", .sectionBurdened: "The 20 most burdened people",
        .sectionEvidence: "Evidence per group", .sectionAbout: "How to read this report",
        .summaryGroups: "Groups", .summaryActions: "Proposals", .summaryGroupsPerMember: "Groups per member",
        .summaryMessagesPerWeek: "Messages a member must read per week",
        .summaryCrossPosts: "Cross-posted notice copies removed", .summaryCheckIns: "Check-in demands removed",
        .summaryCheckInDemands: "Check-ins and roll-calls in the window",
        .summaryMembers: "Members", .summaryMedian: "median", .summaryP90: "90th percentile", .summaryMax: "max",
        .summaryMean: "mean", .summaryBefore: "Before", .summaryAfter: "After", .summaryMeasure: "Measure",
        .chartGroupsPerMember: "Groups per member, before and after",
        .chartGroupsPerMemberAxis: "number of groups a member is in",
        .chartVerdicts: "Verdicts", .chartBusiestHours: "Busiest hours (messages per hour of day)",
        .chartHourAxis: "hour of day", .chartActivity: "messages per 30 days",
        .columnGroup: "Group", .columnName: "Name", .columnOwnerUnit: "Owner unit", .columnMembers: "Members",
        .columnVerdicts: "Verdicts", .columnAction: "Action", .columnMergeInto: "Merge into", .columnReasons: "Reasons",
        .columnPerson: "Person", .columnUnit: "Unit", .columnGroupsBefore: "Groups before", .columnGroupsAfter: "Groups after",
        .columnReadBefore: "Messages/week before", .columnReadAfter: "Messages/week after",
        .columnSurvivor: "Survivor", .columnMerged: "Merged in", .columnMergedMembers: "Members after merge",
        .columnExpectedPerDay: "Expected messages/day", .columnSummedPerDay: "Sum of the groups' messages/day",
        .columnCollapsed: "Cross-post copies collapsed", .columnWarning: "Warning",
        .columnAddedPerWeek: "Reading added/week", .columnRemovedPerWeek: "Reading removed/week",
        .columnMembershipsRemoved: "Memberships removed", .columnMaxAddedPerPerson: "Most added to one person/week",
        .burdenWarning: "not proposed: costs more reading than it saves",
        .planBurdenWarning: "withdrawn: would raise the plan's median or mean reading",
        .columnMessagesPerDay: "Messages/day", .columnLastSubstantive: "Last substantive",
        .columnMembersAffected: "Members affected", .columnActivity: "Activity", .columnPlatform: "Platform",
        .megaWarning: "over the mega-group limit: not proposed, sent to review",
        .none: "none", .never: "never", .noGroups: "No group.",
        .aboutText: "Dissolve: zombie, task-ended or check-in-only groups. Merge: duplicates and overlapping groups fold into one surviving group (most substantive activity, then owner unit, then age, then size); every merged group pairs directly with its survivor. Review: a person decides (conflicting or weak evidence, protected but dormant, a merge that would create a mega-group). The plan changes nothing by itself.",
    ]

    static let chinese: [ReportKey: String] = [
        .dryRunBanner: "试运行（DRY RUN）：以下仅为建议，未在任何平台做任何改动；数据库只记录了本方案。",
        .title: "工作群清理方案",
        .asOf: "数据截至 {0}",
        .timeZone: "时区 {0}",
        .windowNote: "消息量按截止日前 {0} 天统计。",
        .actionDissolve: "解散", .actionMerge: "合并", .actionReview: "人工复核", .actionKeep: "保留",
        .verdictZombie: "僵尸群", .verdictTaskEnded: "阶段任务已结束", .verdictDuplicate: "重复建群",
        .verdictOverlapping: "职能交叉", .verdictCheckInOnly: "打卡留痕群", .verdictProtected: "受保护",
        .verdictTooNew: "新建群",
        .reasonMergeInto: "并入 {0}（{1}）。",
        .reasonAbsorbs: "合并后保留此群，{0} 并入本群。",
        .reasonProtectedDormant: "受保护（{1}），但已 {0} 天没有实质性消息，请确认是否仍需要。",
        .reasonProtectedActive: "受保护（{0}）且在使用，不列入清理。",
        .reasonProtectedCheckInOnly: "群名表明为应急或值班用途而受保护，但近期只有打卡、报平安和接龙：请人工决定是解散此群，还是只取消打卡要求。",
        .reasonTooNew: "建群仅 {0} 天，暂不评判。",
        .reasonNoVerdict: "未发现问题：承担其他群没有的工作。",
        .reasonConflicting: "证据指向不一（{0} 建议解散，{1} 建议合并），需人工决定。",
        .reasonBorderline: "证据偏弱：{0} 仅依据 {1} = {2}，刚过阈值 {3}。",
        .reasonMegaGroup: "并入 {0} 将形成 {1} 人、每天 {2} 条消息的超大群（上限 {3} 人、每天 {4} 条）。",
        .reasonMergeBurden: "并入 {0} 得不偿失：将使相关人员每周多读 {1} 条消息，只减少 {2} 条，并减少 {3} 个群成员身份（每个折合每周 {4} 条）；有人每周将多读 {5} 条（上限 {6} 条）。",
        .reasonPlanBurden: "并入 {0}（每周多读 {1} 条、少读 {2} 条、减少 {3} 个群成员身份）已撤回：计入后整个方案会提高每人每周阅读量的中位数或平均数。",
        .reasonNoDirectSurvivor: "其合并对象（{0}）已并入他群、受保护或待复核，且没有保留群与其直接重叠；合并不连锁传递。",
        .reasonPartnersDissolved: "其合并对象（{0}）将被解散，本群继续承担这项工作。",
        .reasonGracePeriod: "{0} 天前才首次出现在导出数据中（随后续导出加入），处于观察期，暂不评判。",
        .reasonRebound: "疑似反弹回潮：与 {1} 已撤并的 {0} 成员高度重合（共同成员 {2} 人，占本群 {3}%），用途相同（依据：{4}）。请核实是否“明撤暗留”。",
        .ledgerCertified: "群主已申明保留至 {0}（{1}），此前不再列入清理建议。",
        .ledgerCertificationExpired: "群主申明的保留期已于 {0} 到期，重新评判。",
        .ledgerRejectionStands: "单位已于 {0} 不采纳清理建议（{1}）；此后无新证据，不再重复建议。",
        .ledgerRejectionReopened: "{0} 曾不采纳清理建议，但此后出现新证据：{1}。",
        .ledgerCarriedOut: "已于 {1} 决定{0}，已落实（此后无人发言或已从新导出中消失）。",
        .ledgerNotCarriedOut: "已于 {1} 决定{0}，但此后仍有 {2} 条消息：尚未落实。",
        .sectionTrend: "历次清理趋势",
        .trendNote: "每行一次已记录的方案；“已落实/未落实”统计上一次方案中解散、合并建议的落实情况。",
        .chartGroupsOverTime: "工作群数量变化",
        .chartBurdenOverTime: "人均所在群数变化（90 分位）",
        .chartProposalsOverTime: "上次建议：已落实与未落实",
        .columnRun: "批次", .columnDay: "数据截至", .columnGroupsAfterPlan: "按方案清理后", .columnDone: "已落实", .columnOpen: "未落实",
        .sectionSummary: "概要", .sectionCharts: "图表", .sectionPlan: "按处理方式分列",
        .sectionMerges: "合并：规模与预计消息量", .sectionBurdened: "负担最重的 20 人",
        .sectionEvidence: "各群依据", .sectionAbout: "阅读说明",
        .summaryGroups: "工作群数", .summaryActions: "处理建议", .summaryGroupsPerMember: "人均所在群数",
        .summaryMessagesPerWeek: "每人每周需阅读消息数",
        .summaryCrossPosts: "减少的重复转发通知", .summaryCheckIns: "减少的打卡接龙要求",
        .summaryCheckInDemands: "统计期内打卡接龙次数",
        .summaryMembers: "人数", .summaryMedian: "中位数", .summaryP90: "90 分位", .summaryMax: "最大值",
        .summaryMean: "平均", .summaryBefore: "清理前", .summaryAfter: "清理后", .summaryMeasure: "指标",
        .chartGroupsPerMember: "人均所在群数（清理前后）",
        .chartGroupsPerMemberAxis: "所在群数",
        .chartVerdicts: "问题类型", .chartBusiestHours: "最忙时段（各小时消息数）",
        .chartHourAxis: "时", .chartActivity: "每 30 天消息数",
        .columnGroup: "群ID", .columnName: "群名称", .columnOwnerUnit: "所属单位", .columnMembers: "成员数",
        .columnVerdicts: "问题类型", .columnAction: "处理方式", .columnMergeInto: "并入", .columnReasons: "理由",
        .columnPerson: "人员", .columnUnit: "单位", .columnGroupsBefore: "清理前群数", .columnGroupsAfter: "清理后群数",
        .columnReadBefore: "清理前每周消息", .columnReadAfter: "清理后每周消息",
        .columnSurvivor: "保留群", .columnMerged: "并入的群", .columnMergedMembers: "合并后人数",
        .columnExpectedPerDay: "预计每天消息", .columnSummedPerDay: "各群每天消息之和",
        .columnCollapsed: "去除的重复转发", .columnWarning: "提示",
        .columnAddedPerWeek: "每周增加阅读", .columnRemovedPerWeek: "每周减少阅读",
        .columnMembershipsRemoved: "减少的群成员身份", .columnMaxAddedPerPerson: "单人每周最多增加",
        .burdenWarning: "不建议：增加的阅读量多于减少的",
        .planBurdenWarning: "已撤回：会提高方案的人均阅读量",
        .columnMessagesPerDay: "每天消息", .columnLastSubstantive: "最近实质消息",
        .columnMembersAffected: "涉及成员", .columnActivity: "活跃度", .columnPlatform: "平台",
        .megaWarning: "超过超大群上限：不建议合并，转人工复核",
        .none: "无", .never: "从未", .noGroups: "无。",
        .aboutText: "解散：僵尸群、阶段任务已结束的群、打卡留痕群。合并：重复建群和职能交叉的群并入一个保留群（先看实质活跃度，再看所属单位、建群时间、规模）；每个被并入的群都与保留群直接重叠。人工复核：证据冲突或偏弱、受保护但长期不用、合并后会形成超大群。本方案本身不做任何改动。",
    ]
}
