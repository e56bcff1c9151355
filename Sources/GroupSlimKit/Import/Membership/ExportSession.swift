import Foundation

/// What every platform importer does with the records it finds, in one place: people looked up
/// once each, roster snapshots and dated join/leave events kept apart (each with its
/// provenance), files and warnings collected for the summary, progress reported now and then.
///
/// Membership is written at the end, as roster ∪ events ∪ senders: roster rows first (source
/// `roster`), then the folded events (source `event`, with `joined_at`/`left_at`; they only add
/// dates to a roster row), then `inferred` rows for everyone else who posted.
final class ExportSession {
    let writer: StoreWriter
    let platform: String
    let options: ImportOptions
    let timestamps: TimestampParser
    var files: [ImportSummary.FileRead] = []
    var warnings: [String] = []

    private var people: [String: Int64] = [:]
    private var roster: [MembershipLedger.Key: (role: MemberRole, joinedAt: Int64?)] = [:]
    private var ledger = MembershipLedger()
    private var recordsSinceProgress = 0

    init(writer: StoreWriter, platform: String, options: ImportOptions) {
        self.writer = writer
        self.platform = platform
        self.options = options
        timestamps = TimestampParser(timeZone: options.timeZone)
    }

    func group(_ record: GroupRecord) throws -> Int64 {
        try writer.upsertGroup(record)
    }

    /// The person with the platform id `id`; the name is written the first time only, so a
    /// sender of a million messages costs one lookup, not a million updates.
    ///
    /// `isBot` marks the account a bot (kept apart from people, its posts never activity); one
    /// rule for every platform, whatever says so (Slack `is_bot`, Discord `isBot`, …).
    func person(_ id: String, name: String?, isBot: Bool = false) throws -> Int64 {
        if let known = people[id] {
            if isBot { try writer.markBot(known) }
            return known
        }
        let cleaned = name.flatMap { $0.trimmedWhitespace.isEmpty ? nil : $0 }
        let row = try writer.personID(platform: platform, sourceID: id, name: cleaned, unit: nil, isBot: isBot)
        people[id] = row
        return row
    }

    /// Notes a one-to-one chat left out of the import (see ``StoreWriter/skipOneToOneChat(platform:id:)``).
    func skipOneToOneChat(_ id: String) throws {
        try writer.skipOneToOneChat(platform: platform, id: id)
    }

    /// A person on the group's roster snapshot at export time.
    func rosterMember(group: Int64, person: Int64, role: MemberRole = .member, joinedAt: Int64? = nil) {
        let key = MembershipLedger.Key(group: group, person: person)
        let earlier = roster[key]
        roster[key] = (role: earlier.map { $0.role == .member ? role : $0.role } ?? role, joinedAt: joinedAt ?? earlier?.joinedAt)
    }

    func joined(group: Int64, person: Int64, at time: Int64) {
        ledger.joined(group: group, person: person, at: time)
    }

    func left(group: Int64, person: Int64, at time: Int64) {
        ledger.left(group: group, person: person, at: time)
    }

    /// Stores a message; its row is built on a background thread (see ``StoreWriter/queueMessage(groupID:senderID:senderKey:_:)``).
    func message(group: Int64, sender: Int64?, senderKey: String, _ record: MessageRecord) throws {
        try writer.queueMessage(groupID: group, senderID: sender, senderKey: senderKey, record)
    }

    /// Reports progress every few thousand records.
    func tick(file: String, records: Int, bytesRead: Int64, totalBytes: Int64) {
        recordsSinceProgress += 1
        guard recordsSinceProgress >= 4096, let progress = options.progress else { return }
        recordsSinceProgress = 0
        progress(ImportProgress(file: file, records: records, bytesRead: Int(bytesRead), totalBytes: Int(totalBytes)))
    }

    func readFile(_ path: String, records: Int) {
        files.append(ImportSummary.FileRead(path: path, records: records, encoding: "UTF-8"))
    }

    /// Writes the memberships and returns the import's summary.
    func finish(source: URL, format: ImportFormat) throws -> ImportSummary {
        for (key, member) in roster.sorted(by: { ($0.key.group, $0.key.person) < ($1.key.group, $1.key.person) }) {
            try writer.upsertMembership(groupID: key.group, personID: key.person, role: member.role,
                                        joinedAt: member.joinedAt, leftAt: nil, source: .roster)
        }
        for (key, entry) in ledger.sorted {
            let onRoster = roster[key]
            // A roster lists current members: a leave event before the snapshot was undone.
            try writer.upsertMembership(groupID: key.group, personID: key.person, role: onRoster?.role ?? .member,
                                        joinedAt: onRoster?.joinedAt ?? entry.firstJoin,
                                        leftAt: onRoster == nil ? entry.leftAt : nil, source: .event)
        }
        try writer.inferMembershipsFromSenders()
        return ImportSummary(source: source.path, format: format.rawValue, runID: writer.runID,
                             files: files, counts: writer.counts, warnings: warnings)
    }
}

/// Exact conversions of the epoch forms exports use, without going through `Double`.
enum EpochText {
    /// `"1452837318.000002"` (Slack `ts`) or `"1452837318"` → milliseconds. Works on the bytes:
    /// it runs once per message, and Character-level checks cost more than the rest of the parse.
    static func milliseconds(fromSeconds text: String) -> Int64? {
        var seconds: Int64 = 0
        var millis: Int64 = 0
        var digits = 0
        var fractionDigits = -1
        for byte in text.utf8 {
            if byte == UInt8(ascii: ".") {
                guard fractionDigits < 0, digits > 0 else { return nil }
                fractionDigits = 0
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int64(byte - UInt8(ascii: "0"))
            if fractionDigits < 0 {
                digits += 1
                guard digits <= 15 else { return nil }
                seconds = seconds * 10 + digit
            } else {
                if fractionDigits < 3 { millis = millis * 10 + digit }
                fractionDigits += 1
            }
        }
        guard digits > 0 else { return nil }
        for _ in 0..<max(0, 3 - max(fractionDigits, 0)) { millis *= 10 }
        return seconds * 1000 + millis
    }
}
