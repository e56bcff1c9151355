import Foundation

/// Writes the record of a plan into `plan_runs` and `plan_actions`: the only thing the dry run
/// changes in the database. The record keeps each group's action, survivor, reasons and the
/// member lists it would touch, so the plan can be audited and undone later.
public struct PlanRecorder {
    public init() {}

    /// Records `plan` unless an identical plan is already recorded; returns the plan's row id.
    @discardableResult
    public func record(_ plan: CleanupPlan, into store: GroupStore) throws -> Int64 {
        let json = try PlanDocument(plan, language: .en).json()
        let fingerprint = PlanRecorder.fingerprint(json)
        let db = store.connection
        return try db.transaction {
            if let existing = try db.queryFirst("SELECT id FROM plan_runs WHERE fingerprint = ?", [fingerprint], { $0.int64(0) }) {
                return existing
            }
            let policyHash = PlanRecorder.fingerprint(try plan.analysis.policy.json())
            let imports = try db.query("SELECT id FROM import_runs WHERE finished_at IS NOT NULL ORDER BY id") { String($0.int64(0)) }
            try db.run("""
                INSERT INTO plan_runs (as_of, fingerprint, groups_before, groups_after, plan_json, policy_hash, import_runs)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
                [plan.asOf, fingerprint, plan.burden.groupsBefore, plan.burden.groupsAfter, json, policyHash,
                 imports.joined(separator: ",")])
            let planID = db.lastInsertRowID
            // Still in the latest export of its format (a group the office removed drops out of it).
            var present: [Int64: Bool] = [:]
            try db.prepare("""
                SELECT g.id, g.last_seen_run >= (SELECT MAX(r2.id) FROM import_runs r2
                    WHERE r2.format = r.format AND r2.finished_at IS NOT NULL)
                FROM groups g JOIN import_runs r ON r.id = g.last_seen_run
                """).forEachRow { present[$0.int64(0)] = $0.bool(1) }
            let rowIDs = Dictionary(uniqueKeysWithValues: plan.analysis.groups.map { ($0.profile.sourceID, $0.profile.rowID) })
            let insert = try db.prepare("""
                INSERT INTO plan_actions (plan_id, group_id, action, merge_into, reasons, members_affected, verdicts, present)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let strings = ReportLanguage.en.strings
            for (proposal, group) in zip(plan.proposals, plan.analysis.groups) {
                let mergeInto: Int64? = proposal.mergeInto.flatMap { rowIDs[$0] }
                try insert.execute([planID, group.profile.rowID, proposal.action.rawValue, mergeInto,
                                    try PlanRecorder.jsonArray(proposal.reasons.map(strings.reason)),
                                    try PlanRecorder.jsonArray(proposal.membersAffected),
                                    group.verdicts.map(\.rawValue).joined(separator: ","),
                                    present[group.profile.rowID] ?? true])
            }
            return planID
        }
    }

    static func jsonArray(_ values: [String]) throws -> String {
        String(decoding: try JSONEncoder().encode(values), as: UTF8.self)
    }

    /// FNV-1a 64 of the plan JSON, as hex: identical plans share it.
    static func fingerprint(_ text: String) -> String {
        var hash = FNV1a()
        hash.combine(text)
        let hex = String(UInt64(bitPattern: hash.value), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
