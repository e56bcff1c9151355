/// What happened in every group during the burden window (the last `burden_window_days` before
/// as-of): the traffic members must read, the check-in demands, the cross-posted copies and the
/// busiest hours. The plan's costs and savings are computed from this.
public struct WindowActivity: Sendable, Equatable {
    /// Counts for one group inside the window.
    public struct GroupCounts: Sendable, Equatable {
        /// Messages a member must read: everything but system events (bots post notices too).
        public var messages = 0
        /// Substantive messages and notices: the survivor rule's measure of real work.
        public var substantive = 0
        /// Check-ins and roll-calls (接龙): each one is a demand answered by a member.
        public var checkInDemands = 0
        /// Messages whose text was also posted into another group within 24 hours.
        public var crossPostCopies = 0

        public init() {}
    }

    /// One copy of a notice posted into more than one group within 24 hours.
    public struct NoticeCopy: Sendable, Equatable {
        public var hash: Int64
        public var groupRowID: Int64
        public var sentAt: Int64
    }

    public var windowDays: Int
    /// By group row id; groups without messages in the window are absent.
    public var perGroup: [Int64: GroupCounts]
    /// Every copy of a cross-posted notice, sorted by (hash, time, group).
    public var noticeCopies: [NoticeCopy]
    /// Messages (not system events) per local hour of day, 0–23, in the analysis zone.
    public var messagesByHour: [Int]

    public var windowWeeks: Double { Double(windowDays) / 7 }

    public func counts(_ rowID: Int64) -> GroupCounts { perGroup[rowID] ?? GroupCounts() }

    /// Messages a member of the group must read per week, over the window.
    public func messagesPerWeek(_ rowID: Int64) -> Double { Double(counts(rowID).messages) / windowWeeks }

    /// Where each group's copies are in ``noticeCopies``, ascending: computed once by a caller
    /// that measures many candidate merges, so each one reads only its own groups' copies
    /// instead of every copy of the district (quadratic over a large district's clusters).
    func copyPositionsByGroup() -> [Int64: [Int]] {
        var positions: [Int64: [Int]] = [:]
        for (position, copy) in noticeCopies.enumerated() { positions[copy.groupRowID, default: []].append(position) }
        return positions
    }

    /// Copies that would disappear if `groups` became one group: a copy is redundant when the
    /// same text already reached one of the other groups within the previous 24 hours.
    /// `positions` is ``copyPositionsByGroup()``.
    func redundantCopies(among groups: Set<Int64>, positions: [Int64: [Int]]) -> Int {
        // The groups' copies in noticeCopies order: by (hash, time, group), as the scan needs.
        let selected = groups.flatMap { positions[$0] ?? [] }.sorted()
        var redundant = 0
        var index = 0
        while index < selected.count {
            let hash = noticeCopies[selected[index]].hash
            var kept: [NoticeCopy] = []
            while index < selected.count, noticeCopies[selected[index]].hash == hash {
                let copy = noticeCopies[selected[index]]
                index += 1
                let reachedAlready = kept.contains {
                    $0.groupRowID != copy.groupRowID && copy.sentAt - $0.sentAt <= CrossPostDetector.window
                }
                if reachedAlready { redundant += 1 } else { kept.append(copy) }
            }
        }
        return redundant
    }
}
