import Foundation

/// Every threshold the verdicts use, with defaults derived from what each verdict means (see
/// `policy-basis.md` and the README's policy section). Offices override them in a JSON file;
/// `groupslim policy` prints the effective values.
public struct AnalysisPolicy: Codable, Equatable, Sendable {
    /// A zombie has had no substantive message (by a person, not a reflex) for this many days.
    /// 90 is the most lenient of the peers' defaults (30–90), because government work has
    /// quarterly rhythms that a 30-day rule would punish.
    public var zombieDays: Int = 90
    /// Groups younger than this are `too-new`: not judged at all.
    public var minimumAgeDays: Int = 30
    /// Groups that first appear in a later export (not the first one of their format) are not
    /// judged until they have been in the data this long: their owners get one audit cycle
    /// (a month) to hear about the cleanup before anything is proposed. 0 switches it off.
    public var gracePeriodDays: Int = 30
    /// A declared task end must have passed by this many days before the group is task-ended,
    /// so wrap-up traffic right after the deadline does not count against it.
    public var taskEndGraceDays: Int = 14
    /// For a phase-task name without a declared end, the recent window that must be quiet.
    public var taskQuietDays: Int = 60
    /// "The burst died away": the recent substantive rate is at most this fraction of the
    /// busiest 30-day window's.
    public var taskBurstDecay: Double = 0.2
    /// The group was used for its task at all: at least this many substantive messages in its
    /// busiest 30 days (three, not one stray post). A small task (an offsite, a quarter's
    /// planning) may never have more than a handful; a group never used is a zombie instead.
    public var taskMinimumBurst: Int = 3
    /// Name or tag words that mark a phase task. A past year in the name ("2024年", "launch-2025")
    /// and a quarter with a year ("q3-2025") mark one too. "project" and "event" are not markers:
    /// #project-atlas and #events are standing channels in most workspaces.
    public var phaseTaskMarkers: [String] = [
        "专项", "迎检", "普查", "临时", "创文", "创卫", "攻坚", "筹备", "验收", "督查", "巡查组", "活动", "整治", "突击",
        "会议", "培训班", "campaign", "temporary", "launch", "migration", "offsite", "off-site", "hackathon", "kickoff",
        "retreat", "war-room", "warroom",
    ]
    /// Words in a group's name, tags, topic or channel purpose that mark emergency or duty work:
    /// such groups are quiet by design (policy-basis.md), and most exports (WeChat, QQ, WhatsApp,
    /// Slack) carry no "protected" flag, so the words are what protects them. Latin words match
    /// whole words; a word inside a unit's name (应急管理局) does not count. A dated or temporary
    /// name (2024年防汛值班群, incident-2025-03-12, 国庆临时值守群) or a roll-call's name
    /// (值班报平安群) is not protected by words (``VerdictEngine/shield(_:_:)``).
    public var protectedWords: [String] = [
        "应急", "防汛", "抗旱", "森林防火", "防火", "抢险", "救灾", "救援", "灾害", "防灾", "减灾", "地震", "群测群防",
        "值守", "值班", "消防", "防台", "三防",
        "on-call", "oncall", "on call", "pager", "incident", "incidents", "security", "emergency", "sev1",
        "disaster", "failover", "business continuity",
        "do not archive", "dont archive", "don't archive", "勿删", "请勿解散", "不要解散", "勿解散",
    ]
    /// Name words of groups meant for everyone (all-staff, notice, #general). Such a group is not a
    /// merge target for one unit's sub-group: that its members are inside it says where the
    /// sub-group sits, not that it does the same work. Membership across several units, or
    /// holding nearly everyone in the data, marks a broad group without any name word.
    public var broadAudienceWords: [String] = [
        "全体", "全员", "总群", "大群", "通知发布", "信息发布", "general", "all-staff", "allstaff", "all staff",
        "all-hands", "all hands", "everyone", "company", "announcements", "announce",
    ]
    /// Duplicates have nearly the same members: Jaccard at least this.
    public var duplicateJaccard: Double = 0.8
    /// A re-created group (the same purpose name, one of them marked （新）, （2）, 备用, -new …) is a
    /// duplicate with fewer members in common: people move from the old group to the new one
    /// (policy-basis.md), and in a small group one person decides 0.8. 0.6: most of their people.
    public var duplicateJaccardRecreated: Double = 0.6
    /// Duplicates must also share purpose: a tag, a similar name (at least this), or cross-posts.
    public var duplicateNameSimilarity: Double = 0.6
    /// A group is overlapping when at least this share of its members are in a bigger group.
    public var overlapContainment: Double = 0.9
    /// A group of the same owner unit whose name adds a qualifier (党建办党务通知群 inside
    /// 党建办工作群) still does the same work when at least this share of its substantive messages
    /// and notices are copies of what the containing group got (cross-posted within 24 hours):
    /// it only repeats the other group, "no need to exist apart" (policy-basis.md, category 3).
    /// A study or canteen group of the same people has its own content and stays apart.
    public var overlapCopyShare: Double = 0.5
    /// Pairs need this many shared members; tiny groups say nothing through overlap.
    public var minimumSharedMembers: Int = 3
    /// Cross-posted notices between two groups that count as evidence of the same function.
    public var crossPostEvidence: Int = 2
    /// Window for check-in-only, counted back from as-of.
    public var checkInWindowDays: Int = 90
    /// Check-in-only: of the messages that are not mere acknowledgements, at least this share
    /// are check-ins, roll-calls and scene photos. Acknowledgements are set aside because every
    /// busy work group collects "收到" under real notices.
    public var checkInShare: Double = 0.8
    /// Check-in-only needs at least this many messages in the window to judge.
    public var checkInMinimumMessages: Int = 20
    /// Working hours for the after-hours and weekend signals.
    public var workingHours = WorkingHours()
    /// Per-purpose-tag overrides (e.g. 防汛 and 应急 groups are quiet by design).
    public var tagOverrides: [TagOverride] = [
        TagOverride(tags: ["防汛", "应急", "抗旱", "森林防火", "值班", "emergency"], zombieDays: 365),
    ]
    /// Groups never proposed: exact ids, or name patterns with `*` wildcards.
    public var exemptions = Exemptions()
    /// A new group regrows a dissolved or merged one when at least this share of its members were
    /// in it (and the purpose matches): a clear majority of the old circle, back together.
    public var reboundMemberShare: Double = 0.6
    /// Follow-up review: a dissolve or merge proposal still not carried out this many days after
    /// the plan that made it is overdue (one monthly cycle).
    public var followUpDays: Int = 30
    /// Plan: a merge whose merged group would have more members than this goes to review instead.
    public var megaGroupMembers: Int = 500
    /// Plan: a merge whose merged group would carry more messages per day than this goes to review.
    /// The 2026 commentary on careless merges names 200–300 messages a day as the mega-group harm.
    public var megaGroupMessagesPerDay: Double = 200
    /// Plan: the recent window (counted back from as-of) in which message rates, reading burden and
    /// check-in demands are measured. 91 days is thirteen whole weeks.
    public var burdenWindowDays: Int = 91
    /// Plan: the most messages per week a merge may add to any one person's reading (the merged
    /// group's traffic reaching survivor members who were not in it). A merge is a slimming only
    /// if nobody gets a noticeably busier week: 35 is five more messages a day.
    public var mergeMaxAddedMessagesPerPersonWeek: Double = 35
    /// Plan: how many messages per week one group membership removed is worth when a merge's
    /// added reading is weighed against what it removes. A group one belongs to asks for at least
    /// a glance a day (policy-basis.md counts groups per member as a burden of its own), so 7.
    /// A merge whose added reading exceeds what it removes (copies no longer read twice, messages
    /// no longer read in two groups, plus this weight per membership removed) is not proposed.
    public var mergeMembershipWeight: Double = 7
    /// Plan: a group whose only reason to act is a measure within this relative margin of its
    /// threshold (e.g. 91 days against 90) goes to review: the evidence is too weak to act on alone.
    public var borderlineMargin: Double = 0.02

    public init() {}

    /// Working days and hours in a zone.
    public struct WorkingHours: Codable, Equatable, Sendable {
        public var start: String = "08:30"
        public var end: String = "18:00"
        /// ISO weekdays (1 = Monday … 7 = Sunday).
        public var days: [Int] = [1, 2, 3, 4, 5]
        /// IANA zone; empty means the zone the data was imported in.
        public var timeZone: String = ""
        public init() {}
    }

    /// Threshold changes for groups carrying any of `tags`.
    public struct TagOverride: Codable, Equatable, Sendable {
        public var tags: [String]
        public var zombieDays: Int?
        public var checkInShare: Double?
        public var taskEndGraceDays: Int?
        public init(tags: [String], zombieDays: Int? = nil, checkInShare: Double? = nil, taskEndGraceDays: Int? = nil) {
            self.tags = tags
            self.zombieDays = zombieDays
            self.checkInShare = checkInShare
            self.taskEndGraceDays = taskEndGraceDays
        }
    }

    public struct Exemptions: Codable, Equatable, Sendable {
        public var ids: [String] = []
        public var namePatterns: [String] = []
        public init() {}
    }

    // MARK: - Effective values

    /// Zombie threshold for a group with `tags`: the longest override that applies.
    public func zombieDays(tags: [String]) -> Int {
        overrides(for: tags).compactMap(\.zombieDays).max() ?? zombieDays
    }

    public func checkInShare(tags: [String]) -> Double {
        overrides(for: tags).compactMap(\.checkInShare).max() ?? checkInShare
    }

    public func taskEndGraceDays(tags: [String]) -> Int {
        overrides(for: tags).compactMap(\.taskEndGraceDays).max() ?? taskEndGraceDays
    }

    /// The override tags that apply to a group, for evidence ("365 days because tagged 防汛").
    public func overrideTags(for tags: [String]) -> [String] {
        overrides(for: tags).flatMap(\.tags).filter { tags.contains($0) }.sorted()
    }

    private func overrides(for tags: [String]) -> [TagOverride] {
        let set = Set(tags)
        return tagOverrides.filter { !set.isDisjoint(with: $0.tags) }
    }

    /// The protection word found in a group's name or tags (topic, channel purpose), if any.
    /// A word that is only part of a unit's name (应急管理局, 应急办) names who owns the group, not
    /// a duty the group stands by for: the bureau's own work group is an ordinary work group.
    public func protectedWord(name: String, tags: [String]) -> String? {
        AnalysisPolicy.firstWord(of: protectedWords, in: [name] + tags, unlessFollowedBy: AnalysisPolicy.unitNameEndings)
    }

    /// What follows a word inside a unit's name.
    static let unitNameEndings = ["管理局", "管理办", "管理委员会", "委员会", "局", "办"]

    /// The broad-audience word found in a group's name, if any.
    public func broadAudienceWord(name: String) -> String? {
        AnalysisPolicy.firstWord(of: broadAudienceWords, in: [name])
    }

    static func firstWord(of words: [String], in texts: [String], unlessFollowedBy endings: [String] = []) -> String? {
        let haystacks = texts.map { $0.precomposedStringWithCompatibilityMapping.lowercased() }
        for word in words where !word.isEmpty {
            let needle = word.lowercased()
            if haystacks.contains(where: { AnalysisPolicy.containsWord(needle, in: $0, unlessFollowedBy: endings) }) { return word }
        }
        return nil
    }

    /// Whether `needle` occurs in `text`; a needle starting or ending with a Latin letter must
    /// not run on into another Latin letter there ("sre" is not in "dressre").
    static func containsWord(_ needle: String, in text: String, unlessFollowedBy endings: [String] = []) -> Bool {
        var searchRange = text.startIndex..<text.endIndex
        func isLatin(_ c: Character?) -> Bool { c.map { $0.isASCII && $0.isLetter } ?? false }
        while let range = text.range(of: needle, range: searchRange) {
            let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : nil
            let after = range.upperBound < text.endIndex ? text[range.upperBound] : nil
            let startOK = !isLatin(needle.first) || !isLatin(before)
            let endOK = !isLatin(needle.last) || !isLatin(after)
            let rest = text[range.upperBound...]
            if startOK && endOK && !endings.contains(where: { rest.hasPrefix($0) }) { return true }
            searchRange = text.index(after: range.lowerBound)..<text.endIndex
        }
        return false
    }

    /// The exemption rule that matches a group, if any.
    public func exemption(id: String, name: String) -> String? {
        if exemptions.ids.contains(id) { return "id \(id)" }
        for pattern in exemptions.namePatterns where AnalysisPolicy.wildcardMatch(pattern, name) {
            return "name pattern \(pattern)"
        }
        return nil
    }

    /// `*` matches any run of characters; everything else matches itself.
    static func wildcardMatch(_ pattern: String, _ text: String) -> Bool {
        let parts = pattern.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 1 { return pattern == text }
        var rest = Substring(text)
        guard rest.hasPrefix(parts[0]) else { return false }
        rest = rest.dropFirst(parts[0].count)
        for part in parts.dropFirst().dropLast() where !part.isEmpty {
            guard let range = rest.range(of: part) else { return false }
            rest = rest[range.upperBound...]
        }
        return rest.hasSuffix(parts.last!)
    }
}

// MARK: - Decoding with defaults (kept in this file: the synthesized CodingKeys are file-private)

extension AnalysisPolicy {
    public init(from decoder: any Decoder) throws {
        self.init()
        let c = try decoder.container(keyedBy: CodingKeys.self)
        zombieDays = try c.decodeIfPresent(Int.self, forKey: .zombieDays) ?? zombieDays
        minimumAgeDays = try c.decodeIfPresent(Int.self, forKey: .minimumAgeDays) ?? minimumAgeDays
        gracePeriodDays = try c.decodeIfPresent(Int.self, forKey: .gracePeriodDays) ?? gracePeriodDays
        taskEndGraceDays = try c.decodeIfPresent(Int.self, forKey: .taskEndGraceDays) ?? taskEndGraceDays
        taskQuietDays = try c.decodeIfPresent(Int.self, forKey: .taskQuietDays) ?? taskQuietDays
        taskBurstDecay = try c.decodeIfPresent(Double.self, forKey: .taskBurstDecay) ?? taskBurstDecay
        taskMinimumBurst = try c.decodeIfPresent(Int.self, forKey: .taskMinimumBurst) ?? taskMinimumBurst
        phaseTaskMarkers = try c.decodeIfPresent([String].self, forKey: .phaseTaskMarkers) ?? phaseTaskMarkers
        protectedWords = try c.decodeIfPresent([String].self, forKey: .protectedWords) ?? protectedWords
        broadAudienceWords = try c.decodeIfPresent([String].self, forKey: .broadAudienceWords) ?? broadAudienceWords
        duplicateJaccard = try c.decodeIfPresent(Double.self, forKey: .duplicateJaccard) ?? duplicateJaccard
        duplicateNameSimilarity = try c.decodeIfPresent(Double.self, forKey: .duplicateNameSimilarity) ?? duplicateNameSimilarity
        duplicateJaccardRecreated = try c.decodeIfPresent(Double.self, forKey: .duplicateJaccardRecreated) ?? duplicateJaccardRecreated
        overlapContainment = try c.decodeIfPresent(Double.self, forKey: .overlapContainment) ?? overlapContainment
        overlapCopyShare = try c.decodeIfPresent(Double.self, forKey: .overlapCopyShare) ?? overlapCopyShare
        minimumSharedMembers = try c.decodeIfPresent(Int.self, forKey: .minimumSharedMembers) ?? minimumSharedMembers
        crossPostEvidence = try c.decodeIfPresent(Int.self, forKey: .crossPostEvidence) ?? crossPostEvidence
        checkInWindowDays = try c.decodeIfPresent(Int.self, forKey: .checkInWindowDays) ?? checkInWindowDays
        checkInShare = try c.decodeIfPresent(Double.self, forKey: .checkInShare) ?? checkInShare
        checkInMinimumMessages = try c.decodeIfPresent(Int.self, forKey: .checkInMinimumMessages) ?? checkInMinimumMessages
        workingHours = try c.decodeIfPresent(WorkingHours.self, forKey: .workingHours) ?? workingHours
        tagOverrides = try c.decodeIfPresent([TagOverride].self, forKey: .tagOverrides) ?? tagOverrides
        exemptions = try c.decodeIfPresent(Exemptions.self, forKey: .exemptions) ?? exemptions
        reboundMemberShare = try c.decodeIfPresent(Double.self, forKey: .reboundMemberShare) ?? reboundMemberShare
        followUpDays = try c.decodeIfPresent(Int.self, forKey: .followUpDays) ?? followUpDays
        megaGroupMembers = try c.decodeIfPresent(Int.self, forKey: .megaGroupMembers) ?? megaGroupMembers
        megaGroupMessagesPerDay = try c.decodeIfPresent(Double.self, forKey: .megaGroupMessagesPerDay) ?? megaGroupMessagesPerDay
        burdenWindowDays = try c.decodeIfPresent(Int.self, forKey: .burdenWindowDays) ?? burdenWindowDays
        mergeMaxAddedMessagesPerPersonWeek = try c.decodeIfPresent(Double.self, forKey: .mergeMaxAddedMessagesPerPersonWeek)
            ?? mergeMaxAddedMessagesPerPersonWeek
        mergeMembershipWeight = try c.decodeIfPresent(Double.self, forKey: .mergeMembershipWeight) ?? mergeMembershipWeight
        borderlineMargin = try c.decodeIfPresent(Double.self, forKey: .borderlineMargin) ?? borderlineMargin
    }
}

extension AnalysisPolicy.WorkingHours {
    public init(from decoder: any Decoder) throws {
        self.init()
        let c = try decoder.container(keyedBy: CodingKeys.self)
        start = try c.decodeIfPresent(String.self, forKey: .start) ?? start
        end = try c.decodeIfPresent(String.self, forKey: .end) ?? end
        days = try c.decodeIfPresent([Int].self, forKey: .days) ?? days
        timeZone = try c.decodeIfPresent(String.self, forKey: .timeZone) ?? timeZone
    }

    /// Minutes after midnight of an `HH:MM` string.
    static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]),
              (0...24).contains(hour), (0...59).contains(minute) else { return nil }
        return hour * 60 + minute
    }
}

extension AnalysisPolicy.Exemptions {
    public init(from decoder: any Decoder) throws {
        self.init()
        let c = try decoder.container(keyedBy: CodingKeys.self)
        ids = try c.decodeIfPresent([String].self, forKey: .ids) ?? ids
        namePatterns = try c.decodeIfPresent([String].self, forKey: .namePatterns) ?? namePatterns
    }
}
