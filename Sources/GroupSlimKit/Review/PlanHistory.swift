import Foundation

/// Reads the recorded plans back: the run list for `history`, and each run's per-group entries
/// for `diff` and the trend section.
public struct PlanHistory {
    public let store: GroupStore

    public init(store: GroupStore) {
        self.store = store
    }

    /// Every recorded plan, oldest first.
    public func runs() throws -> [PlanRun] {
        let db = store.connection
        var actions: [Int64: [String: Int]] = [:]
        try db.prepare("SELECT plan_id, action, COUNT(*) FROM plan_actions GROUP BY plan_id, action").forEachRow { row in
            actions[row.int64(0), default: [:]][row.string(1)] = Int(row.int64(2))
        }
        return try db.query("""
            SELECT id, as_of, groups_before, groups_after, policy_hash, import_runs FROM plan_runs ORDER BY as_of, id
            """) { row in
            PlanRun(id: row.int64(0), asOf: row.int64(1), groupsBefore: Int(row.int64(2)), groupsAfter: Int(row.int64(3)),
                    actions: actions[row.int64(0)] ?? [:], policyHash: row.string(4),
                    importRuns: row.string(5).split(separator: ",").compactMap { Int64($0) })
        }
    }

    /// The run with this id.
    /// - Throws: ``ReviewError/unknownRun`` naming the runs there are.
    public func run(_ id: Int64) throws -> PlanRun {
        let all = try runs()
        guard let run = all.first(where: { $0.id == id }) else {
            throw ReviewError.unknownRun(id: id, known: all.map(\.id))
        }
        return run
    }

    func entries(_ run: Int64) throws -> [PlanRunEntry] {
        try store.connection.query("""
            SELECT a.group_id, g.platform || ':' || g.source_id, g.name, a.action, m.source_id, a.verdicts, a.present
            FROM plan_actions a JOIN groups g ON g.id = a.group_id LEFT JOIN groups m ON m.id = a.merge_into
            WHERE a.plan_id = ? ORDER BY g.platform, g.source_id
            """, [run]) { row in
            PlanRunEntry(rowID: row.int64(0), group: row.string(1), name: row.string(2), action: row.string(3),
                         mergeInto: row.optionalString(4),
                         verdicts: row.string(5).split(separator: ",").map(String.init), present: row.bool(6))
        }
    }

    /// People's messages in a group in (from, to].
    func messages(group: Int64, after from: Int64, upTo to: Int64) throws -> Int {
        Int(try store.connection.scalarInt("""
            SELECT COUNT(*) FROM messages WHERE group_id = ? AND sent_at > ? AND sent_at <= ? AND kind NOT IN ('system', 'bot')
            """, [group, from, to]))
    }
}
