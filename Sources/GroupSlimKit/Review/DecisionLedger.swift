import Foundation

/// The decisions ledger in the store: what the office decided about each group, and how those
/// decisions bear on a later analysis. Plans honor it; follow-up reviews report on it.
///
/// Decisions are dated by the data's calendar (the analysis as-of, or `--date`), never by the
/// wall clock, so replaying the same commands gives the same ledger and the same reports.
public struct DecisionLedger {
    public let store: GroupStore

    public init(store: GroupStore) {
        self.store = store
    }

    /// Checks `request` against the store and records it. `analysis` supplies the default date
    /// (its as-of day) and the evidence a rejection is measured against later.
    @discardableResult
    public func record(_ request: DecisionRequest, analysis: AnalysisResult) throws -> Decision {
        let zone = analysis.zone
        let group = try resolve(request.group)
        let date = try request.date.map { try Self.checkedDay($0, option: "--date") }
            ?? TimeFormatting.date(analysis.asOf, zone: zone)
        var into: (row: Int64, id: String)?
        var until: String?
        switch request.kind {
        case .keep:
            guard let value = request.until else {
                throw DecisionError.missingOption(kind: .keep, option: "--until DATE", why: "a certification must end so the group is reviewed again")
            }
            until = try Self.checkedDay(value, option: "--until")
            if until! <= date { throw DecisionError.untilNotAfterDate(until: until!, date: date) }
            guard request.reason?.isEmpty == false else {
                throw DecisionError.missingOption(kind: .keep, option: "--reason TEXT", why: "say why the group is still needed")
            }
        case .reject:
            guard request.reason?.isEmpty == false else {
                throw DecisionError.missingOption(kind: .reject, option: "--reason TEXT", why: "say why the office disagrees")
            }
        case .merged:
            guard let target = request.into else {
                throw DecisionError.missingOption(kind: .merged, option: "--into GROUP", why: "name the surviving group")
            }
            let resolved = try resolve(target)
            if resolved.row == group.row { throw DecisionError.mergedIntoItself(id: request.group) }
            into = (resolved.row, resolved.id)
        case .dissolved:
            break
        }
        if request.kind != .keep, request.until != nil { throw DecisionError.unexpectedOption(kind: request.kind, option: "--until") }
        if request.kind != .merged, request.into != nil { throw DecisionError.unexpectedOption(kind: request.kind, option: "--into") }

        let evidence = (analysis.groups.first { $0.profile.rowID == group.row }?.verdicts ?? []).filter(\.isActionable)
        let db = store.connection
        try db.run("""
            INSERT INTO decisions (group_id, kind, into_group_id, decided_on, until, reason, evidence)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            [group.row, request.kind.rawValue, into?.row, date, until, request.reason,
             evidence.map(\.rawValue).joined(separator: ",")])
        return Decision(id: db.lastInsertRowID, groupRowID: group.row, platform: group.platform, groupID: group.id,
                        kind: request.kind, intoGroupID: into?.id, intoGroupRowID: into?.row, decidedOn: date, until: until,
                        reason: request.reason, evidence: evidence)
    }

    /// Every decision, by group then date then entry order.
    public func all() throws -> [Decision] {
        try store.connection.query("""
            SELECT d.id, d.group_id, g.platform, g.source_id, d.kind, i.source_id, d.decided_on, d.until, d.reason, d.evidence,
                   d.into_group_id
            FROM decisions d JOIN groups g ON g.id = d.group_id LEFT JOIN groups i ON i.id = d.into_group_id
            ORDER BY g.platform, g.source_id, d.decided_on, d.id
            """) { row in
            Decision(id: row.int64(0), groupRowID: row.int64(1), platform: row.string(2), groupID: row.string(3),
                     kind: DecisionKind(rawValue: row.string(4)) ?? .keep, intoGroupID: row.optionalString(5),
                     intoGroupRowID: row.optionalInt64(10), decidedOn: row.string(6), until: row.optionalString(7), reason: row.optionalString(8),
                     evidence: row.string(9).split(separator: ",").compactMap { VerdictKind(rawValue: String($0)) })
        }
    }

    /// The decision in force for each group at `analysis`'s as-of (the latest one taken on or
    /// before that day), and what it means now.
    public func rulings(for analysis: AnalysisResult) throws -> [Int64: (decision: Decision, ruling: LedgerRuling)] {
        let zone = analysis.zone
        let today = TimeFormatting.date(analysis.asOf, zone: zone)
        var inForce: [Int64: Decision] = [:]
        for decision in try all() where decision.decidedOn <= today {
            inForce[decision.groupRowID] = decision // all() is in date order: the last one wins
        }
        let byRow = Dictionary(uniqueKeysWithValues: analysis.groups.map { ($0.profile.rowID, $0) })
        var result: [Int64: (Decision, LedgerRuling)] = [:]
        for (row, decision) in inForce {
            // The survivor as the analysis names it (`platform:id` when its id is shared).
            let into = decision.intoGroupRowID.flatMap { byRow[$0]?.profile.sourceID } ?? decision.intoGroupID
            result[row] = (decision, try ruling(decision, into: into, current: byRow[row], today: today, analysis: analysis,
                                                zone: zone))
        }
        return result
    }

    // MARK: - Private

    private func ruling(_ decision: Decision, into: String?, current: GroupAnalysis?, today: String, analysis: AnalysisResult,
                        zone: TimeZone) throws -> LedgerRuling {
        switch decision.kind {
        case .keep:
            let until = decision.until ?? decision.decidedOn
            return today <= until ? .certified(until: until, reason: decision.reason) : .certificationExpired(until: until)
        case .reject:
            let now = (current?.verdicts ?? []).filter(\.isActionable)
            let new = now.filter { !decision.evidence.contains($0) }
            return new.isEmpty ? .rejectionStands(on: decision.decidedOn, reason: decision.reason)
                : .rejectionReopened(on: decision.decidedOn, newVerdicts: new)
        case .dissolved, .merged:
            let since = try messagesAfter(day: decision.decidedOn, group: decision.groupRowID, asOf: analysis.asOf, zone: zone)
            let gone = try goneFromNewerExport(decision.groupRowID)
            if since == 0 || gone {
                return .carriedOut(decision.kind, on: decision.decidedOn, into: into)
            }
            return .notCarriedOut(decision.kind, on: decision.decidedOn, into: into, messagesSince: since)
        }
    }

    /// People's messages (not system or bot lines) after the end of `day`, up to as-of.
    private func messagesAfter(day: String, group: Int64, asOf: Int64, zone: TimeZone) throws -> Int {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        let start = TimestampParser(timeZone: zone).startOfDay(year: parts[0], month: parts[1], day: parts[2]) + 86_400_000
        return Int(try store.connection.scalarInt("""
            SELECT COUNT(*) FROM messages WHERE group_id = ? AND sent_at >= ? AND sent_at <= ? AND kind NOT IN ('system', 'bot')
            """, [group, start, asOf]))
    }

    /// Whether a later import of the same format no longer contained the group.
    private func goneFromNewerExport(_ group: Int64) throws -> Bool {
        try store.connection.scalarInt("""
            SELECT COUNT(*) FROM groups g JOIN import_runs seen ON seen.id = g.last_seen_run
            WHERE g.id = ? AND EXISTS (SELECT 1 FROM import_runs later
                WHERE later.format = seen.format AND later.id > seen.id AND later.finished_at IS NOT NULL)
            """, [group]) > 0
    }

    /// The group named by `id` (`platform:id` or a source id unique across platforms).
    private func resolve(_ id: String) throws -> (row: Int64, platform: String, id: String) {
        let rows = try store.connection.query("""
            SELECT id, platform, source_id FROM groups WHERE source_id = ? OR platform || ':' || source_id = ? ORDER BY platform
            """, [id, id]) { ($0.int64(0), $0.string(1), $0.string(2)) }
        guard let first = rows.first else { throw DecisionError.unknownGroup(id: id) }
        if rows.count > 1 { throw DecisionError.ambiguousGroup(id: id, platforms: rows.map(\.1)) }
        return first
    }

    /// `YYYY-MM-DD` with a real month and day, zero-padded so days compare as text.
    static func checkedDay(_ text: String, option: String) throws -> String {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1, day <= TimestampParser.daysIn(month: month, year: year) else {
            throw DecisionError.badDate(option: option, value: text)
        }
        return text
    }
}
