import Foundation

/// Reads ``WindowActivity`` from the store in one pass over the window's messages.
public struct WindowActivityReader {
    public let asOf: Int64
    public let windowDays: Int
    public let timeZone: TimeZone

    public init(asOf: Int64, windowDays: Int, timeZone: TimeZone) {
        self.asOf = asOf
        self.windowDays = windowDays
        self.timeZone = timeZone
    }

    public func read(_ store: GroupStore) throws -> WindowActivity {
        let since = asOf - Int64(windowDays) * SignalCollector.day
        var perGroup: [Int64: WindowActivity.GroupCounts] = [:]
        var candidates: [WindowActivity.NoticeCopy] = []
        var hours = [Int](repeating: 0, count: 24)
        var clock = LocalClock(timeZone: timeZone)
        let crossPostClasses: Set<String> = [ContentClass.notice.rawValue, ContentClass.substantive.rawValue, ContentClass.link.rawValue]
        try store.connection.cached("""
            SELECT group_id, sent_at, kind, content_class, content_hash, text_length FROM messages
            WHERE sent_at > ? AND sent_at <= ?
            """).forEachRow([since, asOf]) { row in
            let group = row.int64(0)
            let sentAt = row.int64(1)
            let contentClass = row.optionalString(3) ?? (row.string(2) == "system" ? "system" : "substantive")
            guard contentClass != ContentClass.system.rawValue else { return }
            var counts = perGroup[group] ?? WindowActivity.GroupCounts()
            counts.messages += 1
            if contentClass == ContentClass.substantive.rawValue || contentClass == ContentClass.notice.rawValue {
                counts.substantive += 1
            }
            if contentClass == ContentClass.checkIn.rawValue || contentClass == ContentClass.rollCall.rawValue {
                counts.checkInDemands += 1
            }
            perGroup[group] = counts
            hours[clock.local(sentAt).minute / 60] += 1
            if !row.isNull(4), row.int(5) >= CrossPostDetector.minimumLength, crossPostClasses.contains(contentClass) {
                candidates.append(WindowActivity.NoticeCopy(hash: row.int64(4), groupRowID: group, sentAt: sentAt))
            }
        }
        candidates.sort { ($0.hash, $0.sentAt, $0.groupRowID) < ($1.hash, $1.sentAt, $1.groupRowID) }
        let copies = WindowActivityReader.crossPosted(candidates)
        for copy in copies { perGroup[copy.groupRowID, default: WindowActivity.GroupCounts()].crossPostCopies += 1 }
        return WindowActivity(windowDays: windowDays, perGroup: perGroup, noticeCopies: copies, messagesByHour: hours)
    }

    /// The candidates that have a twin in another group within 24 hours (either side of it).
    static func crossPosted(_ sorted: [WindowActivity.NoticeCopy]) -> [WindowActivity.NoticeCopy] {
        var result: [WindowActivity.NoticeCopy] = []
        var start = 0
        while start < sorted.count {
            var end = start
            while end < sorted.count, sorted[end].hash == sorted[start].hash { end += 1 }
            let run = sorted[start..<end]
            for copy in run where run.contains(where: {
                $0.groupRowID != copy.groupRowID && abs($0.sentAt - copy.sentAt) <= CrossPostDetector.window
            }) {
                result.append(copy)
            }
            start = end
        }
        return result
    }
}
