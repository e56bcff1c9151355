/// The people of one group as the export shows them: roster rows with roles and join/leave times,
/// plus the posters who are missing from the roster.
///
/// Built deterministically from the plan whenever the group is written, so nothing per-member is
/// kept in memory for the whole district.
struct SampleRoster {
    struct Participant: Sendable {
        var person: Int32
        /// Shown under the person's second account id.
        var useAlias = false
        /// On the roster under the main id but posting from the second id every other message.
        var sendsAlias = false
        var role: MemberRole = .member
        var joined: Int64
        var left: Int64?
        var onRoster = true
        var isBot = false
        var speaks: Bool { onRoster && left == nil && !isBot }
    }

    var participants: [Participant] = []

    init(plan: SampleGroupPlan, planner: SampleDistrictPlanner) {
        var rng = SeededGenerator(seed: planner.seed, stream: 81, UInt64(plan.index))
        let day = SampleCalendar.day
        let asOf = planner.asOf
        let span = plan.activeUntil - plan.created
        // Latest moment someone may still be invited: quiet groups stop growing when they go quiet.
        let lateLimit: Int64
        switch plan.kind {
        case .neverUsed: lateLimit = asOf - 30 * day
        case .zombie, .quietEmergency, .protectedQuiet, .taskEnded, .monthly: lateLimit = plan.activeUntil
        default: lateLimit = asOf - day
        }
        let allowLate = plan.kind != .brandNew && lateLimit - plan.created > 60 * day
        let leavers = Set(plan.leavers)
        let admins = Set(plan.admins)
        let ordered = [plan.owner] + plan.admins + plan.members.filter { $0 != plan.owner && !admins.contains($0) }
        for person in ordered {
            var participant = Participant(person: person, joined: plan.created)
            participant.role = person == plan.owner ? .owner : admins.contains(person) ? .admin : .member
            if participant.role == .member, allowLate, rng.chance(0.12) {
                participant.joined = SampleRoster.daytime(plan.created + day + rng.int64(0...(lateLimit - plan.created - day)), &rng)
            }
            if leavers.contains(person) {
                let earliest = participant.joined + 30 * day
                let latest = min(asOf - 5 * day, max(lateLimit, plan.created + span))
                if latest > earliest { participant.left = SampleRoster.daytime(earliest + rng.int64(0...(latest - earliest)), &rng) }
            }
            var second: Participant?
            switch planner.aliasUse(group: plan.index, person: person) {
            case .alias?: participant.useAlias = true
            case .sendsAlias?: participant.sendsAlias = true
            case .both?:
                var copy = participant
                copy.useAlias = true
                copy.role = .member
                copy.joined = max(participant.joined, plan.created + rng.int64(0...(max(1, (lateLimit - plan.created) / 2))))
                copy.left = nil
                second = copy
            default: break
            }
            participants.append(participant)
            if let second { participants.append(second) }
        }
        if plan.kind == .zombie {
            // A trickle of joins after the group went quiet: system lines, not activity.
            for _ in 0..<rng.int(0...2) {
                let index = rng.int(1...max(1, participants.count - 1))
                guard index < participants.count, participants[index].role == .member, participants[index].left == nil else { continue }
                participants[index].joined = SampleRoster.daytime(plan.activeUntil + day + rng.int64(0...max(0, asOf - plan.activeUntil - 3 * day)), &rng)
            }
        }
        if plan.bot >= 0 {
            participants.append(Participant(person: plan.bot, joined: plan.created + SampleCalendar.hour, isBot: true))
        }
        for person in plan.inferredSenders {
            participants.append(Participant(person: person, joined: plan.created, onRoster: false))
        }
    }

    /// The same day between 08:30 and 21:00: people join and leave groups while awake.
    static func daytime(_ time: Int64, _ rng: inout SeededGenerator) -> Int64 {
        let day = SampleCalendar.dayNumber(time)
        return day * SampleCalendar.day + 8 * SampleCalendar.hour + 30 * SampleCalendar.minute + rng.int64(0...45_000)
    }
}
