/// Join and leave events of one import, folded per (group, person) before they are stored.
///
/// Events arrive in file order, and a person may join, leave and join again; storing each as it
/// comes would leave a `left_at` older than the `joined_at`. The ledger keeps the first join and
/// the last join and leave, so the stored fact says "member since the first join, gone if the
/// last event was a leave". It holds one small entry per membership, never per message.
struct MembershipLedger {
    struct Key: Hashable {
        var group: Int64
        var person: Int64
    }

    struct Entry {
        var firstJoin: Int64?
        var lastJoin: Int64?
        var lastLeave: Int64?

        /// When the person left for good: the last leave, unless a join came after it.
        var leftAt: Int64? {
            guard let lastLeave else { return nil }
            if let lastJoin, lastJoin > lastLeave { return nil }
            return lastLeave
        }
    }

    private(set) var entries: [Key: Entry] = [:]

    mutating func joined(group: Int64, person: Int64, at time: Int64) {
        var entry = entries[Key(group: group, person: person)] ?? Entry()
        entry.firstJoin = min(entry.firstJoin ?? time, time)
        entry.lastJoin = max(entry.lastJoin ?? time, time)
        entries[Key(group: group, person: person)] = entry
    }

    mutating func left(group: Int64, person: Int64, at time: Int64) {
        var entry = entries[Key(group: group, person: person)] ?? Entry()
        entry.lastLeave = max(entry.lastLeave ?? time, time)
        entries[Key(group: group, person: person)] = entry
    }

    /// Entries in a stable order, so the same export always writes the same rows.
    var sorted: [(key: Key, entry: Entry)] {
        entries.map { (key: $0.key, entry: $0.value) }
            .sorted { ($0.key.group, $0.key.person) < ($1.key.group, $1.key.person) }
    }
}
