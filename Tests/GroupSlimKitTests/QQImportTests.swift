import Foundation
import Testing
@testable import GroupSlimKit

@Suite("QQ import")
struct QQImportTests {
    static let group = "街道防汛值班群（2024）"

    @Test("sections, headers with titles, nested parentheses and e-mails, system events, placeholders, 12-hour times")
    func allMessages() throws {
        let store = try GroupStore.inMemory()
        let url = try TestFiles.fixture("qq/全部消息记录.txt")
        #expect(try ImportFormat.detect(url) == .qq)
        let summary = try ChatImport.run(url, into: store)
        #expect(summary.counts.groupsAdded == 2)
        #expect(summary.counts.messagesAdded == 11)
        #expect(summary.warnings.isEmpty)
        #expect(summary.counts.oneToOneChatsSkipped == 1)  // the friend chat 老同学
        #expect(summary.files.first?.encoding == "UTF-8 (BOM)")
        #expect(try ChatImport.kinds(store, group: QQImportTests.group)
                == ["image": 1, "sticker": 1, "system": 3, "text": 3, "voice": 1])
        #expect(try ChatImport.memberships(store, group: QQImportTests.group) == [
            "10001:owner:inferred:joined",    // 【群主】
            "10002:admin:inferred:joined",    // 【管理员】
            "10003:member:event:left",        // "(小)王退出了本群" tied to the number by nickname
            "nick:孙丽:member:event:joined",  // invited, never spoke: known by name only
            "nick:赵强:member:event:joined",
            "watcher@example.com:member:inferred:joined",
        ])
        #expect(try ChatImport.memberships(store, group: "社区网格员群") == [
            "20001:member:inferred:joined", "20002:member:inferred:joined",
        ])
        let db = store.connection
        #expect(try db.queryFirst("SELECT display_name FROM people WHERE source_id = '10003'") { $0.string(0) } == "(小)王")
        // "[图片]已到岗": an image whose caption is the text after the placeholder.
        #expect(try db.queryFirst("SELECT text FROM messages WHERE kind = 'image'") { $0.string(0) } == "已到岗")
        // A content line that looks like a header stays in its message.
        let last = try db.queryFirst("""
            SELECT m.text FROM messages m JOIN people p ON p.id = m.sender_id WHERE p.source_id = '10001' ORDER BY m.sent_at DESC
            """) { $0.string(0) }
        #expect(last == "下周一例会取消\n2020-01-01 00:00:00 这行看起来像时间但只是正文")
        // 8:43:38 PM in Shanghai; one-digit hours.
        #expect(try ChatImport.span(store, group: "社区网格员群")?.0 == ChatImport.ms("2024-07-04T20:43:38+08:00"))
        #expect(try ChatImport.span(store, group: QQImportTests.group)?.0 == ChatImport.ms("2024-07-01T08:02:11+08:00"))
        #expect(try ChatImport.run(url, into: store).counts.messagesAdded == 0)
    }

    @Test("encodings: UTF-16 LE with BOM (CRLF), UTF-16 BE with BOM (CR), GB18030", arguments: [
        ("encodings/qq-utf16le.txt", "UTF-16LE"), ("encodings/qq-utf16be-cr.txt", "UTF-16BE"), ("encodings/qq-gb18030.txt", "GB18030"),
    ])
    func encodings(_ file: String, _ encoding: String) throws {
        let (store, summary) = try ChatImport.fixture(file, detectedAs: .qq)
        #expect(summary.files.first?.encoding == encoding)
        #expect(summary.counts.messagesAdded == 11)
        #expect(try ChatImport.kinds(store, group: QQImportTests.group)
                == ["image": 1, "sticker": 1, "system": 3, "text": 3, "voice": 1])
        let notice = try store.connection.queryFirst("SELECT text FROM messages ORDER BY sent_at LIMIT 1") { $0.string(0) }
        #expect(notice == "各位注意，今晚有暴雨，请做好值班准备。")
    }

    @Test("sender parsing: the last parenthesized number or e-mail is the id; titles are stripped")
    func senders() {
        #expect(QQLineParser.splitSender("(A)(123123)") == ("(A)", "123123"))
        #expect(QQLineParser.splitSender("围观<indo@qq.com>") == ("围观", "indo@qq.com"))
        #expect(QQLineParser.splitSender("名字(备注)") == ("名字(备注)", nil))
        #expect(QQLineParser.stripTitles("【管理员】【PL】张三") == ("张三", .admin))
        #expect(QQContent.event("李四邀请王五加入了本群。")?.name == "王五")
        #expect(QQContent.event("张三被管理员移出了本群")?.joined == false)
    }

    @Test("bad input: garbage, empty file, an impossible date at line N; the database is unchanged")
    func badInput() throws {
        let store = try GroupStore.inMemory()
        _ = try ChatImport.run(try TestFiles.fixture("qq/全部消息记录.txt"), into: store)
        let before = try ChatImport.dump(store)
        let garbage = try ChatImport.file("just some notes\n", named: "notes.txt")
        #expect(throws: ImportError.unexpectedLine(file: garbage.path, line: 1, expected: QQSectionWalker.expected)) {
            try ChatImport.run(garbage, into: store, format: .qq)
        }
        let empty = try ChatImport.file("\n\n", named: "empty.txt")
        #expect(throws: ImportError.emptyFile(file: empty.path, expected: QQSectionWalker.expected)) {
            try ChatImport.run(empty, into: store, format: .qq)
        }
        let sep = String(repeating: "=", count: 64)
        let badDate = try ChatImport.file("""
            消息记录（此消息记录为文本格式，不支持重新导入）

            \(sep)
            消息分组:我的群聊
            \(sep)
            消息对象:测试群
            \(sep)

            2024-07-01 8:02:11 张伟(10001)
            机密内容

            2024-02-30 8:05:40 李娜(10002)
            机密内容二

            """, named: "qq.txt")
        #expect(throws: ImportError.badValue(file: badDate.path, line: 12, column: "time", value: "2024-02-30 8:05:40",
                                             expected: "a real date and time 'YYYY-MM-DD H:MM:SS'")) {
            try ChatImport.run(badDate, into: store)
        }
        #expect(try ChatImport.dump(store) == before)
    }
}
