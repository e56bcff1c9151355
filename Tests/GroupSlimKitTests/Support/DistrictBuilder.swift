import Foundation
@testable import GroupSlimKit

/// Builds small, hand-shaped stores for analysis tests — deliberately unlike the sample
/// generator, so the verdict rules are tested on data they were not tuned on.
struct DistrictBuilder {
    struct Group {
        var id: String
        var name: String
        var unit: String? = nil
        var tags: [String] = []
        var members: [String]
        var createdDaysAgo: Int
        var taskEnd: String? = nil
        var isProtected = false
        var platform = "wechat"
        /// How the members are known: a roster, or only from who posted (Discord guild channels).
        var memberSource: MembershipSource = .roster
        /// (days before as-of, sender, kind, text)
        var messages: [(Double, String, MessageKind, String?)] = []
    }

    /// 2026-06-30T17:00:00+08:00
    static let asOf: Int64 = 1_782_810_000_000
    static let day: Int64 = 86_400_000
    var groups: [Group] = []
    /// Each person's unit, where the district says (the audience breadth reads it).
    var units: [String: String] = [:]

    mutating func add(_ group: Group) { groups.append(group) }

    func build() throws -> GroupStore {
        let store = try GroupStore.inMemory()
        try store.connection.transaction {
            let writer = try StoreWriter(store: store, source: "test", format: "test", timeZone: TestFiles.shanghai, keepText: true)
            for group in groups {
                var record = GroupRecord(platform: group.platform, sourceID: group.id, name: group.name)
                record.ownerUnit = group.unit
                record.purposeTags = group.tags
                record.createdAt = DistrictBuilder.asOf - Int64(group.createdDaysAgo) * DistrictBuilder.day
                record.isProtected = group.isProtected
                if let end = group.taskEnd {
                    record.taskEnd = end
                    record.taskEndAt = TimestampParser(timeZone: TestFiles.shanghai).parse(end)!.milliseconds + DistrictBuilder.day
                }
                let id = try writer.upsertGroup(record)
                for member in group.members {
                    let person = try writer.personID(platform: group.platform, sourceID: member, name: nil, unit: units[member])
                    try writer.upsertMembership(groupID: id, personID: person, role: .member, joinedAt: nil, leftAt: nil,
                                                source: group.memberSource)
                }
                for (index, message) in group.messages.enumerated() {
                    let person = try writer.personID(platform: group.platform, sourceID: message.1, name: nil, unit: nil)
                    let sentAt = DistrictBuilder.asOf - Int64(message.0 * Double(DistrictBuilder.day))
                    try writer.insertMessage(groupID: id, senderID: person, senderKey: message.1, MessageRecord(
                        sentAt: sentAt, sentRaw: "\(sentAt)", kind: message.2, text: message.3,
                        sourceMessageID: "\(group.id)-\(index)"))
                }
            }
            try writer.finish()
        }
        return store
    }

    static func people(_ prefix: String, _ range: Range<Int>) -> [String] { range.map { "\(prefix)\($0)" } }

    /// A regular stream of substantive messages every `every` days from `from` to `to` days ago.
    static func chatter(from: Double, to: Double, every: Double, senders: [String], text: (Int) -> String)
        -> [(Double, String, MessageKind, String?)] {
        var result: [(Double, String, MessageKind, String?)] = []
        var day = from
        var index = 0
        while day >= to {
            result.append((day, senders[index % senders.count], .text, text(index)))
            day -= every
            index += 1
        }
        return result
    }
}
