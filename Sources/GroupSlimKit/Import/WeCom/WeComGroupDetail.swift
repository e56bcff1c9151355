/// A group's detail from the WeCom APIs, saved as JSON: the customer-group
/// `externalcontact/groupchat/get` response (`group_chat` with `member_list` and `admin_list`)
/// or the internal `msgaudit/groupchat/get` response (`roomname`, `members` with `jointime`),
/// which does not repeat the room id: that comes from a `roomid` member if the user added one,
/// else from the file name (`wrXXXX.json`).
struct WeComGroupDetail {
    struct Member {
        var userID: String
        var name: String?
        var role: MemberRole
        var joinedAt: Int64?
        /// A group robot: `type` 3 in the archive SDK's member list, or a `wb…` id.
        var isRobot = false
    }

    var roomID: String
    var name: String
    var owner: String?
    var createdAt: Int64?
    var createdRaw: String?
    var members: [Member]

    init(_ value: JSONValue, place: RecordPlace, fileStem: String) throws {
        if let chat = value["group_chat"] {
            guard chat.object != nil else { throw place.bad("group_chat", expected: "an object", found: chat) }
            roomID = try place.text(chat, "chat_id", expected: "the group's chat_id")
            name = chat["name"]?.string ?? roomID
            owner = chat["owner"]?.string
            createdRaw = chat["create_time"]?.scalarText
            createdAt = chat["create_time"]?.int64.flatMap(TimestampParser.milliseconds(fromEpochSeconds:))
            let admins = Set((chat["admin_list"]?.array ?? []).compactMap { $0["userid"]?.string })
            members = try (chat["member_list"]?.array ?? []).map { member in
                let id = try place.text(member, "userid", expected: "each member's userid")
                let role: MemberRole = id == chat["owner"]?.string ? .owner : admins.contains(id) ? .admin : .member
                let name = [member["name"], member["group_nickname"]].lazy.compactMap { $0?.string }.first { !$0.isEmpty }
                return Member(userID: id, name: name, role: role, joinedAt: member["join_time"]?.int64.flatMap(TimestampParser.milliseconds(fromEpochSeconds:)))
            }
        } else {
            roomID = value["roomid"]?.string ?? fileStem
            name = value["roomname"]?.string ?? roomID
            owner = value["creator"]?.string
            createdRaw = value["room_create_time"]?.scalarText
            createdAt = value["room_create_time"]?.int64.flatMap(TimestampParser.milliseconds(fromEpochSeconds:))
            members = try (value["members"]?.array ?? []).map { member in
                let id = try place.text(member, "memberid", expected: "each member's memberid")
                return Member(userID: id, name: nil, role: id == value["creator"]?.string ? .owner : .member,
                              joinedAt: member["jointime"]?.int64.flatMap(TimestampParser.milliseconds(fromEpochSeconds:)),
                              isRobot: member["type"]?.int64 == 3 || WeComMessage.isRobot(id))
            }
        }
    }

    func record() -> GroupRecord {
        GroupRecord(platform: WeComImporter.platform, sourceID: roomID, name: name, ownerID: owner,
                    createdAt: createdAt, createdRaw: createdRaw)
    }
}
