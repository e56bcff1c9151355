import Foundation

/// Writes a realistic district of chat work groups in the canonical import format — `groups.csv`,
/// `members.csv`, `messages.csv`, `people.csv` — plus `truth.json`, the ground truth that tests
/// check an analysis against group by group.
///
/// The same options always give byte-identical files: all randomness comes from a seeded
/// SplitMix64, every collection written is ordered, numbers and times are formatted by hand, and
/// as-of is an explicit option rather than the clock. Messages are generated one group at a time
/// and streamed through 1 MB buffers, so ten million messages need no more memory than eighty
/// groups' plans.
public struct SampleDistrictGenerator: Sendable {
    public let options: SampleDistrictOptions

    public init(options: SampleDistrictOptions) {
        self.options = options
    }

    /// Writes the district into `directory` (created if missing; existing files are replaced).
    @discardableResult
    public func write(to directory: URL) throws -> SampleDistrictTruth {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let unix = Int64(options.asOf.timeIntervalSince1970.rounded(.down))
        var planner = SampleDistrictPlanner(seed: options.seed, groupCount: options.groups,
                                            messagesPerGroup: options.messagesPerGroup,
                                            asOf: SampleCalendar.localSeconds(fromUnix: unix))
        planner.build()
        let world = planner.world

        // Member ids are dense over the people who actually appear, in world order.
        var number = [Int32](repeating: -1, count: world.persons.count)
        for plan in planner.plans {
            for person in plan.members { number[Int(person)] = 0 }
            for person in plan.inferredSenders { number[Int(person)] = 0 }
            if plan.bot >= 0 { number[Int(plan.bot)] = 0 }
        }
        var people = 0
        for index in number.indices where number[index] == 0 {
            number[index] = Int32(people)
            people += 1
        }
        func primaryID(_ person: Int32) -> String { SampleCSVSink.paddedString("u", Int(number[Int(person)]) + 1, width: 6) }
        func aliasID(_ person: Int32) -> String { SampleCSVSink.paddedString("w", Int(number[Int(person)]) + 1, width: 6) }

        var peopleFile = try SampleCSVSink(url: directory.appendingPathComponent("people.csv"))
        try peopleFile.header(["member_id", "name", "unit", "aliases"])
        var aliases = 0
        for index in number.indices where number[index] >= 0 {
            let person = world.persons[index]
            peopleFile.plain(primaryID(Int32(index)))
            peopleFile.field(person.name)
            peopleFile.field(world.units[Int(person.unit)].name)
            if planner.aliasNumber[Int32(index)] != nil {
                peopleFile.plain(aliasID(Int32(index)))
                aliases += 1
            } else {
                peopleFile.empty()
            }
            try peopleFile.endRow()
        }
        try peopleFile.close()

        var groupsFile = try SampleCSVSink(url: directory.appendingPathComponent("groups.csv"))
        try groupsFile.header(["group_id", "name", "platform", "owner_unit", "owner_id", "created_at", "purpose_tags",
                               "task_end", "protected"])
        for plan in planner.plans {
            groupsFile.plain(plan.id)
            groupsFile.field(plan.name)
            groupsFile.plain(plan.platform)
            groupsFile.field(world.units[plan.ownerUnit].name)
            groupsFile.plain(primaryID(plan.owner))
            groupsFile.timestamp(plan.created)
            groupsFile.field(plan.recipe.tags.joined(separator: ";"))
            if let end = plan.taskEndDay { groupsFile.date(end) } else { groupsFile.empty() }
            groupsFile.plain(plan.isProtected ? "true" : "false")
            try groupsFile.endRow()
        }
        try groupsFile.close()

        var membersFile = try SampleCSVSink(url: directory.appendingPathComponent("members.csv"))
        try membersFile.header(["group_id", "member_id", "name", "unit", "role", "joined_at", "left_at"])
        var messagesFile = try SampleCSVSink(url: directory.appendingPathComponent("messages.csv"))
        try messagesFile.header(["group_id", "sent_at", "sender_id", "message_id", "kind", "text"])
        var stamp = [Int32](repeating: -1, count: world.persons.count)
        var memberships = 0
        var messages = 0
        for plan in planner.plans {
            let roster = SampleRoster(plan: plan, planner: planner)
            let groupID = plan.id
            let groupStamp = Int32(plan.index)
            var ids: [String] = []
            var secondIDs: [String] = []
            for participant in roster.participants {
                let main = primaryID(participant.person)
                let second = planner.aliasNumber[participant.person] != nil ? aliasID(participant.person) : main
                ids.append(participant.useAlias ? second : main)
                secondIDs.append(second)
                guard participant.onRoster else { continue }
                let person = world.persons[Int(participant.person)]
                membersFile.plain(groupID)
                membersFile.plain(ids[ids.count - 1])
                membersFile.field(participant.useAlias ? person.name + "（工作号）" : person.name)
                membersFile.field(world.units[Int(person.unit)].name)
                membersFile.plain(participant.role.rawValue)
                membersFile.timestamp(participant.joined)
                if let left = participant.left { membersFile.timestamp(left) } else { membersFile.empty() }
                try membersFile.endRow()
                if stamp[Int(participant.person)] != groupStamp {
                    stamp[Int(participant.person)] = groupStamp
                    memberships += 1
                }
            }
            var synthesizer = SampleGroupSynthesizer(plan: plan, roster: roster, planner: planner)
            var ordinal = 0
            if plan.duplicateSet >= 0 { ordinal = planner.duplicateSets[plan.duplicateSet].firstIndex(of: plan.index) ?? 0 }
            let drafts = synthesizer.generate(
                forwarded: planner.forwarded[plan.index],
                duplicateNotices: plan.duplicateSet >= 0 ? planner.duplicateNotices[plan.duplicateSet] : [],
                duplicateOrdinal: ordinal)
            for (position, draft) in drafts.enumerated() {
                let sender = Int(draft.sender)
                let participant = roster.participants[sender]
                messagesFile.plain(groupID)
                messagesFile.timestamp(draft.time)
                messagesFile.plain(participant.sendsAlias && position & 1 == 1 ? secondIDs[sender] : ids[sender])
                messagesFile.paddedID(UInt8(ascii: "m"), position + 1, width: 6)
                messagesFile.plain(draft.kind.rawValue)
                messagesFile.field(draft.text)
                try messagesFile.endRow()
                if draft.kind != .system, draft.kind != .bot, stamp[Int(participant.person)] != groupStamp {
                    stamp[Int(participant.person)] = groupStamp
                    memberships += 1
                }
            }
            messages += drafts.count
        }
        try membersFile.close()
        try messagesFile.close()

        let labels = planner.plans.map { plan in
            SampleGroupLabel.make(groupID: plan.id, kind: plan.kind, related: plan.related.map { SampleGroupPlan.id($0) })
        }
        let truth = SampleDistrictTruth(
            seed: options.seed, asOf: SampleCalendar.timestamp(planner.asOf), groups: planner.plans.count, people: people,
            personIDs: people + aliases, memberships: memberships, messages: messages, labels: labels)
        try truth.jsonData().write(to: directory.appendingPathComponent("truth.json"))
        return truth
    }
}
