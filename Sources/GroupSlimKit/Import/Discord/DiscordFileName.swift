/// What a DiscordChatExporter file name says: `<Guild> - <Parent> - <Channel> [<channelId>]`,
/// optionally followed by ` (yyyy-MM-dd to yyyy-MM-dd)` and, for partitions, ` [part N]`.
/// The CSV layout has no channel metadata, so its group comes from here.
struct DiscordFileName {
    var channelID: String?
    var title: String

    /// DiscordChatExporter names a one-to-one DM `Direct Messages - Private - <user>` (group DMs
    /// are `Direct Messages - Group - …`): the only sign of one in the CSV layout.
    var isOneToOneDM: Bool { title.hasPrefix("Direct Messages - Private - ") }

    init(_ fileName: String) {
        var stem = fileName
        if let dot = stem.lastIndex(of: ".") { stem = String(stem[..<dot]) }
        var title = stem
        var channelID: String?
        // The first bracketed run of digits is the channel id; "[part N]" never is.
        var search = stem[...]
        while let open = search.firstIndex(of: "["), let close = search[open...].firstIndex(of: "]") {
            let inside = search[search.index(after: open)..<close]
            if !inside.isEmpty, inside.allSatisfy(\.isNumber) {
                channelID = String(inside)
                title = String(stem[..<open]).trimmingCharacters(in: .whitespaces)
                break
            }
            search = search[search.index(after: close)...]
        }
        if channelID == nil, let part = title.range(of: " [part ") { title = String(title[..<part.lowerBound]) }
        self.channelID = channelID
        self.title = title
    }
}
