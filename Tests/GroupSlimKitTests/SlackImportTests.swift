import Foundation
import Testing
@testable import GroupSlimKit

@Suite("Slack export import")
struct SlackImportTests {
    /// What the fixture must give, from folder or ZIP alike.
    private func expectFixtureContent(_ store: GroupStore, _ summary: ImportSummary) throws {
        #expect(summary.format == "slack")
        #expect(summary.counts.groupsAdded == 4)  // C01, C02, G01 (private), G02 (mpim); D01 skipped
        #expect(summary.counts.messagesAdded == 15)
        #expect(summary.counts.peopleAdded == 5)  // U01–U04 and bot B01; unreferenced users are not people
        #expect(summary.counts.oneToOneChatsSkipped == 1)  // D01, listed in dms.json: counted, its folder not "unknown"
        #expect(!summary.warnings.contains { $0.contains("D01") })
        let db = store.connection
        // Topic and purpose become tags; an mpim's generated purpose does not; string `created` accepted.
        let tags = try db.query("SELECT g.source_id, t.tag FROM group_tags t JOIN groups g ON g.id = t.group_id ORDER BY 1, 2") {
            "\($0.string(0)):\($0.string(1))"
        }
        #expect(tags == ["C01:Daily coordination", "C01:防汛 duty roster", "G01:Leadership"])
        #expect(try db.queryFirst("SELECT created_at, created_raw, owner_id FROM groups WHERE source_id = 'C02'") {
            "\($0.int64(0))|\($0.string(1))|\($0.string(2))"
        } == "1706745600000|1706745600|U02")
        // Roster ∪ events ∪ senders, each with provenance and dates.
        #expect(try ExportAssertions.memberships(store, group: "C01") == [
            "U01:member:roster:j1704067260000", "U02:member:roster", "U03:member:roster",
            "U04:member:event:j1704067300000:l1704153600000",
        ])
        #expect(try ExportAssertions.memberships(store, group: "C02") == [
            "U02:member:inferred:j1706785200000", "U03:member:inferred:j1706781600000",
        ])
        #expect(try ExportAssertions.memberships(store, group: "G01") == [
            "U01:member:roster", "U02:member:roster", "U03:member:event:j1709287200000",
        ])
        // Kinds: joins/leaves/topic are system, bot_message is bot, files by mimetype (new and old shapes).
        #expect(try ExportAssertions.kinds(store, group: "C01") == ["bot=1", "file=1", "image=1", "system=4", "text=3"])
        #expect(try ExportAssertions.kinds(store, group: "C02") == ["text=1", "video=1"])
        #expect(try ExportAssertions.kinds(store, group: "G02") == ["voice=1"])
        // ts is the message id and the time (exact, not via Double); HTML escapes undone.
        let message = try db.queryFirst("""
            SELECT m.sent_at, m.sent_raw, m.text, p.display_name FROM messages m JOIN people p ON p.id = m.sender_id
            WHERE m.source_message_id = '1704070800.000300'
            """) { ($0.int64(0), $0.string(1), $0.string(2), $0.string(3)) }
        #expect(message?.0 == 1_704_070_800_000)
        #expect(message?.1 == "1704070800.000300")
        #expect(message?.2 == "请各位今晚 & 明早检查 <泵站> <!channel>")
        #expect(message?.3 == "张伟")
        #expect(try db.scalarInt("SELECT COUNT(*) FROM messages WHERE mentions_all = 1") >= 0)
        #expect(try db.queryFirst("SELECT display_name FROM people WHERE source_id = 'B01'") { $0.string(0) } == "floodbot")
    }

    @Test("an unpacked export folder: channels, private groups, mpims, users and day files")
    func folder() throws {
        let store = try GroupStore.inMemory()
        let url = try TestFiles.fixture("slack-export")
        #expect(try ImportFormat.detect(url) == .slack)
        let summary = try ExportAssertions.importSource(url, into: store)
        try expectFixtureContent(store, summary)
        // Importing again adds nothing.
        let again = try ExportAssertions.importSource(url, into: store)
        #expect(again.counts.messagesAdded == 0)
        #expect(again.counts.groupsAdded == 0)
    }

    @Test("an export unpacked into a folder of its own (one level down) is found and reads the same")
    func nestedFolder() throws {
        let outer = try TestFiles.makeFolder()
        try FileManager.default.copyItem(at: try TestFiles.fixture("slack-export"),
                                         to: outer.appendingPathComponent("Acme Slack export Jan 1 2024 - Jun 30 2024"))
        #expect(try ImportFormat.detect(outer) == .slack)
        let store = try GroupStore.inMemory()
        try expectFixtureContent(store, try ExportAssertions.importSource(outer, into: store))
    }

    @Test("a ZIP made by macOS Finder: __MACOSX, ._ and .DS_Store entries are ignored and the top folder still found")
    func finderZip() throws {
        let url = try TestFiles.makeFolder().appendingPathComponent("export.zip")
        try Data(Self.storedZip(entries: ["Acme export/channels.json", "Acme export/general/2024-01-01.json",
                                          "__MACOSX/Acme export/._channels.json", "Acme export/.DS_Store",
                                          "Acme export/general/._2024-01-01.json"])).write(to: url)
        #expect(try ExportTree(url: url).paths == ["channels.json", "general/2024-01-01.json"])
        // The same archive unpacked: its __MACOSX folder does not hide the top folder either.
        let unpacked = try TestFiles.makeFolder()
        for path in ["Acme export/general", "__MACOSX/Acme export"] {
            try FileManager.default.createDirectory(at: unpacked.appendingPathComponent(path), withIntermediateDirectories: true)
        }
        for path in ["Acme export/channels.json", "Acme export/general/2024-01-01.json", "__MACOSX/Acme export/._channels.json"] {
            try Data().write(to: unpacked.appendingPathComponent(path))
        }
        #expect(try ExportTree(url: unpacked).paths == ["channels.json", "general/2024-01-01.json"])
    }

    @Test("the same export as a ZIP with a top folder, read without unpacking")
    func zipArchive() throws {
        let store = try GroupStore.inMemory()
        let url = try TestFiles.fixture("slack-export.zip")
        #expect(try ImportFormat.detect(url) == .slack)
        try expectFixtureContent(store, try ExportAssertions.importSource(url, into: store))
    }

    @Test("a ZIP of stored (uncompressed) entries at the root reads the same")
    func storedZip() throws {
        let store = try GroupStore.inMemory()
        let url = try TestFiles.fixture("slack-export-stored.zip")
        #expect(try ImportFormat.detect(url) == .slack)
        try expectFixtureContent(store, try ExportAssertions.importSource(url, into: store))
    }

    @Test("a truncated ZIP is an error and the database is unchanged")
    func truncatedZip() throws {
        let store = try GroupStore.inMemory()
        let bytes = Array(try Data(contentsOf: try TestFiles.fixture("slack-export.zip")))
        let folder = try TestFiles.makeFolder()
        for cut in [bytes.count / 2, bytes.count - 30] {
            let url = try TestFiles.write(Array(bytes.prefix(cut)), to: folder, as: "cut\(cut).zip")
            let before = try TestFiles.dump(store)
            #expect(throws: (any Error).self) { try ExportAssertions.importSource(url, into: store, format: .slack) }
            #expect(try TestFiles.dump(store) == before)
        }
        // A byte flipped inside compressed data fails the checksum or the inflate, naming the entry.
        var damaged = bytes
        damaged[200] ^= 0xFF
        let url = try TestFiles.write(damaged, to: folder, as: "damaged.zip")
        do {
            try ExportAssertions.importSource(url, into: store, format: .slack)
            Issue.record("no error")
        } catch {
            #expect("\(error)".contains("damaged.zip"))
        }
        #expect(try store.statistics().messages == 0)
    }

    @Test("ZIP bombs, traversal names and too many entries are refused with clear errors")
    func zipGuards() throws {
        let store = try GroupStore.inMemory()
        #expect(throws: ZipError.expansionRatio(file: try TestFiles.fixture("zip-bomb.zip").path,
                                                entry: "general/2024-01-01.json", limit: 250)) {
            try ExportAssertions.importSource(try TestFiles.fixture("zip-bomb.zip"), into: store, format: .slack)
        }
        #expect(throws: ZipError.unsafeEntryName(file: try TestFiles.fixture("zip-traversal.zip").path,
                                                 entry: "../../etc/evil.json")) {
            try ExportAssertions.importSource(try TestFiles.fixture("zip-traversal.zip"), into: store, format: .slack)
        }
        let url = try TestFiles.fixture("slack-export.zip")
        #expect(throws: ZipError.self) { try ZipArchive(url: url, displayName: "x", limits: ZipLimits(maxEntries: 5)) }
        let archive = try ZipArchive(url: url, displayName: "x", limits: ZipLimits(maxTotalBytes: 1000))
        #expect(throws: ZipError.tooLarge(file: "x", limit: 1000)) {
            for entry in archive.entries {
                let stream = try archive.open(entry)
                var buffer = [UInt8](repeating: 0, count: 4096)
                while try buffer.withUnsafeMutableBytes({ try stream.read(into: $0) }) > 0 {}
            }
        }
        #expect(try store.statistics().groups == 0)
    }

    @Test("a ZIP of 100,000 entries is read without trouble, refused past the entry limit, and never crashes an import")
    func hundredThousandEntries() throws {
        let folder = try TestFiles.makeFolder()
        let url = folder.appendingPathComponent("many.zip")
        try Data(Self.storedZip(entries: (0..<100_000).map { "junk/\($0).json" })).write(to: url)
        let archive = try ZipArchive(url: url, displayName: "many.zip")
        #expect(archive.entries.count == 100_000)
        #expect(throws: ZipError.tooManyEntries(file: "many.zip", count: 100_000, limit: 50_000)) {
            try ZipArchive(url: url, displayName: "many.zip", limits: ZipLimits(maxEntries: 50_000))
        }
        let store = try GroupStore.inMemory()
        #expect(throws: (any Error).self) { try ExportAssertions.importSource(url, into: store, format: .slack) }
        #expect(throws: ImportError.self) { _ = try ImportFormat.detect(url) }
        #expect(try store.statistics().groups == 0)
    }

    /// ZIP64 carries offsets and sizes in 8 bytes each; forged ones used to overflow the reader's
    /// arithmetic (a trap, not an error).
    static let forgedEntries: [(uncompressed: UInt64, compressed: UInt64, offset: UInt64)] = [
        (0, .max, 0), (0, 0, .max), (.max, 0, 0), (.max - 10, .max - 10, .max - 10), (0, 0, 1 << 63), (1 << 40, 0, 0),
    ]
    static let forgedDirectories: [(size: UInt64, offset: UInt64)] = [(46 + 5 + 28, .max), (.max, 1), (.max, .max), (1 << 63, 1 << 63)]

    @Test("forged ZIP64 offsets and sizes up to 2^64 - 1 are errors, never a crash", arguments: forgedEntries)
    func forgedZip64Entry(uncompressed: UInt64, compressed: UInt64, offset: UInt64) throws {
        let folder = try TestFiles.makeFolder()
        let url = folder.appendingPathComponent("forged.zip")
        try Data(Self.zip64(entry: (uncompressed, compressed, offset))).write(to: url)
        do {
            let archive = try ZipArchive(url: url, displayName: "forged.zip")
            for entry in archive.entries {
                let stream = try archive.open(entry)
                var buffer = [UInt8](repeating: 0, count: 4096)
                while try buffer.withUnsafeMutableBytes({ try stream.read(into: $0) }) > 0 {}
            }
            Issue.record("no error")
        } catch let error as ZipError {
            #expect("\(error)".contains("forged.zip"))
        }
        let store = try GroupStore.inMemory()
        #expect(throws: (any Error).self) { try ExportAssertions.importSource(url, into: store, format: .slack) }
        #expect(try store.statistics().groups == 0)
    }

    @Test("a forged ZIP64 end record (directory offset or size near 2^64) is an error", arguments: forgedDirectories)
    func forgedZip64Directory(size: UInt64, offset: UInt64) throws {
        let folder = try TestFiles.makeFolder()
        let url = folder.appendingPathComponent("forged.zip")
        try Data(Self.zip64(entry: (0, 0, 0), directory: (size, offset))).write(to: url)
        #expect(throws: ZipError.self) { try ZipArchive(url: url, displayName: "forged.zip") }
    }

    @Test("the ZIP64 test archive itself is valid when its values are honest")
    func honestZip64() throws {
        let url = try TestFiles.makeFolder().appendingPathComponent("honest.zip")
        try Data(Self.zip64(entry: (0, 0, 0), directory: (46 + 5 + 28, 30 + 5))).write(to: url)
        let archive = try ZipArchive(url: url, displayName: "honest.zip")
        #expect(archive.entries.map(\.name) == ["a.txt"])
        var buffer = [UInt8](repeating: 0, count: 16)
        #expect(try buffer.withUnsafeMutableBytes { try archive.open(archive.entries[0]).read(into: $0) } == 0)
    }

    /// One empty stored entry `a.txt` whose central record defers its uncompressed size,
    /// compressed size and header offset to a ZIP64 extra field holding `entry`; with `directory`
    /// (size, offset), the end of the archive is a ZIP64 end record claiming that directory.
    static func zip64(entry: (UInt64, UInt64, UInt64), directory: (UInt64, UInt64)? = nil) -> [UInt8] {
        var bytes: [UInt8] = []
        func le(_ value: UInt64, _ width: Int) { for index in 0..<width { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(index)))) } }
        let name = Array("a.txt".utf8)
        le(0x0403_4B50, 4); le(45, 2); le(0, 2); le(0, 2); le(0, 2); le(0x21, 2); le(0, 4); le(0, 4); le(0, 4)
        le(UInt64(name.count), 2); le(0, 2); bytes += name
        let centralOffset = UInt64(bytes.count)
        le(0x0201_4B50, 4); le(45, 2); le(45, 2); le(0, 2); le(0, 2); le(0, 2); le(0x21, 2); le(0, 4)
        le(0xFFFF_FFFF, 4); le(0xFFFF_FFFF, 4); le(UInt64(name.count), 2); le(28, 2); le(0, 2); le(0, 2); le(0, 2); le(0, 4)
        le(0xFFFF_FFFF, 4); bytes += name
        le(1, 2); le(24, 2); le(entry.0, 8); le(entry.1, 8); le(entry.2, 8)
        let centralSize = UInt64(bytes.count) - centralOffset
        if let (size, offset) = directory {
            let recordOffset = UInt64(bytes.count)
            le(0x0606_4B50, 4); le(44, 8); le(45, 2); le(45, 2); le(0, 4); le(0, 4); le(1, 8); le(1, 8); le(size, 8); le(offset, 8)
            le(0x0706_4B50, 4); le(0, 4); le(recordOffset, 8); le(1, 4)
            le(0x0605_4B50, 4); le(0, 2); le(0, 2); le(0xFFFF, 2); le(0xFFFF, 2); le(0xFFFF_FFFF, 4); le(0xFFFF_FFFF, 4); le(0, 2)
        } else {
            le(0x0605_4B50, 4); le(0, 2); le(0, 2); le(1, 2); le(1, 2); le(centralSize, 4); le(centralOffset, 4); le(0, 2)
        }
        return bytes
    }

    /// A ZIP of empty stored entries (CRC 0), written byte by byte: local headers, the central
    /// directory, and — past 65,535 entries, as zip tools do — a ZIP64 end record and locator
    /// before the classic end record (which then says 0xFFFF).
    static func storedZip(entries names: [String]) -> [UInt8] {
        var bytes: [UInt8] = []
        var central: [UInt8] = []
        func le16(_ value: Int, into out: inout [UInt8]) { out += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
        func le32(_ value: Int, into out: inout [UInt8]) {
            out += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24 & 0xFF)]
        }
        for name in names {
            let offset = bytes.count
            let nameBytes = Array(name.utf8)
            le32(0x0403_4B50, into: &bytes); le16(10, into: &bytes); le16(0, into: &bytes); le16(0, into: &bytes)
            le16(0, into: &bytes); le16(0x21, into: &bytes); le32(0, into: &bytes); le32(0, into: &bytes); le32(0, into: &bytes)
            le16(nameBytes.count, into: &bytes); le16(0, into: &bytes); bytes += nameBytes
            le32(0x0201_4B50, into: &central); le16(20, into: &central); le16(10, into: &central); le16(0, into: &central)
            le16(0, into: &central); le16(0, into: &central); le16(0x21, into: &central); le32(0, into: &central)
            le32(0, into: &central); le32(0, into: &central); le16(nameBytes.count, into: &central); le16(0, into: &central)
            le16(0, into: &central); le16(0, into: &central); le16(0, into: &central); le32(0, into: &central)
            le32(offset, into: &central); central += nameBytes
        }
        let directoryOffset = bytes.count
        bytes += central
        if names.count > 0xFFFF {
            func le64(_ value: Int, into out: inout [UInt8]) { le32(value & 0xFFFF_FFFF, into: &out); le32(value >> 32, into: &out) }
            let zip64Offset = bytes.count
            le32(0x0606_4B50, into: &bytes); le64(44, into: &bytes); le16(45, into: &bytes); le16(45, into: &bytes)
            le32(0, into: &bytes); le32(0, into: &bytes); le64(names.count, into: &bytes); le64(names.count, into: &bytes)
            le64(central.count, into: &bytes); le64(directoryOffset, into: &bytes)
            le32(0x0706_4B50, into: &bytes); le32(0, into: &bytes); le64(zip64Offset, into: &bytes); le32(1, into: &bytes)
        }
        le32(0x0605_4B50, into: &bytes); le16(0, into: &bytes); le16(0, into: &bytes)
        le16(min(names.count, 0xFFFF), into: &bytes); le16(min(names.count, 0xFFFF), into: &bytes)
        le32(central.count, into: &bytes); le32(directoryOffset, into: &bytes); le16(0, into: &bytes)
        return bytes
    }

    @Test("a day file cut short names the file and line; nothing is stored")
    func truncatedDayFile() throws {
        let store = try GroupStore.inMemory()
        let folder = try TestFiles.makeFolder()
        try Data("[{\"id\":\"C9\",\"name\":\"ops\",\"created\":1704067200,\"members\":[\"U1\"]}]".utf8)
            .write(to: folder.appendingPathComponent("channels.json"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("ops"), withIntermediateDirectories: true)
        try Data("[\n {\"type\":\"message\",\"user\":\"U1\",\"text\":\"hello there\",\"ts\":\"1704067300.000001\"},\n {\"type\":\"message\",\"user\":\"U1\",\"te".utf8)
            .write(to: folder.appendingPathComponent("ops/2024-01-01.json"))
        do {
            try ExportAssertions.importSource(folder, into: store)
            Issue.record("no error")
        } catch let error as JSONReadError {
            #expect("\(error)".contains("ops/2024-01-01.json, line 3"))
            #expect(!"\(error)".contains("hello"))
        }
        #expect(try store.statistics().groups == 0)
        // A message without ts names the record.
        try Data("[{\"type\":\"message\",\"user\":\"U1\",\"text\":\"x\"}]".utf8).write(to: folder.appendingPathComponent("ops/2024-01-01.json"))
        #expect(throws: ExportRecordError.missingField(
            file: folder.appendingPathComponent("ops/2024-01-01.json").path, record: "message 1 (line 1)", field: "ts",
            expected: "the message time as a string such as \"1452837318.000002\"")) {
            try ExportAssertions.importSource(folder, into: store)
        }
        // A created time far past 2200 (fuzzing found it overflowing when turned into milliseconds).
        try Data("[{\"id\":\"C9\",\"name\":\"ops\",\"created\":9223372036854775807}]".utf8)
            .write(to: folder.appendingPathComponent("channels.json"))
        #expect(throws: ExportRecordError.badField(
            file: folder.appendingPathComponent("channels.json").path, record: "conversation 1 (line 1)", field: "created",
            expected: "seconds since 1970 for a time between the years 1990 and 2200", found: "9223372036854775807")) {
            try ExportAssertions.importSource(folder, into: store, format: .slack)
        }
        // Wrong type: channels.json holding an object.
        try Data("{\"channels\": []}".utf8).write(to: folder.appendingPathComponent("channels.json"))
        #expect(throws: JSONReadError.self) { try ExportAssertions.importSource(folder, into: store, format: .slack) }
        // Empty channels.json.
        try Data().write(to: folder.appendingPathComponent("channels.json"))
        #expect(throws: JSONReadError.self) { try ExportAssertions.importSource(folder, into: store, format: .slack) }
        #expect(try store.statistics().groups == 0)
    }

    @Test("ts strings become exact milliseconds without Double rounding")
    func tsPrecision() {
        #expect(EpochText.milliseconds(fromSeconds: "1704070800.000300") == 1_704_070_800_000)
        #expect(EpochText.milliseconds(fromSeconds: "1704070800.999999") == 1_704_070_800_999)
        #expect(EpochText.milliseconds(fromSeconds: "1452837318.5") == 1_452_837_318_500)
        #expect(EpochText.milliseconds(fromSeconds: "1452837318") == 1_452_837_318_000)
        for bad in ["", ".5", "12a", "1.2.3", "-5"] { #expect(EpochText.milliseconds(fromSeconds: bad) == nil) }
    }
}
