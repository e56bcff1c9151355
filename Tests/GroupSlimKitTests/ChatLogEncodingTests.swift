import Foundation
import Testing
@testable import GroupSlimKit

@Suite("Chat-log encodings and line ends")
struct ChatLogEncodingTests {
    @Test("every supported encoding and line end reads the same WhatsApp chat", arguments: [
        ("encodings/whatsapp-utf16le.txt", "UTF-16LE"), ("encodings/whatsapp-utf16be.txt", "UTF-16BE"),
        ("encodings/whatsapp-gb18030.txt", "GB18030"), ("encodings/whatsapp-cr.txt", "UTF-8"),
        ("encodings/whatsapp-utf8bom-crlf.txt", "UTF-8 (BOM)"),
    ])
    func whatsApp(_ file: String, _ encoding: String) throws {
        let (store, summary) = try ChatImport.fixture(file, detectedAs: .whatsapp)
        #expect(summary.files.first?.encoding == encoding)
        let rows = try store.connection.query("SELECT sent_at, text FROM messages ORDER BY sent_at") { ($0.int64(0), $0.string(1)) }
        #expect(rows.map(\.0) == [ChatImport.ms("2025-01-15T09:00:00+08:00"), ChatImport.ms("2025-01-16T10:30:00+08:00")])
        #expect(rows.map(\.1) == ["今天下午三点开会\n请准时到场", "收到"])
    }

    @Test("WeChat and Teams CSVs in UTF-16 (LE, BE) and GB18030, with CR or CRLF line ends", arguments: [
        ("encodings/wechat-chatlog-gb18030.csv", ImportFormat.wechat, "GB18030", 5, "物业协调群"),
        ("encodings/wechat-chatlog-utf16le-cr.csv", .wechat, "UTF-16LE", 5, "物业协调群"),
        ("encodings/wechat-pywxdump-utf16be.csv", .wechat, "UTF-16BE", 7, "23456789012@chatroom"),
        ("encodings/teams-utf16le.csv", .teams, "UTF-16LE", 4, "Street Cleaning"),
        ("encodings/teams-gb18030-cr.csv", .teams, "GB18030", 4, "预算办公室"),
    ])
    func csvFormats(_ file: String, _ format: ImportFormat, _ encoding: String, _ records: Int, _ group: String) throws {
        let (store, summary) = try ChatImport.fixture(file, detectedAs: format)
        #expect(summary.files.first?.encoding == encoding)
        #expect(summary.files.first?.records == records)
        #expect(try store.connection.scalarInt("SELECT COUNT(*) FROM groups WHERE name = ?", [group]) == 1)
    }

    @Test("the line reader splits LF, CRLF and lone CR, and names the line of bad UTF-8")
    func lineReader() throws {
        let folder = try TestFiles.makeFolder()
        let mixed = try TestFiles.write(Array("a\r\nb\rc\n\nd".utf8), to: folder, as: "mixed.txt")
        let reader = try TextLineReader(url: mixed)
        var lines: [String] = []
        while let line = try reader.nextLine() { lines.append(line) }
        #expect(lines == ["a", "b", "c", "", "d"])
        // Valid UTF-8 for the first megabyte, then a stray byte on line 3 of the next chunk.
        let padding = String(repeating: "x", count: 1_100_000)
        let bad = try TestFiles.write(Array("ok\n\(padding)\n".utf8) + [0xC3, 0x28, 0x0A], to: folder, as: "bad.txt")
        let badReader = try TextLineReader(url: bad)
        #expect(throws: ImportError.invalidUTF8(file: bad.path, line: 3)) {
            while try badReader.nextLine() != nil {}
        }
    }
}
