import Foundation
import Testing
@testable import GroupSlimKit

/// The shapes of real QQ message-manager exports that were once folded silently into the message
/// before them (issue 13): every one is either a message of its own or a named error.
@Suite("QQ: real export shapes, no silent loss")
struct QQRealShapesTests {
    static let sep = String(repeating: "=", count: 64)

    static func export(_ chat: String, folder: String = "我的群聊", _ body: String) -> String {
        """
        消息记录（此消息记录为文本格式，不支持重新导入）

        \(sep)
        消息分组:\(folder)
        \(sep)
        消息对象:\(chat)
        \(sep)

        \(body)
        """
    }

    static func senders(_ store: GroupStore) throws -> [String: Int] {
        let rows = try store.connection.query("""
            SELECT p.source_id, COUNT(*) FROM messages m JOIN people p ON p.id = m.sender_id GROUP BY p.source_id
            """) { ($0.string(0), Int($0.int64(1))) }
        return Dictionary(uniqueKeysWithValues: rows)
    }

    @Test("a number in angle brackets is a sender id: the header starts its own message")
    func digitsInAngleBrackets() throws {
        let url = try ChatImport.file(QQRealShapesTests.export("大数据交流群", """
            2016-08-01 16:10:00 张三(12345678)
            大家好

            2016-08-01 16:15:51 大数据 - 江瀚<18825169013>
            今天的材料发群里了

            2016-08-01 16:20:00 李四<lisi@qq.com>
            收到

            """), named: "qq.txt")
        let store = try GroupStore.inMemory()
        let summary = try ChatImport.run(url, into: store)
        #expect(summary.counts.messagesRead == 3)
        #expect(try QQRealShapesTests.senders(store) == ["12345678": 1, "18825169013": 1, "lisi@qq.com": 1])
        #expect(try store.connection.queryFirst("SELECT display_name FROM people WHERE source_id = '18825169013'") { $0.string(0) }
                == "大数据 - 江瀚")
        #expect(try store.connection.queryFirst("SELECT text FROM messages WHERE sent_raw = '2016-08-01 16:10:00'") { $0.string(0) }
                == "大家好")
    }

    @Test("a nickname that starts with, or is only, an invisible character; an empty nickname")
    func invisibleNicknames() throws {
        let url = try ChatImport.file(QQRealShapesTests.export("夜班群", """
            2016-08-23 7:30:00 王五(11111111)
            早

            2016-08-23 7:36:47 \u{200D}(870085843)
            到岗

            2016-08-23 7:40:00 \u{200B}小赵\u{200D}(22222222)
            好的

            2016-08-23 7:41:00 (33333333)
            1

            """), named: "qq.txt")
        let store = try GroupStore.inMemory()
        let summary = try ChatImport.run(url, into: store)
        #expect(summary.counts.messagesRead == 4)
        #expect(try QQRealShapesTests.senders(store) == ["11111111": 1, "870085843": 1, "22222222": 1, "33333333": 1])
        let names = try store.connection.query("SELECT source_id, display_name FROM people ORDER BY source_id") {
            "\($0.string(0))=\($0.string(1))"
        }
        #expect(names == ["11111111=王五", "22222222=小赵", "33333333=33333333", "870085843=870085843"])
    }

    @Test("joins and leaves that name a QQ number link to that number; the system account is no person")
    func joinNoticesWithNumbers() throws {
        let url = try ChatImport.file(QQRealShapesTests.export("社区工作群", """
            2023-03-01 9:00:00 系统消息(10000)
            尹欣俊(100015838)加入本群。

            2023-03-01 9:01:00 系统消息(10000)
            张三(200001)邀请李四(200002)加入了本群。

            2023-03-01 9:05:00 小尹(100015838)
            大家好，我是新来的

            2023-03-02 9:00:00 系统消息(1000000)
            李四(200002)退出了本群。

            """), named: "qq.txt")
        let store = try GroupStore.inMemory()
        _ = try ChatImport.run(url, into: store)
        #expect(try ChatImport.memberships(store, group: "社区工作群") == [
            "100015838:member:event:joined", "200002:member:event:joined:left",
        ])
        // One person per number: the join notice and the messages are the same person.
        #expect(try store.connection.scalarInt("SELECT COUNT(*) FROM people") == 2)
        #expect(try store.connection.scalarInt("SELECT COUNT(*) FROM people WHERE source_id LIKE 'nick:%'") == 0)
        #expect(try store.connection.scalarInt("SELECT COUNT(*) FROM people WHERE source_id IN ('10000', '1000000')") == 0)
    }

    @Test("a folder of per-group QQ exports imports every file; friend chats are skipped and counted")
    func folderOfExports() throws {
        let folder = try TestFiles.makeFolder()
        for (index, name) in ["防汛值班群", "网格员群", "党员学习群"].enumerated() {
            let text = QQRealShapesTests.export(name, """
                2024-05-0\(index + 1) 9:00:00 张三(3000\(index))
                通知：明天上午开会

                2024-05-0\(index + 1) 9:01:00 李四(2000\(index))
                收到

                """)
            _ = try TestFiles.write(Array(text.utf8), to: folder, as: "\(name).txt")
        }
        let friend = QQRealShapesTests.export("老同学", folder: "我的好友", """
            2024-05-01 20:00:00 老同学
            周末聚聚？

            """)
        _ = try TestFiles.write(Array(friend.utf8), to: folder, as: "老同学.txt")
        _ = try TestFiles.write(Array("导出说明：每个群一个文件\n".utf8), to: folder, as: "readme.md")
        #expect(try ImportFormat.detect(folder) == .qq)
        let store = try GroupStore.inMemory()
        let summary = try ChatImport.run(folder, into: store)
        #expect(summary.files.count == 4)
        #expect(summary.counts.groupsAdded == 3)
        #expect(summary.counts.messagesRead == 6)
        #expect(summary.counts.oneToOneChatsSkipped == 1)
        #expect(ImportReport.text(summary).contains("skipped:     1 one-to-one chat(s)"))
        let again = try ChatImport.run(folder, into: store)
        #expect(again.counts.messagesAdded == 0)
        let stats = try store.statistics()
        #expect(stats.oneToOneChatsSkipped == 1)
        #expect(stats.people == 6)
    }

    @Test("a header-like line that is not a header is an error naming the line, or a counted skip with its content",
          arguments: [
            ("2016-08-01 16:15 张三(123456)", "the time is not H:MM:SS"),
            ("2016-08-01 16:15:51", "no sender after the time"),
            ("2016-08-01 16:15:51 张三", "names no sender id"),
          ])
    func malformedHeader(_ line: String, _ reason: String) throws {
        let url = try ChatImport.file(QQRealShapesTests.export("值班群", """
            2016-08-01 16:00:00 王五(11111111)
            第一条

            \(line)
            这一条的内容

            2016-08-01 16:20:00 李四(22222222)
            第三条

            """), named: "qq.txt")
        let store = try GroupStore.inMemory()
        do {
            _ = try ChatImport.run(url, into: store)
            Issue.record("expected an error for \(line)")
        } catch let error as ImportError {
            guard case .malformedHeader(let file, let lineNumber, let quoted, let why, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(file == url.path)
            #expect(lineNumber == 12)
            #expect(quoted == "\"\(line)\"")
            #expect(why.contains(reason))
            #expect(!error.description.contains("这一条的内容"))
        }
        #expect(try store.connection.scalarInt("SELECT COUNT(*) FROM messages") == 0)
        let options = ImportOptions(timeZone: TestFiles.shanghai, keepText: true, skipBad: true)
        let summary = try Importer(options: options).importSource(url, format: .auto, into: store)
        #expect(summary.skipped.byReason == ["malformed message header": 1])
        #expect(summary.counts.messagesRead == 2)
        let texts = try store.connection.query("SELECT text FROM messages ORDER BY sent_at") { $0.string(0) }
        #expect(texts == ["第一条", "第三条"])
    }

    @Test("a dated line right under message text, with no id, stays text; quoting escapes invisible marks")
    func datedTextLine() throws {
        #expect(LineExcerpt.quote("2016-08-23 7:36:47 \u{200D}(870") == "\"2016-08-23 7:36:47 \\u{200D}(870\"")
        #expect(LineExcerpt.quote(String(repeating: "长", count: 80)).hasSuffix("…\""))
        #expect(LineExcerpt.quote("a\u{1B}[2Jb\u{202E}") == "\"a\\u{1B}[2Jb\\u{202E}\"")
        #expect(QQLineParser.startsLikeHeader("2016-8-1 7:36:47 x"))
        #expect(!QQLineParser.startsLikeHeader("2016年8月1日 7:36"))
        #expect(QQLineParser.splitSender("江瀚<18825169013>") == ("江瀚", "18825169013"))
        #expect(QQLineParser.splitSender("张三<不是号码>") == ("张三<不是号码>", nil))
    }
}
