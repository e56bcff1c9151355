import Foundation
import Testing
@testable import GroupSlimKit

/// One small district written as a canonical CSV export, a Slack export, a Telegram export,
/// WhatsApp chat logs and WeChatMsg CSV must give the same verdicts: the importers differ only in
/// shapes, never in meaning.
@Suite("Same district, five formats, same verdicts")
struct CrossFormatVerdictTests {
    struct Message {
        var daysAgo: Double
        var sender: String
        var text: String
    }

    struct Group {
        var id: Int
        var name: String
        var createdDaysAgo: Int
        var members: [String]
        var messages: [Message]
    }

    static let asOf = DistrictBuilder.asOf
    static let day = DistrictBuilder.day

    static func stream(from: Double, to: Double, every: Double, senders: [String], texts: [String]) -> [Message] {
        stride(from: from, through: to, by: -every).enumerated().map { index, days in
            Message(daysAgo: days, sender: senders[index % senders.count], text: texts[index % texts.count])
        }
    }

    static let district: [Group] = {
        let work = ["请各位核对本周防汛物资台账，周五前报送缺口数量", "三号泵站检修完成，明早八点恢复运行，请值班人员确认",
                    "下周一召开网格工作例会，请准备辖区隐患排查情况汇报"]
        return [
            Group(id: 101, name: "海港社区防汛工作群", createdDaysAgo: 300, members: (1...6).map { "p\($0)" },
                  messages: stream(from: 290, to: 1, every: 3, senders: ["p1", "p2", "p3", "p4"], texts: work)),
            Group(id: 102, name: "创卫迎检临时群", createdDaysAgo: 420, members: (2...9).map { "p\($0)" },
                  messages: stream(from: 410, to: 250, every: 8, senders: ["p2", "p5", "p7"], texts: work)),
            Group(id: 103, name: "网格员每日打卡群", createdDaysAgo: 200, members: (3...10).map { "p\($0)" },
                  messages: stream(from: 190, to: 1, every: 1, senders: (3...10).map { "p\($0)" },
                                   texts: ["已打卡", "收到", "已到岗打卡", "收到"])),
            Group(id: 104, name: "新建志愿者群", createdDaysAgo: 5, members: ["p1", "p11"],
                  messages: stream(from: 4, to: 1, every: 1, senders: ["p1", "p11"], texts: work)),
        ]
    }()

    static func milliseconds(daysAgo: Double) -> Int64 { asOf - Int64(daysAgo * Double(day)) }

    // MARK: - Writers, one per format

    static func canonical(_ folder: URL) throws {
        var groups = "group_id,name,platform,created_at\n"
        var members = "group_id,member_id\n"
        var messages = "group_id,sent_at,sender_id,message_id,kind,text\n"
        for group in district {
            groups += "\(group.id),\(group.name),other,\(milliseconds(daysAgo: Double(group.createdDaysAgo)))\n"
            for member in group.members { members += "\(group.id),\(member)\n" }
            for (index, message) in group.messages.enumerated() {
                messages += "\(group.id),\(milliseconds(daysAgo: message.daysAgo)),\(message.sender),m\(group.id)-\(index),text,\(message.text)\n"
            }
        }
        for (name, text) in ["groups.csv": groups, "members.csv": members, "messages.csv": messages] {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
    }

    static func json(_ value: Any) throws -> Data {
        try JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys])
    }

    static func slack(_ folder: URL) throws {
        let people = Set(district.flatMap(\.members)).sorted()
        try json(people.map { ["id": $0, "name": $0, "profile": ["real_name": "Person \($0)"]] })
            .write(to: folder.appendingPathComponent("users.json"))
        try json(district.map { group -> [String: Any] in
            ["id": "C\(group.id)", "name": "g\(group.id)", "created": milliseconds(daysAgo: Double(group.createdDaysAgo)) / 1000,
             "creator": group.members[0], "members": group.members,
             // The channel purpose says what the channel is for, as people write it; it is what
             // protects the flood-duty channel, whose name (g…) says nothing.
             "topic": ["value": "", "creator": "", "last_set": 0], "purpose": ["value": group.name, "creator": "", "last_set": 0]]
        }).write(to: folder.appendingPathComponent("channels.json"))
        for group in district {
            var days: [String: [[String: Any]]] = [:]
            for message in group.messages {
                let millis = milliseconds(daysAgo: message.daysAgo)
                let date = Date(timeIntervalSince1970: Double(millis) / 1000).formatted(.iso8601.year().month().day())
                days[date, default: []].append(["type": "message", "user": message.sender, "text": message.text,
                                                "ts": "\(millis / 1000).\(String(format: "%03d", millis % 1000))000"])
            }
            let channel = folder.appendingPathComponent("g\(group.id)")
            try FileManager.default.createDirectory(at: channel, withIntermediateDirectories: true)
            for (date, messages) in days { try json(messages).write(to: channel.appendingPathComponent("\(date).json")) }
        }
    }

    /// Telegram Desktop writes a dialog's name, type and id before its messages; the keys are
    /// written in that order here (JSONSerialization alone would not keep it).
    static func telegram(_ folder: URL) throws {
        let chats = try district.map { group -> String in
            let created = milliseconds(daysAgo: Double(group.createdDaysAgo)) / 1000
            var messages: [[String: Any]] = [[
                "id": 1, "type": "service", "date": "2000-01-01T00:00:00", "date_unixtime": "\(created)",
                "actor": "Person \(group.members[0])", "actor_id": "user-\(group.members[0])", "action": "create_group",
                "title": group.name, "members": group.members.dropFirst().map { "Person \($0)" }, "text": "",
            ]]
            for (index, message) in group.messages.enumerated() {
                let millis = milliseconds(daysAgo: message.daysAgo)
                messages.append(["id": index + 2, "type": "message", "date": "2000-01-01T00:00:00",
                                 "date_unixtime": "\(millis / 1000)", "from": "Person \(message.sender)",
                                 "from_id": "user-\(message.sender)", "text": message.text])
            }
            let body = String(decoding: try json(messages), as: UTF8.self)
            return "{\"name\": \"\(group.name)\", \"type\": \"private_supergroup\", \"id\": \(group.id), \"messages\": \(body)}"
        }
        let text = "{\"about\": \"\", \"chats\": {\"about\": \"\", \"list\": [\(chats.joined(separator: ",\n"))]}}"
        try Data(text.utf8).write(to: folder.appendingPathComponent("result.json"))
    }

    /// Local wall-clock parts in Asia/Shanghai, for the chat logs that write local times.
    static func local(_ millis: Int64) -> (date: String, time: String) {
        let iso = TimeFormatting.iso(millis, zone: TestFiles.shanghai) // 2026-06-30T17:00:00+08:00
        return (String(iso.prefix(10)), String(iso.dropFirst(11).prefix(8)))
    }

    /// WhatsApp (Android, day/month, 24-hour): one "Export chat" file per group, named after it,
    /// with the "created group" and "added" lines that carry the membership.
    static func whatsapp(_ folder: URL) throws {
        func line(_ millis: Int64, _ body: String) -> String {
            let (date, time) = local(millis)
            let parts = date.split(separator: "-")
            return "\(parts[2])/\(parts[1])/\(parts[0]), \(time.prefix(5)) - \(body)\n"
        }
        for group in district {
            let created = milliseconds(daysAgo: Double(group.createdDaysAgo))
            var text = line(created, "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.")
            text += line(created, "Person \(group.members[0]) created group \"\(group.name)\"")
            let others = group.members.dropFirst().map { "Person \($0)" }
            if !others.isEmpty {
                let list = others.count == 1 ? others[0] : others.dropLast().joined(separator: ", ") + " and " + others.last!
                text += line(created, "Person \(group.members[0]) added \(list)")
            }
            for message in group.messages {
                text += line(milliseconds(daysAgo: message.daysAgo), "Person \(message.sender): \(message.text)")
            }
            try Data(text.utf8).write(to: folder.appendingPathComponent("WhatsApp Chat with \(group.name).txt"))
        }
    }

    /// WeChatMsg/留痕 CSV: one file per group under 聊天记录/NAME(ID@chatroom)/, the invitation
    /// notice (type 10000) carrying the membership, wxids in `Sender`.
    static func wechatmsg(_ folder: URL) throws {
        for group in district {
            let chat = "\(group.name)(\(group.id)@chatroom)"
            let directory = folder.appendingPathComponent("聊天记录").appendingPathComponent(chat)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            var rows = ["localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender"]
            let created = milliseconds(daysAgo: Double(group.createdDaysAgo))
            let invited = group.members.dropFirst().map { "\"\"Person \($0)\"\"" }.joined(separator: "、")
            let (day, time) = local(created)
            rows.append("1,\(group.id),10000,0,0,\(created / 1000),0,\"\"\"Person \(group.members[0])\"\"邀请\(invited)加入了群聊\",\(day) \(time),,,")
            for (index, message) in group.messages.enumerated() {
                let millis = milliseconds(daysAgo: message.daysAgo)
                let (day, time) = local(millis)
                rows.append("\(index + 2),\(group.id),1,0,0,\(millis / 1000),2,\(message.text),\(day) \(time),,Person \(message.sender),\(message.sender)")
            }
            try Data((rows.joined(separator: "\r\n") + "\r\n").utf8).write(to: directory.appendingPathComponent("\(chat)_utf8.csv"))
        }
    }

    /// Verdicts per group name.
    static func verdicts(_ write: (URL) throws -> Void) throws -> [String: [VerdictKind]] {
        let folder = try TestFiles.makeFolder()
        try write(folder)
        let store = try GroupStore.inMemory()
        try ExportAssertions.importSource(folder, into: store)
        let result = try Analyzer(asOf: asOf, timeZone: TestFiles.shanghai).run(store)
        var byName: [String: [VerdictKind]] = [:]
        for group in result.groups {
            // Names differ by format only where the format has none of its own (Slack channel names).
            let key = district.first { "g\($0.id)" == group.profile.name || $0.name == group.profile.name }?.name ?? group.profile.name
            byName[key] = group.verdicts.sorted { $0.rawValue < $1.rawValue }
        }
        return byName
    }

    @Test("canonical, Slack, Telegram, WhatsApp and WeChat CSV give the same verdicts for the same district")
    func sameVerdicts() throws {
        let canonical = try Self.verdicts(Self.canonical)
        #expect(canonical["创卫迎检临时群"] == [.taskEnded, .zombie], "a phase task used weekly, then silent")
        #expect(canonical["网格员每日打卡群"] == [.checkInOnly], "alive with check-ins: check-in-only, not zombie")
        #expect(canonical["新建志愿者群"] == [.tooNew])
        #expect(canonical["海港社区防汛工作群"] == [.protected], "protected by its name (防汛) in every format")
        #expect(try Self.verdicts(Self.slack) == canonical)
        #expect(try Self.verdicts(Self.telegram) == canonical)
        #expect(try Self.verdicts(Self.whatsapp) == canonical)
        #expect(try Self.verdicts(Self.wechatmsg) == canonical)
    }
}
