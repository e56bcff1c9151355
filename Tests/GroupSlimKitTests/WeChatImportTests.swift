import Foundation
import Testing
@testable import GroupSlimKit

@Suite("WeChat CSV import")
struct WeChatImportTests {
    static let project = "项目推进群"

    @Test("WeChatMsg/留痕 folder: type codes, app-message titles, join/remove notices tied to wxids, 1:1 chats skipped")
    func weChatMsg() throws {
        let store = try GroupStore.inMemory()
        let url = try TestFiles.fixture("wechat/wechatmsg")
        #expect(try ImportFormat.detect(url) == .wechat)
        let summary = try ChatImport.run(url, into: store)
        #expect(summary.counts.groupsAdded == 2)  // 项目推进群 (id in the folder name) and 老乡会 (three speakers)
        #expect(summary.counts.messagesAdded == 12)
        #expect(summary.warnings.isEmpty)
        #expect(summary.counts.oneToOneChatsSkipped == 1)
        let db = store.connection
        #expect(try db.query("SELECT source_id FROM groups ORDER BY source_id") { $0.string(0) } == ["23456789012@chatroom", "老乡会"])
        #expect(try ChatImport.kinds(store, group: WeChatImportTests.project)
                == ["image": 1, "sticker": 1, "system": 2, "text": 4, "voice": 1])
        #expect(try ChatImport.memberships(store, group: WeChatImportTests.project) == [
            "wxid_chenjing:member:event:joined:left", "wxid_liuyang:member:event:joined",
            "wxid_me:member:inferred:joined", "wxid_wanglei:member:inferred:joined",
        ])
        // CreateTime is the UTC instant; the 接龙 title keeps its line break.
        let roll = try db.queryFirst("SELECT sent_at, text, sent_raw FROM messages WHERE text LIKE '#接龙%'") {
            ($0.int64(0), $0.string(1), $0.string(2))
        }
        #expect(roll?.0 == 1_719_903_600_000)
        #expect(roll?.1 == "#接龙 今晚值班\n1. 王磊")
        #expect(roll?.2 == "2024-07-02 15:00:00")
        #expect(try db.queryFirst("SELECT text FROM messages WHERE kind = 'image'") { $0.optionalString(0) } == .some(nil))
        #expect(try ChatImport.run(url, into: store).counts.messagesAdded == 0)
    }

    @Test("PyWxDump 3.1+: Chinese type labels, Excel-mangled times, multi-line cells, 1:1 rows skipped")
    func pyWxDump() throws {
        let store = try GroupStore.inMemory()
        let url = try TestFiles.fixture("wechat/pywxdump/23456789012@chatroom_0_5000.csv")
        let summary = try ChatImport.run(url, into: store)
        #expect(summary.counts.messagesAdded == 6)
        #expect(summary.counts.oneToOneChatsSkipped == 1)
        let group = "23456789012@chatroom"  // the layout has no group name
        #expect(try ChatImport.kinds(store, group: group) == ["image": 1, "system": 2, "text": 3])
        #expect(try ChatImport.memberships(store, group: group) == [
            "nick:刘洋:member:event:joined", "nick:陈静:member:event:joined", "wxid_chenjing:member:inferred:joined",
            "wxid_liuyang:member:inferred:joined", "wxid_wanglei:member:inferred:joined", "我:member:inferred:joined",
        ])
        let image = try store.connection.queryFirst("SELECT sent_at, source_message_id FROM messages WHERE kind = 'image'") {
            ($0.int64(0), $0.string(1))
        }
        #expect(image?.0 == ChatImport.ms("2024-07-01T09:00:00+08:00"))  // "2024/7/1 9:00"
        #expect(image?.1 == "7301234567890120004")
        let reply = try store.connection.queryFirst("SELECT text FROM messages WHERE text LIKE '周报模板%'") { $0.string(0) }
        #expect(reply == "周报模板在群文件\n> 请大家今天下班前提交周报")
    }

    @Test("WeChatMsg 'export all' messages.csv: conversations by name, senders by display name")
    func weChatMsgExportAll() throws {
        let (store, summary) = try ChatImport.fixture("wechat/wechatmsg-all", detectedAs: .wechat)
        #expect(summary.counts.groupsAdded == 1)
        #expect(summary.counts.messagesAdded == 3)
        #expect(summary.counts.oneToOneChatsSkipped == 1)  // the one-to-one chat with 张三
        #expect(try ChatImport.kinds(store, group: WeChatImportTests.project) == ["image": 1, "text": 2])
        #expect(try ChatImport.memberships(store, group: WeChatImportTests.project) == [
            "nick:刘洋:member:inferred:joined", "nick:王磊:member:inferred:joined", "我:member:inferred:joined",
        ])
    }

    @Test("a later id-only layout keeps the group name an earlier import gave")
    func keepsNames() throws {
        let store = try GroupStore.inMemory()
        _ = try ChatImport.run(try TestFiles.fixture("wechat/wechatmsg"), into: store)
        _ = try ChatImport.run(try TestFiles.fixture("wechat/pywxdump"), into: store)
        #expect(try store.connection.query("SELECT name FROM groups ORDER BY name") { $0.string(0) } == ["老乡会", "项目推进群"])
    }

    @Test("PyWxDump 3.0 (JSON in the content cell) and chatlog CSV")
    func otherLayouts() throws {
        let store = try GroupStore.inMemory()
        let old = try ChatImport.run(try TestFiles.fixture("wechat/pywxdump30"), into: store)
        #expect(old.counts.messagesAdded == 3)
        let texts = try store.connection.query("SELECT text FROM messages WHERE kind = 'text' ORDER BY sent_at") { $0.string(0) }
        #expect(texts == ["明天上午九点集合", "好的"])
        let chatlog = try ChatImport.run(try TestFiles.fixture("wechat/chatlog/chatlog.csv"), into: store)
        #expect(chatlog.counts.messagesAdded == 4)
        #expect(try ChatImport.kinds(store, group: "物业协调群") == ["image": 1, "system": 1, "text": 1, "voice": 1])
        #expect(try ChatImport.memberships(store, group: "物业协调群") == [
            "wxid_sun:member:event:joined", "wxid_zhou:member:inferred:joined",
        ])
    }

    @Test("notices: quoted lists, curly quotes, scans and removals")
    func notices() {
        #expect(WeChatSystemText.events(#""王芳"邀请"刘睿嘉"、"韩蓉倩"加入了群聊"#).map(\.name) == ["刘睿嘉", "韩蓉倩"])
        #expect(WeChatSystemText.events("“张三”邀请“李四、王五”加入了群聊").map(\.name) == ["李四", "王五"])
        #expect(WeChatSystemText.events(#""X"通过扫描"Y"分享的二维码加入群聊"#).first?.name == "X")
        #expect(WeChatSystemText.events(#"你将"X"移出了群聊"#).first?.joined == false)
        #expect(WeChatSystemText.events("<revokemsg>你撤回了一条消息</revokemsg>").isEmpty)
        #expect(WeChatTypes.kind(type: 49, subType: 6) == .file)
        #expect(WeChatTypes.kind(type: 49, subType: 5) == .link)
        #expect(WeChatTypes.splitSenderPrefix("wxid_abc:\n你好").sender == "wxid_abc")
    }

    @Test("bad input: unknown header, an unparseable time at line N, empty file; the database is unchanged")
    func badInput() throws {
        let store = try GroupStore.inMemory()
        _ = try ChatImport.run(try TestFiles.fixture("wechat/wechatmsg"), into: store)
        let before = try ChatImport.dump(store)
        let unknown = try ChatImport.file("a,b,c\n1,2,3\n", named: "x.csv")
        do {
            _ = try ChatImport.run(unknown, into: store, format: .wechat)
            Issue.record("an unknown header must fail")
        } catch ImportError.unexpectedLine(let file, let line, let expected) {
            #expect(file == unknown.path && line == 1 && expected.contains("chatlog"))
        }
        let badTime = try ChatImport.file("""
            Time,SenderName,Sender,TalkerName,Talker,Content
            2025-05-06 09:02:00,周经理,wxid_zhou,物业协调群,55667788@chatroom,机密一
            yesterday,孙工,wxid_sun,物业协调群,55667788@chatroom,机密二

            """, named: "chatlog.csv")
        #expect(throws: ImportError.badValue(
            file: badTime.path, line: 3, column: "Time", value: "yesterday",
            expected: "Unix seconds or a local time such as 2024-10-04 11:42:05 (or Excel's 2024/10/4 11:42)")) {
            try ChatImport.run(badTime, into: store)
        }
        let empty = try ChatImport.file("", named: "empty.csv")
        #expect(throws: ImportError.emptyFile(file: empty.path, expected: "a WeChat export CSV with a header row")) {
            try ChatImport.run(empty, into: store, format: .wechat)
        }
        #expect(try ChatImport.dump(store) == before)
    }
}
