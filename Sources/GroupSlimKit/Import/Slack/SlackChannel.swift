/// A conversation from `channels.json` (public), `groups.json` (private) or `mpims.json`
/// (group DMs) of a Slack export.
struct SlackChannel {
    var id: String
    var name: String?
    var created: Int64?
    var createdRaw: String?
    var creator: String?
    /// The roster at export time; `nil` when the export wrote `null` (slackdump does).
    var members: [String]?
    var purposeTags: [String]

    /// Reads one element of a channel list. `created` may be a number or, in old exports, a
    /// string; `members` may be `null`; topic and purpose become purpose tags (an mpim's
    /// generated "Group messaging with: …" purpose says nothing and is dropped).
    init(_ value: JSONValue, place: RecordPlace) throws {
        id = try place.text(value, "id", expected: "the channel id (C…/G…)")
        name = value["name"]?.string
        if let created = value["created"] {
            self.created = try place.epochMilliseconds(created, "created")
            createdRaw = created.scalarText
        }
        creator = value["creator"]?.string
        if let list = value["members"], !list.isNull {
            guard let array = list.array else { throw place.bad("members", expected: "an array of user ids or null", found: list) }
            members = array.compactMap(\.string)
        }
        purposeTags = ["purpose", "topic"].compactMap { field in
            guard let text = value[field]?["value"]?.string?.trimmingCharacters(in: .whitespacesAndNewlines),
                  !text.isEmpty, !text.hasPrefix("Group messaging with:") else { return nil }
            return text
        }
    }

    func record() -> GroupRecord {
        GroupRecord(platform: SlackImporter.platform, sourceID: id, name: name ?? id, ownerID: creator,
                    createdAt: created, createdRaw: createdRaw, purposeTags: purposeTags)
    }
}

/// A user from `users.json`, kept in memory (one entry per workspace member, not per message).
struct SlackUser {
    var name: String?
    var isBot: Bool

    init(_ value: JSONValue) {
        let profile = value["profile"]
        let candidates = [profile?["real_name"], value["real_name"], profile?["display_name"], value["name"]]
        name = candidates.lazy.compactMap { $0?.string }.first { !$0.isEmpty }
        isBot = value["is_bot"]?.bool == true || value["id"]?.string == "USLACKBOT"
    }
}
