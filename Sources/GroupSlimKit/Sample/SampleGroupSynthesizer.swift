/// Produces one group's messages from its plan, in time order.
///
/// Messages come in threads, the way work groups talk: a notice and the 收到 that follow it, a
/// question and its answer, a morning of check-ins, a 接龙 that grows message by message. Each
/// kind of group has its own mix of threads and its own timeline (busy until as-of, quiet since a
/// date, a burst up to a task's end), and the thread starts follow office hours.
struct SampleGroupSynthesizer {
    struct Draft: Sendable {
        var time: Int64
        var order: Int32
        var kind: MessageKind
        /// Index into the roster's participants.
        var sender: Int32
        var text: String
    }

    enum Thread: Sendable {
        case notice, discussion, report, photos, link, file, media, checkIns, rollCall, recall, bot, checkInRule
    }

    let plan: SampleGroupPlan
    let roster: SampleRoster
    let composer: SampleTextComposer
    let asOf: Int64
    private(set) var drafts: [Draft] = []
    private var rng: SeededGenerator
    private var order: Int32 = 0
    private var systemCount = 0
    private var limit: Int64
    private var posters: [Int32] = []
    private var speakers: [Int32] = []
    private var everyone: [Int32] = []
    private var names: [String] = []

    init(plan: SampleGroupPlan, roster: SampleRoster, planner: SampleDistrictPlanner) {
        self.plan = plan
        self.roster = roster
        composer = planner.textComposer(plan)
        asOf = planner.asOf
        rng = SeededGenerator(seed: planner.seed, stream: 91, UInt64(plan.index))
        limit = planner.asOf - 1
        let participants = roster.participants
        for (index, participant) in participants.enumerated() {
            names.append(planner.world.persons[Int(participant.person)].name)
            guard participant.speaks else { continue }
            everyone.append(Int32(index))
            if participant.role != .member { posters.append(Int32(index)) }
        }
        if everyone.isEmpty { everyone = [0] }
        if posters.isEmpty { posters = [everyone[0]] }
        var pool = everyone
        rng.shuffle(&pool)
        speakers = posters + pool.prefix(min(40, 4 + everyone.count / 6)).filter { !posters.contains($0) }
    }

    /// All messages of the group, sorted by time.
    /// - Parameters:
    ///   - forwarded: notices forwarded into this and other unrelated groups.
    ///   - duplicateNotices: notices cross-posted into every copy of this group's duplicate set.
    ///   - duplicateOrdinal: this group's place in its set; copies post a few minutes after the first.
    mutating func generate(forwarded: [(time: Int64, text: String)], duplicateNotices: [(time: Int64, text: String)],
                           duplicateOrdinal: Int) -> [Draft] {
        drafts.reserveCapacity(plan.target + plan.target / 8 + 16)
        systemLines()
        systemCount = drafts.count
        switch plan.kind {
        case .neverUsed:
            break
        case .monthly:
            monthlyThreads()
        case .brandNew:
            brandNewThreads()
        default:
            body()
        }
        limit = asOf - 1
        for item in forwarded where item.time > plan.created && item.time < asOf - SampleCalendar.hour {
            noticeThread(at: item.time, acks: plan.kind == .busyNotice ? 5...11 : 0...4, question: 0.1, report: 0, text: item.text)
        }
        if !duplicateNotices.isEmpty {
            for item in duplicateNotices {
                let time = item.time + (duplicateOrdinal == 0 ? 0 : Int64(rng.int(60...(600 * duplicateOrdinal))))
                guard time > plan.created else { continue }
                noticeThread(at: time, acks: 1...5, question: 0.15, report: 0, text: item.text)
            }
        }
        inferredPosts()
        trickle()
        if plan.isAnchor { anchorThread() }
        drafts.sort { ($0.time, $0.order) < ($1.time, $1.order) }
        return drafts
    }

    // MARK: - Timelines

    private mutating func body() {
        let day = SampleCalendar.day
        var segments: [(start: Int64, end: Int64, perDay: Double)] = []
        let start = plan.created + SampleCalendar.hour
        switch plan.kind {
        case .taskEnded:
            // A burst that builds toward the deadline, then a short wind-down to the declared end.
            let third = max(day, (plan.peakEnd - start) / 3)
            segments = [(start, start + third, 1), (start + third, start + 2 * third, 2), (start + 2 * third, plan.peakEnd, 4)]
            if plan.activeUntil > plan.peakEnd { segments.append((plan.peakEnd, plan.activeUntil, 0.25)) }
            limit = plan.activeUntil
        case .zombie, .quietEmergency, .protectedQuiet:
            segments = [(start, plan.activeUntil, 1)]
            limit = plan.activeUntil
        default:
            let recent = max(start, asOf - 90 * day)
            if recent > start { segments.append((start, recent, 1)) }
            segments.append((recent, asOf - SampleCalendar.hour, plan.kind == .checkInOnly ? 3 : 1.5))
            limit = asOf - 1
        }
        segments = segments.filter { $0.end > $0.start }
        guard !segments.isEmpty else { return }
        let weights = segments.map { Double($0.end - $0.start) / Double(day) * $0.perDay }
        let mix = threadMix()
        let mixWeights = mix.map(\.1)
        // Alive groups always said something real in the last days.
        if plan.kind.isAlive {
            let recentTime = workingTime(before: asOf - SampleCalendar.hour - rng.int64(0...(5 * day)))
            if recentTime > plan.created { thread(plan.kind == .checkInOnly ? .checkInRule : .notice, at: recentTime) }
        }
        // Quiet groups fell silent on a known day: their last real exchange is right before it.
        if plan.kind == .zombie || plan.kind == .quietEmergency || plan.kind == .protectedQuiet {
            let lastTime = workingTime(before: plan.activeUntil - SampleCalendar.hour)
            if lastTime > plan.created { thread(.notice, at: lastTime) }
        }
        // The budget counts what people say; join and rename lines come on top.
        var guardCount = 0
        while drafts.count - systemCount < plan.target, guardCount < plan.target * 4 + 100 {
            guardCount += 1
            let segment = segments[rng.weighted(weights)]
            let time = threadStart(in: segment.start, segment.end)
            thread(mix[rng.weighted(mixWeights)].0, at: time)
        }
    }

    private func threadMix() -> [(Thread, Double)] {
        let botWeight = plan.bot >= 0 ? 5.0 : 0
        switch plan.kind {
        case .busyNotice:
            return [(.notice, 62), (.discussion, 6), (.report, 4), (.file, 8), (.link, 6), (.media, 2), (.recall, 1), (.bot, botWeight)]
        case .checkInOnly:
            return [(.checkIns, 40), (.rollCall, 18), (.photos, 28), (.checkInRule, 2), (.link, 1), (.media, 1)]
        case .taskEnded:
            return [(.notice, 20), (.discussion, 25), (.report, 15), (.photos, 12), (.rollCall, 5), (.file, 8), (.link, 3),
                    (.checkIns, 3), (.media, 4)]
        default:
            return [(.notice, 10), (.discussion, 30), (.report, 12), (.photos, 6), (.link, 7), (.file, 6), (.media, 6),
                    (.checkIns, 1), (.rollCall, 1), (.recall, 1), (.bot, botWeight)]
        }
    }

    private mutating func monthlyThreads() {
        let day = SampleCalendar.day
        limit = min(asOf - 1, plan.activeUntil + 2 * day)
        var time = workingTime(before: plan.activeUntil)
        var times: [Int64] = []
        while time > plan.created + 7 * day {
            times.append(time)
            time = workingTime(before: time - Int64(rng.int(26...35)) * day)
        }
        for time in times.reversed() {
            let poster = pick(posters, at: time)
            emit(time, .text, poster, composer.monthlyNotice(&rng, day: SampleCalendar.dayNumber(time)))
            var cursor = time
            if rng.chance(0.15) {
                cursor += Int64(rng.int(30...120))
                emit(cursor, .file, poster, composer.fileName(&rng, topic: composer.topic(&rng)))
            }
            for _ in 0..<rng.int(0...3) {
                cursor += 30 + Int64(rng.skewed(mean: 900))
                emit(cursor, .text, member(at: cursor), composer.acknowledgement(&rng))
            }
            if rng.chance(0.4) {
                cursor += 120 + Int64(rng.skewed(mean: 1800))
                let asker = member(at: cursor)
                emit(cursor, .text, asker, composer.question(&rng, name: names[Int(poster)]))
                cursor += 60 + Int64(rng.skewed(mean: 900))
                emit(cursor, .text, poster, composer.answer(&rng, name: names[Int(asker)]))
            }
        }
    }

    private mutating func brandNewThreads() {
        limit = asOf - 1
        let start = plan.created + Int64(rng.int(300...3600))
        emit(start, .text, 0, composer.welcome(&rng))
        var cursor = start
        for _ in 0..<rng.int(1...3) {
            cursor += 20 + Int64(rng.skewed(mean: 200))
            emit(cursor, .text, member(at: cursor), composer.acknowledgement(&rng))
        }
        for _ in 0..<rng.int(3...8) {
            let time = threadStart(in: plan.created + SampleCalendar.hour, asOf - SampleCalendar.hour)
            thread(rng.chance(0.6) ? .discussion : (rng.chance(0.5) ? .report : .notice), at: time)
        }
    }

    // MARK: - Threads

    private mutating func thread(_ kind: Thread, at time: Int64) {
        switch kind {
        case .notice:
            if plan.kind == .busyNotice {
                noticeThread(at: time, acks: 5...11, question: 0.35, report: 0.2)
            } else {
                noticeThread(at: time, acks: 0...5, question: 0.35, report: 0.15)
            }
        case .checkInRule:
            noticeThread(at: time, acks: 2...6, question: 0, report: 0, text: composer.checkInRule(&rng))
        case .discussion: discussionThread(at: time)
        case .report: reportThread(at: time)
        case .photos: photoThread(at: time)
        case .link:
            let sender = pick(speakers, at: time)
            emit(time, .link, sender, composer.link(&rng))
            var cursor = time
            for _ in 0..<rng.int(0...2) {
                cursor += 30 + Int64(rng.skewed(mean: 300))
                emit(cursor, .text, member(at: cursor), composer.acknowledgement(&rng))
            }
        case .file:
            let sender = pick(posters, at: time)
            let topic = composer.topic(&rng)
            emit(time, .file, sender, composer.fileName(&rng, topic: topic))
            emit(time + Int64(rng.int(10...90)), .text, sender, composer.fileNote(&rng, topic: topic))
            var cursor = time + 90
            for _ in 0..<rng.int(0...3) {
                cursor += 30 + Int64(rng.skewed(mean: 300))
                emit(cursor, .text, member(at: cursor), composer.acknowledgement(&rng))
            }
        case .media:
            let sender = pick(speakers, at: time)
            var cursor = time
            for _ in 0..<rng.int(1...2) {
                emit(cursor, rng.chance(0.6) ? .voice : .sticker, sender, "")
                cursor += Int64(rng.int(5...120))
            }
        case .checkIns: checkInMorning(at: time)
        case .rollCall: rollCallThread(at: time)
        case .recall:
            let sender = pick(speakers, at: time)
            emit(time, .system, sender, composer.recall(name: names[Int(sender)]))
        case .bot:
            botMessage(at: time)
        }
    }

    private mutating func noticeThread(at time: Int64, acks: ClosedRange<Int>, question: Double, report: Double, text: String? = nil) {
        let poster = pick(posters, at: time)
        let day = SampleCalendar.dayNumber(time)
        emit(time, .text, poster, text ?? composer.notice(&rng, day: day, contact: names[Int(poster)]))
        var cursor = time
        if text == nil, rng.chance(0.2) {
            cursor += Int64(rng.int(20...120))
            emit(cursor, .file, poster, composer.fileName(&rng, topic: composer.topic(&rng)))
        }
        let count = min(rng.int(acks), max(0, everyone.count - 1))
        for _ in 0..<count {
            cursor += 15 + Int64(rng.skewed(mean: 200))
            emit(cursor, .text, member(at: cursor, not: poster), composer.acknowledgement(&rng))
        }
        if rng.chance(question) {
            cursor += 60 + Int64(rng.skewed(mean: 600))
            let asker = pick(speakers, at: cursor, not: poster)
            emit(cursor, .text, asker, composer.question(&rng, name: names[Int(poster)]))
            cursor += 60 + Int64(rng.skewed(mean: 400))
            emit(cursor, .text, poster, composer.answer(&rng, name: names[Int(asker)]))
        }
        if rng.chance(report) {
            cursor += 600 + Int64(rng.skewed(mean: 3600))
            let sender = pick(speakers, at: cursor)
            emit(cursor, .text, sender, composer.report(&rng, name: names[Int(poster)]))
        }
    }

    private mutating func discussionThread(at time: Int64) {
        var voices: [Int32] = []
        for _ in 0..<rng.int(2...4) { voices.append(pick(speakers, at: time)) }
        var cursor = time
        for step in 0..<rng.int(2...8) {
            let who = voices[rng.below(voices.count)]
            let other = voices[rng.below(voices.count)]
            let roll = rng.unit()
            if roll < 0.08 {
                emit(cursor, .voice, who, "")
            } else if roll < 0.13 {
                emit(cursor, .sticker, who, "")
            } else if step == 0 {
                let first = rng.below(3)
                let text = first == 0 ? composer.question(&rng, name: names[Int(other)])
                    : first == 1 ? composer.coordination(&rng, name: names[Int(other)]) : composer.report(&rng, name: names[Int(other)])
                emit(cursor, .text, who, text)
            } else {
                let next = rng.below(3)
                let text = next == 0 ? composer.answer(&rng, name: names[Int(other)])
                    : next == 1 ? composer.coordination(&rng, name: names[Int(other)]) : composer.report(&rng, name: names[Int(other)])
                emit(cursor, .text, who, text)
            }
            cursor += 30 + Int64(rng.skewed(mean: 300))
        }
        if rng.chance(0.3) { emit(cursor, .text, member(at: cursor), composer.acknowledgement(&rng)) }
    }

    private mutating func reportThread(at time: Int64) {
        let sender = pick(speakers, at: time)
        var cursor = time
        emit(cursor, .text, sender, composer.report(&rng, name: names[Int(pick(posters, at: time))]))
        for _ in 0..<rng.int(0...3) {
            cursor += Int64(rng.int(3...40))
            emit(cursor, .image, sender, rng.chance(0.7) ? "" : composer.caption(&rng))
        }
        for _ in 0..<rng.int(0...2) {
            cursor += 60 + Int64(rng.skewed(mean: 600))
            emit(cursor, .text, pick(posters, at: cursor), composer.acknowledgement(&rng))
        }
    }

    private mutating func photoThread(at time: Int64) {
        let sender = member(at: time)
        var cursor = time
        for index in 0..<rng.int(plan.kind == .checkInOnly ? 1...4 : 1...2) {
            let kind: MessageKind = rng.chance(0.15) ? .video : .image
            emit(cursor, kind, sender, index == 0 ? composer.caption(&rng) : "")
            cursor += Int64(rng.int(3...50))
        }
        if rng.chance(plan.kind == .checkInOnly ? 0.35 : 0.25) {
            cursor += 60 + Int64(rng.skewed(mean: 900))
            emit(cursor, .text, pick(posters, at: cursor), composer.acknowledgement(&rng))
        }
    }

    private mutating func checkInMorning(at time: Int64) {
        let day = SampleCalendar.dayNumber(time)
        var cursor = day * SampleCalendar.day + 7 * SampleCalendar.hour + 35 * SampleCalendar.minute + Int64(rng.int(0...1500))
        // Outside check-in groups a morning roll of presence is an occasional, short affair.
        let count = min(everyone.count, rng.int(plan.kind == .checkInOnly ? 3...15 : 2...5))
        var seen = Set<Int32>()
        for _ in 0..<count {
            cursor += 20 + Int64(rng.skewed(mean: 240))
            var who = member(at: cursor)
            var tries = 0
            while seen.contains(who), tries < 4 { who = member(at: cursor); tries += 1 }
            seen.insert(who)
            let secondOfDay = SampleCalendar.secondOfDay(cursor)
            let roll = rng.unit()
            if roll < 0.55 {
                emit(cursor, .text, who, composer.checkInText(&rng, secondOfDay: secondOfDay))
            } else if roll < 0.85 {
                emit(cursor, .checkin, who, composer.checkInCard(&rng, name: names[Int(who)], secondOfDay: secondOfDay))
            } else {
                emit(cursor, .location, who, composer.location(&rng))
            }
        }
    }

    private mutating func rollCallThread(at time: Int64) {
        let starter = pick(posters, at: time)
        var text = composer.rollCallHeader(&rng) + composer.rollCallLine(&rng, index: 1, name: names[Int(starter)])
        emit(time, .text, starter, text)
        var cursor = time
        var seen: Set<Int32> = [starter]
        let count = min(everyone.count - 1, rng.int(plan.kind == .checkInOnly ? 3...15 : 2...6))
        guard count > 0 else { return }
        for index in 2...(count + 1) {
            cursor += 20 + Int64(rng.skewed(mean: 400))
            var who = member(at: cursor)
            var tries = 0
            while seen.contains(who), tries < 6 { who = member(at: cursor); tries += 1 }
            if seen.contains(who) { continue }
            seen.insert(who)
            text += composer.rollCallLine(&rng, index: index, name: names[Int(who)])
            emit(cursor, .text, who, text)
        }
    }

    private mutating func botMessage(at time: Int64) {
        guard let botIndex = roster.participants.firstIndex(where: \.isBot) else { return }
        let day = SampleCalendar.dayNumber(time)
        let botName = names[botIndex]
        let atTime = day * SampleCalendar.day + (botName == "日报提醒机器人" ? 16 * SampleCalendar.hour + 50 * SampleCalendar.minute
                                                                       : 7 * SampleCalendar.hour + 55 * SampleCalendar.minute)
            + Int64(rng.int(0...600))
        let a = names[Int(pick(posters, at: atTime))], b = names[Int(member(at: atTime))], c = names[Int(member(at: atTime))]
        emit(atTime, .bot, Int32(botIndex), composer.bot(&rng, botName: botName, day: day, names: (a, b, c)))
    }

    // MARK: - System lines, stragglers and the anchor

    private mutating func systemLines() {
        let participants = roster.participants
        let ownerName = names[0]
        var initial: [Int] = []
        for (index, participant) in participants.enumerated() where index > 0 && participant.onRoster {
            if participant.joined == plan.created { initial.append(index) }
        }
        var cursor = plan.created
        var chunkStart = 0
        while chunkStart < initial.count {
            let chunk = initial[chunkStart..<min(initial.count, chunkStart + 12)]
            cursor += Int64(rng.int(2...40))
            emitSystem(cursor, 0, composer.invitation(inviter: ownerName, invitees: chunk.map { displayName($0) }, total: chunk.count))
            chunkStart += 12
        }
        for (index, participant) in participants.enumerated() where index > 0 && participant.onRoster && participant.joined > plan.created {
            let inviter = rosterInviter(before: participant.joined)
            let text = rng.chance(0.25) ? composer.scanJoin(inviter: names[Int(inviter)], joiner: displayName(index))
                : composer.invitation(inviter: names[Int(inviter)], invitees: [displayName(index)], total: 1)
            emitSystem(participant.joined, inviter, text)
        }
        if plan.platform != "wechat" {
            for (index, participant) in participants.enumerated() {
                if let left = participant.left { emitSystem(left, Int32(index), composer.departure(name: displayName(index))) }
            }
        }
        if plan.renamed {
            let time = plan.created + SampleCalendar.day + rng.int64(0...(29 * SampleCalendar.day))
            if time < asOf - SampleCalendar.day { emitSystem(time, 0, composer.rename(by: ownerName, to: plan.name)) }
        }
    }

    private mutating func inferredPosts() {
        let day = SampleCalendar.day
        let end = min(plan.activeUntil, asOf) - 5 * day
        let start = plan.created + 5 * day
        guard end > start else { return }
        limit = asOf - 1
        for (index, participant) in roster.participants.enumerated() where !participant.onRoster {
            for step in 0..<rng.int(1...2) {
                let time = threadStart(in: start, end)
                let text = step == 0 ? composer.report(&rng, name: names[0]) : composer.question(&rng, name: names[0])
                emit(time, .text, Int32(index), text)
            }
        }
    }

    /// The acknowledgements no classifier could mistake for content, for the stray replies that
    /// follow a group's death.
    private static let plainAcknowledgements = ["收到", "好的", "收到！", "👍", "1", "已阅"]

    /// Reflexes and stickers after a zombie or a finished task went quiet: never substantive.
    private mutating func trickle() {
        let day = SampleCalendar.day
        guard plan.kind == .zombie || plan.kind == .taskEnded else { return }
        limit = asOf - 1
        let start = plan.activeUntil + day
        let end = asOf - day
        guard end > start else { return }
        for _ in 0..<rng.int(0...(plan.kind == .zombie ? 4 : 3)) {
            let time = threadStart(in: start, end)
            let sender = member(at: time)
            let roll = rng.unit()
            if roll < 0.5 {
                emit(time, .text, sender, rng.pick(SampleGroupSynthesizer.plainAcknowledgements))
            } else if roll < 0.85 {
                emit(time, .sticker, sender, "")
            } else {
                emit(time, .system, sender, composer.recall(name: names[Int(sender)]))
            }
        }
    }

    /// The district's last word: a notice 25 minutes before as-of whose final 收到 lands exactly on it.
    private mutating func anchorThread() {
        limit = asOf
        let start = asOf - 25 * SampleCalendar.minute
        emit(start, .text, 0, composer.notice(&rng, day: SampleCalendar.dayNumber(start), contact: names[0]))
        var cursor = start
        for _ in 0..<min(4, max(0, everyone.count - 1)) {
            cursor += Int64(rng.int(60...240))
            emit(min(cursor, asOf - 1), .text, member(at: cursor, not: 0), composer.acknowledgement(&rng))
        }
        emit(asOf, .text, member(at: asOf, not: 0), "收到")
    }

    // MARK: - Helpers

    private mutating func emit(_ time: Int64, _ kind: MessageKind, _ sender: Int32, _ text: String) {
        guard time > plan.created, time <= limit else { return }
        drafts.append(Draft(time: time, order: order, kind: kind, sender: sender, text: text))
        order += 1
    }

    /// System lines ignore the activity limit: joins and renames happen whenever they happen.
    private mutating func emitSystem(_ time: Int64, _ sender: Int32, _ text: String) {
        guard time > plan.created, time < asOf else { return }
        drafts.append(Draft(time: time, order: order, kind: .system, sender: sender, text: text))
        order += 1
    }

    private func displayName(_ index: Int) -> String {
        roster.participants[index].useAlias ? names[index] + "（工作号）" : names[index]
    }

    private func rosterInviter(before time: Int64) -> Int32 {
        for index in posters where roster.participants[Int(index)].joined < time { return index }
        return 0
    }

    /// Someone from `pool` who had joined by `time` (the owner when nobody had).
    private mutating func pick(_ pool: [Int32], at time: Int64, not excluded: Int32 = -1) -> Int32 {
        for _ in 0..<6 {
            let candidate = pool[rng.below(pool.count)]
            if candidate != excluded, roster.participants[Int(candidate)].joined < time { return candidate }
        }
        if excluded != 0 { return 0 }
        for candidate in everyone where candidate != 0 && roster.participants[Int(candidate)].joined < time { return candidate }
        return 0
    }

    private mutating func member(at time: Int64, not excluded: Int32 = -1) -> Int32 {
        pick(everyone, at: time, not: excluded)
    }

    /// A thread start inside [start, end], on a working day and hour most of the time.
    private mutating func threadStart(in start: Int64, _ end: Int64) -> Int64 {
        guard end > start else { return start }
        var raw = start
        for _ in 0..<4 {
            raw = rng.int64(start...end)
            let day = SampleCalendar.dayNumber(raw)
            let weekend = SampleCalendar.isWeekend(day: day)
            if weekend, !rng.chance(plan.weekendKeep) { continue }
            let candidate = day * SampleCalendar.day + timeOfDay(weekend: weekend)
            if candidate >= start, candidate <= end { return candidate }
        }
        return raw
    }

    private static let workingBuckets: [(Int64, Int64)] = [
        (30_600, 36_000), (36_000, 43_200), (43_200, 48_600), (48_600, 54_000), (54_000, 61_200), (61_200, 64_800),
    ]
    private static let workingBucketWeights: [Double] = [1.2, 1.4, 0.35, 1.0, 1.3, 0.8]

    private mutating func timeOfDay(weekend: Bool) -> Int64 {
        if weekend { return 9 * SampleCalendar.hour + rng.int64(0...(12 * SampleCalendar.hour)) }
        if rng.chance(plan.afterHoursShare) {
            return rng.chance(0.7) ? 18 * SampleCalendar.hour + rng.int64(0...16_200) : 7 * SampleCalendar.hour + rng.int64(0...5_400)
        }
        let bucket = SampleGroupSynthesizer.workingBuckets[rng.weighted(SampleGroupSynthesizer.workingBucketWeights)]
        return rng.int64(bucket.0...(bucket.1 - 1))
    }

    /// The latest working-day moment (08:40–17:30) at or before `time`.
    private mutating func workingTime(before time: Int64) -> Int64 {
        var day = SampleCalendar.dayNumber(time)
        while SampleCalendar.isWeekend(day: day) { day -= 1 }
        let latest = min(time, day * SampleCalendar.day + 17 * SampleCalendar.hour + 30 * SampleCalendar.minute)
        let earliest = day * SampleCalendar.day + 8 * SampleCalendar.hour + 40 * SampleCalendar.minute
        if latest <= earliest { return earliest - SampleCalendar.day * (SampleCalendar.isWeekend(day: day - 1) ? 3 : 1) }
        return earliest + rng.int64(0...(latest - earliest))
    }
}
