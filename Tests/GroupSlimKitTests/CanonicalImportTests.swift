import Foundation
import Testing
@testable import GroupSlimKit

@Suite("Canonical import")
struct CanonicalImportTests {
    static let groups = "group_id,name,platform,owner_unit\ng1,网格群,wechat,海港社区\ng2,城管群,wechat,城管科\n"
    static let members = "group_id,member_id,name\ng1,u1,张伟\ng1,u2,李娜\ng2,u2,李娜\n"
    static let messages = "group_id,sent_at,sender_id,message_id,kind,text\ng1,2026-03-05 09:00,u1,m1,text,请各位报送材料\ng1,2026-03-05 09:05,u2,m2,,收到\n"

    private func folder(groups: String = groups, members: String = members, messages: String = messages,
                        extra: [String: String] = [:], name: String = #function) throws -> URL {
        var files = ["groups.csv": groups, "members.csv": members, "messages.csv": messages]
        files.merge(extra) { $1 }
        return try TestFiles.canonicalFolder(files, name: name)
    }

    @Test("the bundled fixture imports with correct counts, values and provenance")
    func basicFixture() throws {
        let store = try GroupStore.inMemory()
        let summary = try TestFiles.importFolder(try TestFiles.fixture("canonical-basic"), into: store)
        #expect(summary.counts.groupsAdded == 3)
        #expect(summary.counts.messagesAdded == 6)
        #expect(summary.counts.membershipsAdded == 7)
        #expect(summary.counts.membershipsInferred == 1)  // u9 posted without being on the roster
        let stats = try store.statistics()
        #expect(stats.groups == 3)
        #expect(stats.people == 6)  // u1 u2 u3 u4 u9 and u5 from people.csv
        #expect(stats.memberships == 8)
        #expect(stats.messages == 6)
        let db = store.connection
        // Quoted name with doubled quotes, tags split on ；, task end is the end of that day.
        let g2 = try db.queryFirst("SELECT name, task_end, task_end_at, protected FROM groups WHERE source_id = 'g2'") {
            ($0.string(0), $0.string(1), $0.int64(2), $0.bool(3))
        }
        #expect(g2?.0 == "2025年\"创文\"迎检专项群")
        #expect(g2?.1 == "2025-06-30")
        #expect(g2?.2 == TimestampParser(timeZone: TestFiles.shanghai).parse("2025-07-01")?.milliseconds)
        #expect(g2?.3 == false)
        let tags = try db.query("SELECT tag FROM group_tags t JOIN groups g ON g.id = t.group_id WHERE g.source_id = 'g3' ORDER BY tag") {
            $0.string(0)
        }
        #expect(tags == ["值班", "防汛"])
        #expect(try db.scalarInt("SELECT protected FROM groups WHERE source_id = 'g3'") == 1)
        // Roles in Chinese, membership sources, inferred join time = first message.
        let roles = try db.query("""
            SELECT p.source_id, m.role, m.source FROM memberships m JOIN people p ON p.id = m.person_id
            JOIN groups g ON g.id = m.group_id WHERE g.source_id = 'g1' ORDER BY p.source_id
            """) { "\($0.string(0)):\($0.string(1)):\($0.string(2))" }
        #expect(roles == ["u1:owner:roster", "u2:member:roster", "u3:admin:roster", "u9:member:inferred"])
        // Multi-line quoted text with CRLF survives; the raw time is kept next to the instant.
        let message = try db.queryFirst("SELECT text, sent_raw, sent_at FROM messages WHERE source_message_id = 'm1'") {
            ($0.string(0), $0.string(1), $0.int64(2))
        }
        #expect(message?.0.contains("\r\n1. 各网格于2月5日前完成排查") == true)
        #expect(message?.0.hasSuffix("报送\"隐患清单\"") == true)
        #expect(message?.1 == "2025-02-01T09:00:00+08:00")
        // Excel's 2025/2/1 9:05 (Shanghai), Unix seconds and Unix milliseconds.
        let times = try db.query("SELECT sent_at FROM messages ORDER BY id") { $0.int64(0) }
        #expect(times == [1_738_371_600_000, 1_738_371_900_000, 1_738_372_200_000, 1_740_880_800_000,
                          1_740_880_800_000, 1_738_425_600_000])
        // Kind defaults to text; the image has no text; content hashes are set for text.
        let kinds = try db.query("SELECT kind FROM messages ORDER BY id") { $0.string(0) }
        #expect(kinds == ["text", "text", "text", "image", "checkin", "text"])
        #expect(try db.scalarInt("SELECT COUNT(*) FROM messages WHERE content_hash IS NULL") == 1)
    }

    @Test("people.csv names fill blanks and its aliases resolve to the same person")
    func aliases() throws {
        let store = try GroupStore.inMemory()
        let folder = try folder(
            members: "group_id,member_id\ng1,u1\ng2,alt-u1\n",
            messages: "group_id,sent_at,sender_id\ng1,2026-03-05 09:00,alt-u1\n",
            extra: ["people.csv": "member_id,name,unit,aliases\nu1,张伟,海港社区,alt-u1；old-u1\nu7,独立,民政科,\n"])
        try TestFiles.importFolder(folder, into: store)
        let people = try store.connection.query("SELECT source_id, display_name, unit FROM people ORDER BY source_id") {
            "\($0.string(0)):\($0.string(1)):\($0.string(2))"
        }
        #expect(people == ["u1:张伟:海港社区", "u7:独立:民政科"])
        #expect(try store.connection.scalarInt("SELECT COUNT(*) FROM memberships") == 2)
        #expect(try store.connection.scalarInt("SELECT COUNT(*) FROM person_aliases") == 2)
    }

    @Test("every canonical column name and alias is accepted, case-insensitively")
    func everyAlias() throws {
        for file in [CanonicalFile.groups, .members, .messages] {
            for column in file.columns {
                for alias in column.acceptedNames {
                    // Build a header where this column uses `alias` (upper-cased) and others their names.
                    let store = try GroupStore.inMemory()
                    func header(_ f: CanonicalFile) -> [String] {
                        f.columns.map { $0.name == column.name && f == file ? alias.uppercased() : $0.name }
                    }
                    let groupsHeader = header(.groups).joined(separator: ",")
                    let groupsRow = CanonicalFile.groups.columns.map { sampleValue($0.name) }.joined(separator: ",")
                    let membersHeader = header(.members).joined(separator: ",")
                    let membersRow = CanonicalFile.members.columns.map { sampleValue($0.name) }.joined(separator: ",")
                    let messagesHeader = header(.messages).joined(separator: ",")
                    let messagesRow = CanonicalFile.messages.columns.map { sampleValue($0.name) }.joined(separator: ",")
                    let folder = try TestFiles.canonicalFolder([
                        "groups.csv": groupsHeader + "\n" + groupsRow + "\n",
                        "members.csv": membersHeader + "\n" + membersRow + "\n",
                        "messages.csv": messagesHeader + "\n" + messagesRow + "\n",
                    ], name: "alias")
                    let summary = try TestFiles.importFolder(folder, into: store)
                    #expect(summary.warnings.isEmpty, "\(file.fileName) \(column.name) as '\(alias)'")
                    let db = store.connection
                    let check: Int64
                    switch (file, column.name) {
                    case (.groups, "name"): check = try db.scalarInt("SELECT COUNT(*) FROM groups WHERE name = '测试群'")
                    case (.groups, "owner_unit"): check = try db.scalarInt("SELECT COUNT(*) FROM groups WHERE owner_unit = '民政科'")
                    case (.groups, "purpose_tags"): check = try db.scalarInt("SELECT COUNT(*) FROM group_tags")
                    case (.groups, "protected"): check = try db.scalarInt("SELECT protected FROM groups")
                    case (.groups, "platform"): check = try db.scalarInt("SELECT COUNT(*) FROM groups WHERE platform = 'qq'")
                    case (.groups, "task_end"): check = try db.scalarInt("SELECT COUNT(*) FROM groups WHERE task_end_at IS NOT NULL")
                    case (.groups, "created_at"): check = try db.scalarInt("SELECT COUNT(*) FROM groups WHERE created_at IS NOT NULL")
                    case (.groups, "owner_id"): check = try db.scalarInt("SELECT COUNT(*) FROM groups WHERE owner_id = 'u1'")
                    case (.members, "name"): check = try db.scalarInt("SELECT COUNT(*) FROM people WHERE display_name = '测试群'")
                    case (.members, "unit"): check = try db.scalarInt("SELECT COUNT(*) FROM people WHERE unit = '城管科'")
                    case (.members, "role"): check = try db.scalarInt("SELECT COUNT(*) FROM memberships WHERE role = 'admin'")
                    case (.members, "joined_at"): check = try db.scalarInt("SELECT COUNT(*) FROM memberships WHERE joined_at IS NOT NULL")
                    case (.members, "left_at"): check = try db.scalarInt("SELECT COUNT(*) FROM memberships WHERE left_at IS NOT NULL")
                    case (.messages, "message_id"): check = try db.scalarInt("SELECT COUNT(*) FROM messages WHERE source_message_id = 'm1'")
                    case (.messages, "kind"): check = try db.scalarInt("SELECT COUNT(*) FROM messages WHERE kind = 'image'")
                    case (.messages, "text"): check = try db.scalarInt("SELECT COUNT(*) FROM messages WHERE text = '现场照片'")
                    default: check = try db.scalarInt("SELECT COUNT(*) FROM messages")  // ids and times: the row imported
                    }
                    #expect(check == 1, "\(file.fileName) column \(column.name) as '\(alias)'")
                }
            }
        }
    }

    private func sampleValue(_ column: String) -> String {
        switch column {
        case "group_id": return "g1"
        case "name": return "测试群"
        case "platform": return "QQ"
        case "owner_unit": return "民政科"
        case "owner_id": return "u1"
        case "created_at": return "2025/1/2 8:00"
        case "purpose_tags": return "民政"
        case "task_end": return "2025-12-31"
        case "protected": return "是"
        case "member_id": return "u1"
        case "unit": return "城管科"
        case "role": return "管理员"
        case "joined_at": return "2025-01-03"
        case "left_at": return "2025-06-03"
        case "sent_at": return "1767225600"
        case "sender_id": return "u1"
        case "message_id": return "m1"
        case "kind": return "图片"
        case "text": return "现场照片"
        default: return ""
        }
    }

    @Test("purpose tags split on ; ； , ， | and 、")
    func tagSeparators() {
        #expect(CanonicalImporter.splitTags("防汛;应急；值班,网格，通知|民政、 党建 ;防汛") ==
                ["防汛", "应急", "值班", "网格", "通知", "民政", "党建"])
        #expect(CanonicalImporter.splitTags(nil).isEmpty)
    }

    @Test("protected accepts true/false, 是/否, 1/0")
    func flags() {
        for yes in ["true", "TRUE", "是", "1", "yes"] { #expect(CanonicalImporter.parseFlag(yes) == true) }
        for no in ["false", "否", "0", "no", ""] { #expect(CanonicalImporter.parseFlag(no) == false) }
        #expect(CanonicalImporter.parseFlag("maybe") == nil)
    }

    @Test("extra columns are imported around and warned about once per file")
    func extraColumns() throws {
        let store = try GroupStore.inMemory()
        let folder = try folder(groups: "group_id,name,备注,Color\ng1,A,x,red\ng2,B,y,blue\n")
        let summary = try TestFiles.importFolder(folder, into: store)
        #expect(summary.warnings.count == 1)
        #expect(summary.warnings[0].contains("'备注', 'Color'"))
        #expect(summary.counts.groupsAdded == 2)
    }

    @Test("re-importing the same export adds nothing")
    func idempotent() throws {
        let store = try GroupStore.inMemory()
        let fixture = try TestFiles.fixture("canonical-basic")
        try TestFiles.importFolder(fixture, into: store)
        let before = try TestFiles.dump(store).filter { !$0.hasPrefix("import_runs:") && !$0.hasPrefix("groups:") }
        let statsBefore = try store.statistics()
        let again = try TestFiles.importFolder(fixture, into: store)
        #expect(again.counts.groupsAdded == 0)
        #expect(again.counts.peopleAdded == 0)
        #expect(again.counts.membershipsAdded == 0)
        #expect(again.counts.membershipsInferred == 0)
        #expect(again.counts.messagesAdded == 0)
        #expect(again.counts.recordsSkipped == 6)
        var statsAfter = try store.statistics()
        statsAfter.importRuns = statsBefore.importRuns
        #expect(statsAfter == statsBefore)
        let after = try TestFiles.dump(store).filter { !$0.hasPrefix("import_runs:") && !$0.hasPrefix("groups:") }
        #expect(after == before)
    }

    @Test("messages without ids are deduplicated by group, time, sender and text")
    func dedupWithoutIDs() throws {
        let store = try GroupStore.inMemory()
        let messages = "group_id,sent_at,sender_id,text\ng1,2026-03-05 09:00,u1,收到\ng1,2026-03-05 09:00,u2,收到\ng1,2026-03-05 09:00,u1,好的\n"
        try TestFiles.importFolder(try folder(messages: messages), into: store)
        let again = try TestFiles.importFolder(try folder(messages: messages, name: "again"), into: store)
        #expect(again.counts.messagesAdded == 0)
        #expect(try store.statistics().messages == 3)
    }

    @Test("GB18030 files with Chinese headers, and UTF-8 with BOM and CRLF, import")
    func encodings() throws {
        let store = try GroupStore.inMemory()
        let summary = try TestFiles.importFolder(try TestFiles.fixture("canonical-chinese-gb18030"), into: store)
        #expect(summary.files.map(\.encoding) == ["GB18030", "GB18030", "GB18030"])
        #expect(try store.connection.queryFirst("SELECT name FROM groups") { $0.string(0) } == "民政科工作群")
        #expect(try store.connection.scalarInt("SELECT COUNT(*) FROM messages WHERE text = '好的'") == 1)
        let bom = try TestFiles.makeFolder()
        _ = try TestFiles.write([0xEF, 0xBB, 0xBF] + Array("群ID,群名称\r\nb1,带BOM的群\r\n".utf8), to: bom, as: "groups.csv")
        try TestFiles.importFolder(bom, into: store)
        #expect(try store.connection.scalarInt("SELECT COUNT(*) FROM groups WHERE source_id = 'b1' AND name = '带BOM的群'") == 1)
    }

    @Test("--no-text keeps classes, lengths and hashes but no text")
    func noText() throws {
        let store = try GroupStore.inMemory()
        try TestFiles.importFolder(try folder(), into: store, keepText: false)
        let db = store.connection
        #expect(try db.scalarInt("SELECT COUNT(*) FROM messages WHERE text IS NOT NULL") == 0)
        #expect(try db.scalarInt("SELECT COUNT(*) FROM messages WHERE content_hash IS NOT NULL AND text_length > 0 AND content_class IS NOT NULL") == 2)
    }

    // MARK: - Bad input: the error names file, line and problem, and the database is unchanged.

    private func expectFailure(_ folder: URL, file: String, line: Int?, mentions: [String],
                               hides: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let store = try GroupStore.inMemory()
        try TestFiles.importFolder(try TestFiles.fixture("canonical-basic"), into: store)
        let before = try TestFiles.dump(store)
        do {
            try TestFiles.importFolder(folder, into: store)
            Issue.record("expected the import to fail", sourceLocation: sourceLocation)
        } catch {
            let text = "\(error)"
            #expect(text.contains(file), "\(text)", sourceLocation: sourceLocation)
            if let line { #expect(text.contains("line \(line)"), "\(text)", sourceLocation: sourceLocation) }
            for word in mentions { #expect(text.contains(word), "\(text)", sourceLocation: sourceLocation) }
            for word in hides { #expect(!text.contains(word), "leaked: \(text)", sourceLocation: sourceLocation) }
        }
        #expect(try TestFiles.dump(store) == before, "the failed import changed the database", sourceLocation: sourceLocation)
    }

    @Test("a missing required column is named with the accepted names")
    func missingColumn() throws {
        try expectFailure(try folder(members: "group_id,name\ng1,张伟\n"),
                          file: "members.csv", line: nil, mentions: ["member_id", "成员ID".lowercased()])
        try expectFailure(try folder(groups: "group_id\ng1\n", name: "groups"), file: "groups.csv", line: nil, mentions: ["'name'"])
    }

    @Test("a bad time names the file, line and the accepted shapes")
    func badTime() throws {
        try expectFailure(
            try folder(messages: Self.messages + "g2,next tuesday,u2,m3,text,秘密内容\n"),
            file: "messages.csv", line: 4, mentions: ["sent_at", "next tuesday", "2026-03-05"], hides: ["秘密内容"])
    }

    @Test("a member of an unknown group is refused at its line")
    func unknownGroup() throws {
        try expectFailure(try folder(members: Self.members + "g9,u3,王芳\n"),
                          file: "members.csv", line: 5, mentions: ["'g9'"])
    }

    @Test("broken quoting fails the whole import")
    func brokenQuoting() throws {
        try expectFailure(try folder(messages: Self.messages + "g1,2026-03-05 10:00,u1,m3,text,\"unterminated 秘密\n"),
                          file: "messages.csv", line: 4, mentions: ["quot"], hides: ["秘密"])
    }

    @Test("other bad values: kind, role, protected, field count, duplicate group, missing value, missing groups.csv")
    func otherBadValues() throws {
        try expectFailure(try folder(messages: Self.messages + "g1,2026-03-05 10:00,u1,m3,telepathy,秘密\n", name: "kind"),
                          file: "messages.csv", line: 4, mentions: ["telepathy", "checkin"], hides: ["秘密"])
        try expectFailure(try folder(members: Self.members + "g1,u3,王芳,extra\n", name: "count"),
                          file: "members.csv", line: 5, mentions: ["fields"])
        try expectFailure(try folder(members: "group_id,member_id,role\ng1,u1,boss\n", name: "role"),
                          file: "members.csv", line: 2, mentions: ["boss", "群主"])
        try expectFailure(try folder(groups: "group_id,name,protected\ng1,A,maybe\n", name: "protected"),
                          file: "groups.csv", line: 2, mentions: ["maybe", "是/否"])
        try expectFailure(try folder(groups: "group_id,name\ng1,A\ng1,B\n", name: "dup"),
                          file: "groups.csv", line: 3, mentions: ["g1"])
        try expectFailure(try folder(messages: "group_id,sent_at,sender_id\ng1,2026-03-05 10:00,\n", name: "empty"),
                          file: "messages.csv", line: 2, mentions: ["sender_id"])
        let noGroups = try TestFiles.canonicalFolder(["members.csv": Self.members], name: "nogroups")
        #expect(throws: ImportError.self) { try TestFiles.importFolder(noGroups, into: try GroupStore.inMemory()) }
        // Every format is tried, the canonical one first.
        let tried = ImportFormat.allCases.compactMap { $0.importer?.expectation }
        #expect(tried.first == "canonical (a folder with groups.csv, members.csv, messages.csv)")
        #expect(throws: ImportError.unknownFormat(path: noGroups.path, tried: tried)) {
            _ = try ImportFormat.detect(noGroups)
        }
    }
}
