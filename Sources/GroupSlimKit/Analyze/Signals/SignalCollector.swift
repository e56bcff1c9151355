import Foundation

/// Reads the store once and measures every group: profiles from the group tables, signals from
/// one streaming pass over the messages, cross-posts from one pass over content hashes.
///
/// Messages after as-of are ignored, so re-running an old audit on a newer database gives the
/// old answer.
public struct SignalCollector {
    public let asOf: Int64
    public let timeZone: TimeZone
    public let policy: AnalysisPolicy

    static let day: Int64 = 86_400_000
    static let window: Int64 = 30 * day
    static let maximumWindows = 36

    public init(asOf: Int64, timeZone: TimeZone, policy: AnalysisPolicy) {
        self.asOf = asOf
        self.timeZone = timeZone
        self.policy = policy
    }

    /// Group profiles ordered by (platform, source id), with members present at as-of.
    public func profiles(_ store: GroupStore) throws -> [GroupProfile] {
        let db = store.connection
        var tags: [Int64: [String]] = [:]
        try db.cached("SELECT group_id, tag FROM group_tags ORDER BY group_id, tag").forEachRow { row in
            tags[row.int64(0), default: []].append(row.string(1))
        }
        // One pass over the memberships at as-of (bots are never members): the members, the earliest join, whether any
        // member is known from a roster or an event (else the audience is only its posters), and
        // the member units (members with a unit, distinct units, the largest unit's count).
        var members: [Int64: [Int64]] = [:]
        var earliest: [Int64: Int64] = [:]
        var known = Set<Int64>()
        var units: [Int64: (with: Int, distinct: Int, largest: Int)] = [:]
        var current: (group: Int64, counts: [String: Int])?
        func finishUnits() {
            guard let current, !current.counts.isEmpty else { return }
            units[current.group] = (current.counts.values.reduce(0, +), current.counts.count, current.counts.values.max() ?? 0)
        }
        try db.cached("""
            SELECT m.group_id, m.person_id, m.joined_at, m.source != 'inferred', p.unit
            FROM memberships m LEFT JOIN people p ON p.id = m.person_id
            WHERE (m.joined_at IS NULL OR m.joined_at <= ?1) AND (m.left_at IS NULL OR m.left_at > ?1)
                AND COALESCE(p.is_bot, 0) = 0
            ORDER BY m.group_id, m.person_id
            """).forEachRow([asOf]) { row in
            let group = row.int64(0)
            members[group, default: []].append(row.int64(1))
            if let joined = row.optionalInt64(2) { earliest[group] = min(earliest[group] ?? joined, joined) }
            if row.bool(3) { known.insert(group) }
            if current?.group != group {
                finishUnits()
                current = (group, [:])
            }
            if let unit = row.optionalString(4), !unit.isEmpty { current?.counts[unit, default: 0] += 1 }
        }
        finishUnits()
        let reports = try ActivityReportReader.reports(store)
        // A group first seen in a later import than the first one of its format arrived in the
        // data then; groups of the first import have been there from the start.
        let profiles = try db.query("""
            SELECT g.id, g.platform, g.source_id, g.name, g.owner_unit, g.created_at, g.task_end, g.task_end_at, g.protected,
                CASE WHEN g.first_seen_run > (SELECT MIN(b.id) FROM import_runs b WHERE b.format = r.format AND b.finished_at IS NOT NULL)
                     THEN r.data_until END
            FROM groups g LEFT JOIN import_runs r ON r.id = g.first_seen_run
            ORDER BY g.platform, g.source_id
            """) { row in
            let id = row.int64(0)
            var profile = GroupProfile(
                rowID: id, platform: row.string(1), sourceID: row.string(2), name: row.string(3),
                ownerUnit: row.optionalString(4), createdAt: row.optionalInt64(5), taskEnd: row.optionalString(6),
                taskEndAt: row.optionalInt64(7), isProtected: row.bool(8), tags: tags[id] ?? [],
                members: members[id] ?? [], earliestJoin: earliest[id], activityReport: reports[id])
            profile.firstSeenAt = row.optionalInt64(9)
            profile.audienceInferred = !(members[id] ?? []).isEmpty && !known.contains(id)
            if let unit = units[id] {
                profile.membersWithUnit = unit.with
                profile.memberUnits = unit.distinct
                profile.largestUnitMembers = unit.largest
            }
            return profile
        }
        // Ids shared by groups of different platforms are qualified, so that pairs, merges and
        // reports never confuse two groups.
        var seen: [String: Int] = [:]
        for profile in profiles { seen[profile.sourceID, default: 0] += 1 }
        return profiles.map { profile in
            guard seen[profile.sourceID, default: 0] > 1 else { return profile }
            var qualified = profile
            qualified.sourceID = profile.platform + ":" + profile.sourceID
            return qualified
        }
    }

    /// Per-group accumulator for the streaming pass. A class, so the pass updates it in place: a
    /// struct read out of the dictionary and written back copied its dictionaries per message.
    /// Counters indexed by class or window are arrays: a scan of ten million messages spent more
    /// time hashing dictionary keys than reading rows.
    private final class Accumulator {
        var signals = GroupSignals()
        var senders: [Int64: Int] = [:]
        var recentSenders = Set<Int64>()
        var windows = [Int](repeating: 0, count: SignalCollector.maximumWindows)
        var substantiveWindows = [Int](repeating: 0, count: SignalCollector.maximumWindows)
        var classCounts = [Int](repeating: 0, count: ContentClass.allCases.count)
        var windowClassCounts = [Int](repeating: 0, count: ContentClass.allCases.count)
        /// Classes stored by a newer or older GroupSlim that this one does not know, by name.
        var otherClasses: [String: (all: Int, window: Int)] = [:]
        var afterHours = 0
        var weekend = 0

        func count(_ contentClass: ContentClass, inWindow: Bool) {
            classCounts[contentClass.ordinal] += 1
            if inWindow { windowClassCounts[contentClass.ordinal] += 1 }
        }

        /// The class counters as ``GroupSignals`` keeps them: by name, classes seen only.
        func finishClassCounts() {
            for contentClass in ContentClass.allCases {
                let all = classCounts[contentClass.ordinal]
                if all > 0 { signals.classCounts[contentClass.rawValue] = all }
                let window = windowClassCounts[contentClass.ordinal]
                if window > 0 { signals.windowClassCounts[contentClass.rawValue] = window }
            }
            for (name, counts) in otherClasses {
                signals.classCounts[name] = counts.all
                if counts.window > 0 { signals.windowClassCounts[name] = counts.window }
            }
        }
    }

    /// Signals for every profile, in the same order.
    public func signals(_ store: GroupStore, profiles: [GroupProfile]) throws -> [GroupSignals] {
        var accumulators: [Int64: Accumulator] = [:]
        var clock = LocalClock(timeZone: timeZone)
        let workStart = AnalysisPolicy.WorkingHours.minutes(policy.workingHours.start) ?? 510
        let workEnd = AnalysisPolicy.WorkingHours.minutes(policy.workingHours.end) ?? 1080
        let workDays = Set(policy.workingHours.days)
        let isWorkDay = (0...7).map { workDays.contains($0) }
        let recentSince = asOf - 90 * SignalCollector.day
        let checkInSince = asOf - Int64(policy.checkInWindowDays) * SignalCollector.day
        // Messages of one group mostly come together; the last one's accumulator saves a lookup.
        var last: (group: Int64, accumulator: Accumulator)?
        try store.connection.cached("""
            SELECT group_id, sender_id, sent_at, kind, content_class, mentions_all FROM messages WHERE sent_at <= ?
            """).forEachRow([asOf]) { row in
            let group = row.int64(0)
            let sentAt = row.int64(2)
            let acc: Accumulator
            if let last, last.group == group {
                acc = last.accumulator
            } else {
                acc = accumulators[group] ?? Accumulator()
                accumulators[group] = acc
                last = (group, acc)
            }
            let inWindow = sentAt > checkInSince
            var known = row.withUTF8(4) { bytes in bytes.flatMap(ContentClass.init(utf8:)) }
            if known == nil {
                if let name = row.optionalString(4) {
                    var counts = acc.otherClasses[name] ?? (0, 0)
                    counts.all += 1
                    if inWindow { counts.window += 1 }
                    acc.otherClasses[name] = counts
                } else {
                    known = row.string(3) == "system" ? .system : .substantive
                }
            }
            if let known { acc.count(known, inWindow: inWindow) }
            acc.signals.messages += 1
            acc.signals.firstMessageAt = min(acc.signals.firstMessageAt ?? sentAt, sentAt)
            acc.signals.lastMessageAt = max(acc.signals.lastMessageAt ?? sentAt, sentAt)
            let windowIndex = Int((asOf - sentAt) / SignalCollector.window)
            if windowIndex < SignalCollector.maximumWindows { acc.windows[windowIndex] += 1 }
            if row.bool(5) { acc.signals.atAllCount += 1 }
            let isPerson = known != .system && known != .bot
            if isPerson {
                acc.signals.personMessages += 1
                if !row.isNull(1) {
                    let sender = row.int64(1)
                    acc.senders[sender, default: 0] += 1
                    if sentAt > recentSince { acc.recentSenders.insert(sender) }
                }
                let local = clock.local(sentAt)
                if !isWorkDay[local.weekday] {
                    acc.weekend += 1
                } else if local.minute < workStart || local.minute >= workEnd {
                    acc.afterHours += 1
                }
            }
            if known == .substantive || known == .notice {
                acc.signals.substantiveMessages += 1
                acc.signals.lastSubstantiveAt = max(acc.signals.lastSubstantiveAt ?? sentAt, sentAt)
                if windowIndex < SignalCollector.maximumWindows { acc.substantiveWindows[windowIndex] += 1 }
            }
        }
        for acc in accumulators.values { acc.finishClassCounts() }
        return profiles.map { profile in
            let acc = accumulators[profile.rowID] ?? Accumulator()
            var signals = acc.signals
            let start = [profile.createdAt, signals.firstMessageAt, profile.earliestJoin].compactMap { $0 }.min() ?? asOf
            signals.ageDays = Double(max(0, asOf - start)) / Double(SignalCollector.day)
            signals.memberCount = profile.members.count
            let reference = signals.lastSubstantiveAt ?? start
            signals.daysSinceSubstantive = Double(max(0, asOf - reference)) / Double(SignalCollector.day)
            let windowCount = min(SignalCollector.maximumWindows, max(1, Int((asOf - start) / SignalCollector.window) + 1))
            signals.messagesPerWindow = (0..<windowCount).reversed().map { acc.windows[$0] }
            signals.substantivePerWindow = (0..<windowCount).reversed().map { acc.substantiveWindows[$0] }
            signals.totalSenders = acc.senders.count
            signals.activeSenders = acc.recentSenders.count
            if signals.personMessages > 0 {
                let person = Double(signals.personMessages)
                signals.topPosterShare = Double(acc.senders.values.max() ?? 0) / person
                signals.afterHoursShare = Double(acc.afterHours) / person
                signals.weekendShare = Double(acc.weekend) / person
            }
            return signals
        }
    }
}
