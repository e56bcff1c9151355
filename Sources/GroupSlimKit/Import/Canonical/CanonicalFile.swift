/// The files of the canonical import format and the column names each accepts.
///
/// This is a public contract (see the README): the English names never change, headers match
/// case-insensitively with spaces or dashes read as underscores, and each column also accepts the
/// Chinese names an office types into a spreadsheet.
public enum CanonicalFile: String, CaseIterable, Sendable {
    case groups, members, messages, people

    public var fileName: String { rawValue + ".csv" }

    /// A column with its canonical name and accepted aliases.
    public struct Column: Sendable, Equatable {
        public let name: String
        public let aliases: [String]
        public let isRequired: Bool

        init(_ name: String, required: Bool = false, _ aliases: [String]) {
            self.name = name
            self.aliases = aliases
            self.isRequired = required
        }

        /// Every header spelling that selects this column, canonical name first.
        public var acceptedNames: [String] { [name] + aliases }
    }

    static let groupID = Column("group_id", required: true,
                                ["groupid", "group", "chat_id", "群id", "群号", "群编号", "群组id", "群聊id"])

    public var columns: [Column] {
        switch self {
        case .groups:
            return [
                CanonicalFile.groupID,
                Column("name", required: true, ["group_name", "群名称", "群名", "群聊名称", "名称"]),
                Column("platform", ["平台", "来源平台"]),
                Column("owner_unit", ["unit", "所属单位", "主管单位", "建群单位", "单位"]),
                Column("owner_id", ["owner", "群主id", "群主账号", "群主"]),
                Column("created_at", ["created", "创建时间", "建群时间"]),
                Column("purpose_tags", ["purpose", "tags", "用途", "用途标签", "群用途", "标签"]),
                Column("task_end", ["task_end_date", "任务结束日期", "任务结束时间", "任务截止", "结束日期"]),
                Column("protected", ["is_protected", "受保护", "是否保护", "保护"]),
            ]
        case .members:
            return [
                CanonicalFile.groupID,
                Column("member_id", required: true, ["memberid", "user_id", "成员id", "成员账号", "用户id", "人员id", "账号"]),
                Column("name", ["member_name", "姓名", "成员名称", "昵称", "群昵称"]),
                Column("unit", ["单位", "所在单位", "部门"]),
                Column("role", ["角色", "身份", "群身份"]),
                Column("joined_at", ["joined", "入群时间", "加入时间"]),
                Column("left_at", ["left", "退群时间", "离开时间", "退出时间"]),
            ]
        case .messages:
            return [
                CanonicalFile.groupID,
                Column("sent_at", required: true, ["time", "timestamp", "发送时间", "消息时间", "时间"]),
                Column("sender_id", required: true, ["sender", "from_id", "发送者id", "发送人id", "发送人账号", "发送者", "发送人"]),
                Column("message_id", ["msg_id", "消息id", "消息编号"]),
                Column("kind", ["type", "消息类型", "类型"]),
                Column("text", ["content", "内容", "消息内容", "文本"]),
            ]
        case .people:
            return [
                Column("member_id", required: true, ["memberid", "user_id", "成员id", "人员id", "账号"]),
                Column("name", ["姓名", "名称"]),
                Column("unit", ["单位", "部门"]),
                Column("aliases", ["alias", "别名", "其他账号", "其他id"]),
            ]
        }
    }

    /// Folds a header cell the way matching is defined: trimmed, lowercased, BOM and full-width
    /// spaces removed, spaces and dashes read as underscores.
    static func normalizeHeader(_ header: String) -> String {
        var text = header.replacingOccurrences(of: "\u{FEFF}", with: "")
            .trimmingCharacters(in: .whitespacesAndNewlines)
            .lowercased()
        text = text.replacingOccurrences(of: "\u{3000}", with: "")
        text = text.replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
        return text
    }
}

import Foundation
