import Foundation
import Testing
@testable import GroupSlimKit

/// `--skip-bad` in every record-oriented format: the bad record is skipped and counted, the rest
/// is imported; without the flag the same file fails and stores nothing.
@Suite("--skip-bad across formats")
struct SkipBadRecordsTests {
    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var file: String
        var content: String
        var format: ImportFormat
        var reason: String
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "WeChatMsg CSV", file: "项目群(23456789012@chatroom)_utf8.csv", content: """
            localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender
            1,12,1,0,0,1719792300,2,请大家今天下班前提交周报,2024-07-01 08:05:00,王磊,磊哥,wxid_wanglei
            2,12,1,0,0,yesterday,2,秘密内容,2024-07-01 08:06:00,李娜,娜娜,wxid_lina
            3,12,1,0,0,1719792500,2,好的，马上整理,2024-07-01 08:08:20,刘洋,洋,wxid_liuyang

            """, format: .wechat, reason: "bad CreateTime"),
        Case(name: "Teams usage report", file: "TeamsTeamActivityDetail.csv", content: """
            Report Refresh Date,Team Name,Team Id,Team Type,Last Activity Date,Report Period,Active Users,Channel Messages
            2026-06-30,Budget Office,t-1,Private,2026-01-15,180,0,0
            2026-06-30,Street Cleaning,t-2,Public,2026-06-29,180,many,155
            2026-06-30,Parks,t-3,Public,2026-06-20,180,4,20

            """, format: .teams, reason: "bad Active Users"),
        Case(name: "QQ message manager", file: "全部消息记录.txt", content: """
            消息记录（此消息记录为文本格式，不支持重新导入）

            ================================================================
            消息分组:我的群聊
            ================================================================
            消息对象:街道值班群
            ================================================================

            2024-07-01 8:02:11 张伟(10001)
            今晚有暴雨，请做好值班准备。

            2024-02-30 8:05:40 李娜(10002)
            秘密内容

            2024-07-01 8:06:02 王芳(10003)
            收到

            """, format: .qq, reason: "bad time"),
        Case(name: "Mattermost JSONL", file: "import.jsonl", content: """
            {"type":"version","version":1}
            {"type":"team","team":{"name":"ops","display_name":"Ops","type":"I"}}
            {"type":"channel","channel":{"team":"ops","name":"duty","display_name":"Duty","type":"O","header":"","purpose":""}}
            {"type":"user","user":{"username":"bo.li","email":"bo@example.org","teams":[{"name":"ops","channels":[{"name":"duty"}]}]}}
            {"type":"post","post":{"team":"ops","channel":"duty","user":"bo.li","message":"今晚值班名单已更新","create_at":1722470400000}}
            {"type":"post","post":{"team":"ops","channel":"duty","user":"bo.li","message":"秘密内容"}}
            {"type":"post","post":{"team":"ops","channel":"duty","user":"bo.li","message":"明早交班","create_at":1722474000000}}

            """, format: .mattermost, reason: "missing create_at"),
        // Telegram reads on its own thread: the skip decision is made there and counted here.
        Case(name: "Telegram Desktop JSON", file: "result.json", content: """
            {"name": "值班群", "type": "private_group", "id": 77, "messages": [
             {"id": 1, "type": "message", "date_unixtime": "1722470400", "from": "Bo", "from_id": "user1", "text": "今晚值班"},
             {"id": 2, "type": "message", "date_unixtime": "99999999999", "from": "Bo", "from_id": "user1", "text": "秘密内容"},
             {"id": 3, "type": "message", "date_unixtime": "1722474000", "from": "Bo", "from_id": "user1", "text": "明早交班"}
            ]}

            """, format: .telegram, reason: "bad date_unixtime"),
    ]

    @Test("a bad record is skipped and counted with --skip-bad, and fails the import without it", arguments: cases)
    func skipBad(_ example: Case) throws {
        let folder = try TestFiles.makeFolder("skipbad-\(example.format.rawValue)")
        let url = try TestFiles.write(Array(example.content.utf8), to: folder, as: example.file)
        let strict = try GroupStore.inMemory()
        #expect(throws: (any Error).self) {
            try Importer(options: ImportOptions(timeZone: TestFiles.shanghai)).importSource(url, format: example.format, into: strict)
        }
        #expect(try strict.connection.scalarInt("SELECT COUNT(*) FROM groups") == 0, "a failed import stores nothing")

        let lenient = try GroupStore.inMemory()
        let summary = try Importer(options: ImportOptions(timeZone: TestFiles.shanghai, skipBad: true))
            .importSource(url, format: example.format, into: lenient)
        #expect(summary.skipped.total == 1)
        #expect(summary.skipped.byReason[example.reason] == 1, "\(summary.skipped.byReason)")
        #expect(summary.skipped.examples.allSatisfy { !$0.contains("秘密") })
        let imported = try lenient.connection.scalarInt("SELECT COUNT(*) FROM messages")
            + lenient.connection.scalarInt("SELECT COUNT(*) FROM groups WHERE platform = 'teams'")
        #expect(imported == 2, "the two good records are imported")
    }
}
