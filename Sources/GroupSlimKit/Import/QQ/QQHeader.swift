/// A message header: `2019-09-23 20:43:38 【管理员】昵称(87200175)` or `… 昵称<a@qq.com>`.
struct QQHeader: Equatable {
    var clock: WallClock
    /// The date and time as written, for `sent_raw`.
    var raw: String
    /// The nickname without title prefixes.
    var nickname: String
    /// The QQ number or e-mail; `nil` in exports without ids (private and discussion chats).
    var id: String?
    /// The role a 【群主】/【管理员】 title shows.
    var role: MemberRole
}
