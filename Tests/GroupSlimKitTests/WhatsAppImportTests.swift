import Foundation
import Testing
@testable import GroupSlimKit

@Suite("WhatsApp import")
struct WhatsAppImportTests {
    static let android = "whatsapp/WhatsApp Chat with Road Repair Crew.txt"

    @Test("Android en-US: messages, kinds, events, phone authors, repeats, edits and times")
    func androidEnglish() throws {
        let store = try GroupStore.inMemory()
        let url = try TestFiles.fixture(WhatsAppImportTests.android)
        let summary = try ChatImport.run(url, into: store)
        #expect(summary.format == "whatsapp")
        #expect(summary.counts.groupsAdded == 1)
        #expect(summary.counts.messagesAdded == 17)  // the two identical "ok" in one minute are both kept
        #expect(summary.warnings.isEmpty)  // 12/28 proves month/day
        #expect(try ChatImport.kinds(store, group: "Road Repair Crew")
                == ["system": 10, "text": 4, "file": 1, "image": 1, "location": 1])
        #expect(try ChatImport.memberships(store, group: "Road Repair Crew") == [
            "+14155550134:member:event:joined", "Dan Okafor:member:event:joined:left", "Maria Lopez:owner:event:joined",
            "Priya Nair:member:event:joined:left", "Tom Becker:member:event:joined",
        ])
        let db = store.connection
        #expect(try db.queryFirst("SELECT created_at FROM groups") { $0.int64(0) } == ChatImport.ms("2024-12-28T09:05:00+08:00"))
        // 12:02 AM is just after midnight; the caption follows the attachment line.
        let image = try db.queryFirst("SELECT sent_at, text, sent_raw FROM messages WHERE kind = 'image'") {
            ($0.int64(0), $0.string(1), $0.string(2))
        }
        #expect(image?.0 == ChatImport.ms("2024-12-29T00:02:00+08:00"))
        #expect(image?.1 == "Pothole on Elm St, 40cm wide")
        #expect(image?.2 == "12/29/24, 12:02 AM")
        let texts = try db.query("SELECT text FROM messages WHERE kind = 'text' ORDER BY sent_at, id") { $0.string(0) }
        #expect(texts[0] == "Morning all. Crew meets at the depot at 7:30 tomorrow.\nBring the cones: we need twelve.\n\nAlso: gloves.")
        #expect(texts.last == "Schedule for next week: Mon and Tue off")  // "<This message was edited>" dropped
        let phone = try db.queryFirst("SELECT display_name FROM people WHERE source_id = '+14155550134'") { $0.string(0) }
        #expect(phone == "+1 (415) 555-0134")  // U+202A/U+202C marks gone
        // A deleted message is a system message of its sender, without text.
        #expect(try db.scalarInt("""
            SELECT COUNT(*) FROM messages m JOIN people p ON p.id = m.sender_id
            WHERE m.kind = 'system' AND p.source_id = 'Maria Lopez' AND m.text IS NULL
            """) == 1)
        // Importing again adds nothing.
        let again = try ChatImport.run(url, into: store)
        #expect(again.counts.messagesAdded == 0)
        #expect(again.counts.recordsSkipped == 17)
    }

    @Test("times are wall-clock times in --timezone")
    func zoneHandling() throws {
        let store = try GroupStore.inMemory()
        _ = try ChatImport.run(try TestFiles.fixture(WhatsAppImportTests.android), into: store,
                               zone: TimeZone(identifier: "America/New_York")!)
        let image = try store.connection.queryFirst("SELECT sent_at FROM messages WHERE kind = 'image'") { $0.int64(0) }
        #expect(image == ChatImport.ms("2024-12-29T00:02:00-05:00"))
    }

    struct Locale: Sendable, CustomTestStringConvertible {
        var file: String
        var group: String
        var kinds: [String: Int]
        var members: [String]
        var first: String
        var last: String
        var testDescription: String { group }
    }

    static let locales: [Locale] = [
        Locale(file: "whatsapp/WhatsApp Chat - Flood Duty/_chat.txt", group: "Flood Duty",
               kinds: ["image": 2, "system": 5, "text": 2, "voice": 1],
               members: ["Ana Silva:member:event:joined", "Wei Zhang:member:event:joined"],
               first: "2025-02-03T08:15:02+08:00", last: "2025-03-01T10:00:00+08:00"),
        Locale(file: "whatsapp/WhatsApp Chat mit Elternbeirat.txt", group: "Elternbeirat",
               kinds: ["file": 1, "image": 1, "system": 5, "text": 1],
               members: ["Jonas Weber:owner:event:joined", "Petra Klein:member:event:joined:left"],
               first: "2024-09-02T19:30:00+08:00", last: "2024-09-13T08:00:00+08:00"),
        Locale(file: "whatsapp/Chat de WhatsApp con Vecinos.txt", group: "Vecinos",
               kinds: ["image": 1, "system": 2, "text": 2],
               members: ["Lucía Gómez:owner:event:joined", "Pedro Ruiz:member:event:joined"],
               first: "2018-06-03T09:00:00+08:00", last: "2018-06-15T12:30:00+08:00"),
        Locale(file: "whatsapp/Discussion WhatsApp avec Comité des fêtes.txt", group: "Comité des fêtes",
               kinds: ["file": 1, "system": 2, "text": 1],
               members: ["Claire Martin:owner:event:joined", "Luc Bernard:member:event:joined"],
               first: "2024-05-21T18:00:00+08:00", last: "2024-05-22T08:31:00+08:00"),
        Locale(file: "whatsapp/Conversa do WhatsApp com Mutirão.txt", group: "Mutirão",
               kinds: ["system": 3, "text": 1],
               members: ["Ana Souza:owner:event:joined", "Bruno Lima:member:event:joined:left"],
               first: "2025-03-10T07:00:00+08:00", last: "2025-03-25T19:00:00+08:00"),
        Locale(file: "whatsapp/与社区网格群的 WhatsApp 聊天.txt", group: "社区网格群",
               kinds: ["file": 1, "system": 2, "text": 2],
               members: ["李强:member:event:joined", "王芳:owner:event:joined"],
               first: "2026-04-06T09:00:00+08:00", last: "2026-04-07T12:30:00+08:00"),
    ]

    @Test("locale variants: iOS and Android, en-GB, de, es (a. m. with NBSP), fr, pt-BR, zh-CN (上午/下午)", arguments: locales)
    func localeVariant(_ locale: Locale) throws {
        let (store, summary) = try ChatImport.fixture(locale.file, detectedAs: .whatsapp)
        #expect(summary.warnings.isEmpty)
        #expect(try ChatImport.kinds(store, group: locale.group) == locale.kinds)
        #expect(try ChatImport.memberships(store, group: locale.group) == locale.members)
        let span = try ChatImport.span(store, group: locale.group)
        #expect(span?.0 == ChatImport.ms(locale.first))
        #expect(span?.1 == ChatImport.ms(locale.last))
    }

    @Test("a folder of chats imports each file as its own group")
    func folderOfChats() throws {
        let store = try GroupStore.inMemory()
        let summary = try ChatImport.run(try TestFiles.fixture("whatsapp"), into: store)
        #expect(summary.files.count == 6)  // the top-level .txt files; _chat.txt sits in its own folder
        #expect(try store.connection.query("SELECT name FROM groups ORDER BY name") { $0.string(0) } == [
            "Comité des fêtes", "Elternbeirat", "Mutirão", "Road Repair Crew", "Vecinos", "社区网格群",
        ])
    }

    @Test("the export's ZIP (iOS _chat.txt named by the archive, Android with media) reads as the unpacked text")
    func zipExports() throws {
        let flood = try TestFiles.fixture("whatsapp-zip/WhatsApp Chat - Flood Duty.zip")
        #expect(try ImportFormat.detect(flood) == .whatsapp)
        let store = try GroupStore.inMemory()
        let summary = try ChatImport.run(flood, into: store)
        #expect(summary.files.map(\.path) == [flood.path + "[_chat.txt]"])
        let unpacked = try GroupStore.inMemory()
        _ = try ChatImport.run(try TestFiles.fixture("whatsapp/WhatsApp Chat - Flood Duty/_chat.txt"), into: unpacked)
        let messages = "SELECT g.name, m.sent_at, m.kind, m.text FROM messages m JOIN groups g ON g.id = m.group_id ORDER BY 2, 3, 4"
        let rows: (SQLiteRow) throws -> String = { "\($0.string(0))|\($0.int64(1))|\($0.string(2))|\($0.value(3))" }
        #expect(try store.connection.query(messages, [], rows) == unpacked.connection.query(messages, [], rows))
        #expect(try ChatImport.memberships(store, group: "Flood Duty") == ["Ana Silva:member:event:joined", "Wei Zhang:member:event:joined"])

        // A folder of downloaded exports: each ZIP is its own chat, titled from its name.
        let folder = try ChatImport.run(try TestFiles.fixture("whatsapp-zip"), into: GroupStore.inMemory())
        #expect(folder.counts.groupsAdded == 2)
        #expect(folder.files.map { URL(fileURLWithPath: $0.path).lastPathComponent }
                == ["WhatsApp Chat - Flood Duty.zip[_chat.txt]", "WhatsApp Chat with Road Repair Crew.zip[WhatsApp Chat with Road Repair Crew.txt]"])
        #expect(folder.counts.messagesAdded == summary.counts.messagesAdded + 17)

        // The iOS ZIP unpacked into a folder of its own, passed one level up: titled from the inner folder.
        let outer = try TestFiles.makeFolder()
        try FileManager.default.copyItem(at: try TestFiles.fixture("whatsapp/WhatsApp Chat - Flood Duty"),
                                         to: outer.appendingPathComponent("WhatsApp Chat - Flood Duty"))
        let nested = try GroupStore.inMemory()
        _ = try ChatImport.run(outer, into: nested)
        #expect(try nested.connection.query(messages, [], rows) == unpacked.connection.query(messages, [], rows))
    }

    @Test("a ZIP without a chat text, or cut short, is refused with its name; nothing is stored")
    func badZips() throws {
        let folder = try TestFiles.makeFolder()
        let source = Array(try Data(contentsOf: try TestFiles.fixture("whatsapp-zip/WhatsApp Chat - Flood Duty.zip")))
        let cut = try TestFiles.write(Array(source.prefix(source.count - 40)), to: folder, as: "WhatsApp Chat - Cut.zip")
        let store = try GroupStore.inMemory()
        #expect(throws: ZipError.self) { try ExportAssertions.importSource(cut, into: store, format: .whatsapp) }
        let mediaOnly = try TestFiles.write(Array(SlackImportTests.storedZip(entries: ["IMG-0001.jpg"])), to: folder, as: "media.zip")
        #expect(throws: ImportError.notAFolder(path: mediaOnly.path, expected: "a folder or ZIP archive holding WhatsApp .txt exports")) {
            try ExportAssertions.importSource(mediaOnly, into: store, format: .whatsapp)
        }
        #expect(try TestFiles.dump(store).isEmpty)
    }

    @Test("ambiguous day/month order warns, and --date-order decides")
    func ambiguousDates() throws {
        let url = try TestFiles.fixture("whatsapp-ambiguous/WhatsApp Chat with Ambiguous.txt")
        let store = try GroupStore.inMemory()
        let summary = try ChatImport.run(url, into: store)
        #expect(summary.warnings.count == 1)
        #expect(summary.warnings.first?.contains("--date-order") == true)
        let first = "SELECT sent_at FROM messages ORDER BY id LIMIT 1"
        #expect(try store.connection.scalarInt(first) == ChatImport.ms("2025-02-01T09:00:00+08:00"))  // read d/m
        let mdy = try GroupStore.inMemory()
        let decided = try ChatImport.run(url, into: mdy, dateOrder: .mdy)
        #expect(decided.warnings.isEmpty)
        #expect(try mdy.connection.scalarInt(first) == ChatImport.ms("2025-01-02T09:00:00+08:00"))
    }

    @Test("header grammar: meridiems, dot times, year first, loose separators, text that only looks like a date")
    func headerGrammar() throws {
        let parser = WhatsAppHeaderParser()
        let pm = parser.messageStart("3/6/18, 1:55 p.m. - a: m")
        #expect(pm?.hour24 == 13)
        #expect(pm?.body == "a: m")
        #expect(parser.messageStart("03-06-2018, 01.55 PM - a: m")?.hour24 == 13)
        #expect(parser.messageStart("13.06.18 21.25.15: a: m")?.second == 15)
        #expect(parser.messageStart("[06.13.18 21:25:15] a: m")?.parts == [6, 13, 18])
        #expect(parser.messageStart("13.6.2018 klo 21.25.15 - a: m")?.minute == 25)
        #expect(parser.messageStart("13. 6. 2018. 21:25:15 a: m")?.parts == [13, 6, 2018])
        #expect(parser.messageStart("[2018/06/13, 21:25:15] a: m")?.partDigits == [4, 2, 2])
        #expect(parser.messageStart("2024/12/01, 10:04 pm - Alice: x")?.hour24 == 22)
        #expect(parser.messageStart("[2025/12/22 下午12:35:08] 名字: 内容")?.hour24 == 12)
        #expect(parser.messageStart("[01/01/19 12:25 AM] John: x")?.hour24 == 0)
        // Continuation lines that only look like headers.
        #expect(parser.messageStart("2016-04-29 10:30:00 is when it happened") == nil)
        #expect(parser.messageStart("12/31/24 is the deadline") == nil)
        #expect(parser.messageStart("[31/12/2024, 25:41:05] A: x") == nil)
    }

    @Test("system lines: table-driven per language, names never contain ': '")
    func systemLines() {
        let added = WhatsAppEventCatalog.event(in: "Sarah added Mom, Dad and Jake")
        #expect(added == WhatsAppEvent(kind: .added, actor: "Sarah", targets: ["Mom", "Dad", "Jake"], newName: nil))
        #expect(WhatsAppEventCatalog.event(in: "You added Ana")?.actor == nil)
        #expect(WhatsAppEventCatalog.event(in: "Bob: Alice left") == nil)
        #expect(WhatsAppEventCatalog.event(in: "X hat den Betreff von „A“ zu „B“ geändert.")?.newName == "B")
        #expect(WhatsAppEventCatalog.event(in: "Y wurde entfernt.")?.targets == ["Y"])
        #expect(WhatsAppEventCatalog.event(in: "Te uniste mediante el enlace de invitación de este grupo.")?.kind == .joinedByLink)
        #expect(WhatsAppEventCatalog.event(in: "王芳退出了群组")?.kind == .left)
        #expect(WhatsAppEventCatalog.event(in: "Alice's security code changed. Tap to learn more.")?.kind == .securityCodeChanged)
        #expect(WhatsAppMedia.read("PTT-20210428-WA0001.opus (file attached)").kind == .voice)
        #expect(WhatsAppMedia.read("<attached: 00000042-VIDEO-2020-06-07-15-13-20.mp4>").kind == .video)
        #expect(WhatsAppMedia.read("‎report.pdf • 3 pages document omitted").kind == .file)
        #expect(WhatsAppMedia.read("<附件：IMG_0001.jpg>").kind == .image)
        #expect(WhatsAppMedia.read("STK-20210428-WA0002.webp (file attached)").kind == .sticker)
    }

    @Test("bad input: garbage, empty file, an impossible date at line N, wrong encoding; the database is unchanged")
    func badInput() throws {
        let store = try GroupStore.inMemory()
        _ = try ChatImport.run(try TestFiles.fixture(WhatsAppImportTests.android), into: store)
        let before = try ChatImport.dump(store)

        let garbage = try ChatImport.file("hello there\nthis is not a chat\n", named: "notes.txt")
        // No format fits: the error names the closest one (a .txt, stopped at line 1) and quotes that line.
        do {
            _ = try ChatImport.run(garbage, into: store)
            Issue.record("garbage imported")
        } catch let error as ImportError {
            guard case .unknownFormat(let path, let tried, let closest) = error else { Issue.record("\(error)"); return }
            #expect(path == garbage.path)
            #expect(tried == ImportFormat.allCases.compactMap { $0.importer?.expectation })
            #expect(closest?.hasPrefix("closest is qq, which stopped here: \(garbage.path), line 1: expected") == true)
            #expect(closest?.hasSuffix("That line reads \"hello there\".") == true)
        }
        #expect(throws: ImportError.unexpectedLine(file: garbage.path, line: 1, expected: WhatsAppImporter.lineShape)) {
            try ChatImport.run(garbage, into: store, format: .whatsapp)
        }
        let empty = try ChatImport.file("", named: "WhatsApp Chat with Nobody.txt")
        #expect(throws: ImportError.emptyFile(file: empty.path, expected: WhatsAppImporter.lineShape)) {
            try ChatImport.run(empty, into: store, format: .whatsapp)
        }
        let badDate = try ChatImport.file("[14/12/2024, 21:41:05] A: first\nsecond line\n[31/02/2024, 10:00:00] B: zqzq\n",
                                          named: "WhatsApp Chat with Dates.txt")
        do {
            _ = try ChatImport.run(badDate, into: store)
            Issue.record("an impossible date must fail")
        } catch let error as ImportError {
            guard case .badValue(let file, let line, let column, let value, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(file == badDate.path && line == 3 && column == "date" && value == "31/02/2024, 10:00:00")
            #expect(!error.description.contains("zqzq"))  // no message text in errors
        }
        let latin1 = try TestFiles.write([0x5B] + Array("14/12/2024, 21:41:05] A: caf".utf8) + [0xE9, 0xFF, 0x0A],
                                         to: try TestFiles.makeFolder(), as: "WhatsApp Chat with Latin.txt")
        #expect(throws: ImportError.unsupportedEncoding(file: latin1.path, detail: "the bytes are neither UTF-8 nor GB18030")) {
            try ChatImport.run(latin1, into: store, format: .whatsapp)
        }
        #expect(try ChatImport.dump(store) == before)
    }
}
