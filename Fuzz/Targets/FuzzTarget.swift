import Foundation

/// The parsers under fuzzing and the property each one must keep on any input.
enum FuzzTarget: String, CaseIterable {
    /// Timestamp text: a time inside the accepted range, or nil; the same answer twice.
    case timestamp
    /// CSV bytes in any encoding: records or a typed ``ImportError``.
    case csv
    /// Free text: exactly one content class, for every message kind.
    case classifier
    /// A whole canonical folder (the input split into groups/members/messages at 0xFF bytes):
    /// imports, or throws and leaves the store exactly as it was.
    case canonical
    /// One export file of a platform format: imports, or throws a typed error and leaves the
    /// store exactly as it was.
    case whatsapp, qq, wechat, teams
    /// JSON-family exports: one file each, or a whole ZIP (the Slack reader and its guards).
    case telegram, discord, mattermost, slackzip

    func run(_ bytes: [UInt8]) {
        switch self {
        case .whatsapp: FuzzTarget.fuzzFile(bytes, name: "WhatsApp Chat with Fuzz.txt", format: .whatsapp)
        case .qq: FuzzTarget.fuzzFile(bytes, name: "全部消息记录.txt", format: .qq)
        case .wechat: FuzzTarget.fuzzFile(bytes, name: "群(12345@chatroom)_utf8.csv", format: .wechat)
        case .teams: FuzzTarget.fuzzFile(bytes, name: "TeamsTeamActivityDetail.csv", format: .teams)
        case .telegram: FuzzTarget.fuzzFile(bytes, name: "result.json", format: .telegram)
        case .discord: FuzzTarget.fuzzFile(bytes, name: "Guild - general [100].json", format: .discord)
        case .mattermost: FuzzTarget.fuzzFile(bytes, name: "import.jsonl", format: .mattermost)
        case .slackzip: FuzzTarget.fuzzFile(bytes, name: "export.zip", format: .slack)
        case .timestamp: FuzzTarget.fuzzTimestamp(bytes)
        case .csv: FuzzTarget.fuzzCsv(bytes)
        case .classifier: FuzzTarget.fuzzClassifier(bytes)
        case .canonical: FuzzTarget.fuzzCanonical(bytes)
        }
    }

    private static let zone = TimeZone(identifier: "Asia/Shanghai")!
    private static let parser = TimestampParser(timeZone: zone)
    private static let messageClassifier = MessageClassifier()
    /// A private scratch folder in shared memory, reused by every run of this process.
    private static let scratch: URL = {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let url = URL(fileURLWithPath: base).appendingPathComponent("groupslim-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    private static func fuzzTimestamp(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let first = parser.parse(text)
        if let first {
            precondition(TimestampParser.isInRange(milliseconds: first.milliseconds), "out-of-range time accepted")
        }
        precondition(parser.parse(text) == first, "timestamp parsing is not deterministic")
    }

    private static func fuzzCsv(_ bytes: [UInt8]) {
        let url = scratch.appendingPathComponent("input.csv")
        try? Data(bytes).write(to: url)
        do {
            let reader = try CSVReader(url: url)
            var count = 0
            while let record = try reader.next() {
                count += 1
                precondition(record.line >= count, "line numbers must not go backwards")
            }
        } catch is ImportError {
            // A typed, reportable error is the expected answer to bad bytes.
        } catch {
            preconditionFailure("CSVReader threw an untyped error: \(type(of: error))")
        }
    }

    private static func fuzzClassifier(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        for kind in MessageKind.allCases {
            _ = messageClassifier.classify(kind: kind, text: text)
        }
        _ = messageClassifier.mentionsEveryone(text)
    }

    private static func fuzzCanonical(_ bytes: [UInt8]) {
        let folder = scratch.appendingPathComponent("canonical")
        try? FileManager.default.removeItem(at: folder)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let parts = bytes.split(separator: 0xFF, maxSplits: 2, omittingEmptySubsequences: false)
        for (part, name) in zip(parts, ["groups.csv", "members.csv", "messages.csv"]) {
            try? Data(part).write(to: folder.appendingPathComponent(name))
        }
        importChecked(folder, format: .canonical)
    }

    private static func fuzzFile(_ bytes: [UInt8], name: String, format: ImportFormat) {
        let folder = scratch.appendingPathComponent(format.rawValue)
        try? FileManager.default.removeItem(at: folder)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try? Data(bytes).write(to: url)
        importChecked(url, format: format)
    }

    /// Imports `url`; a failure must be a typed error that leaves the store unchanged.
    private static func importChecked(_ url: URL, format: ImportFormat) {
        do {
            let store = try GroupStore.inMemory()
            let before = try snapshot(store)
            do {
                _ = try Importer(options: ImportOptions(timeZone: zone)).importSource(url, format: format, into: store)
            } catch let error where FuzzTarget.isTypedImportError(error) {
                let after = try snapshot(store)
                precondition(after == before, "a failed \(format.rawValue) import changed the store")
            }
        } catch {
            preconditionFailure("\(format.rawValue) import threw an untyped error: \(type(of: error))")
        }
    }

    /// The errors an import may answer bad input with: each names the file and record.
    private static func isTypedImportError(_ error: any Error) -> Bool {
        error is ImportError || error is StoreWriterError || error is ExportRecordError || error is JSONReadError
            || error is ZipError
    }

    /// Row counts of every table: enough to see a half-written import.
    private static func snapshot(_ store: GroupStore) throws -> [Int64] {
        try ["import_runs", "groups", "group_tags", "people", "person_aliases", "memberships", "messages"].map {
            try store.connection.scalarInt("SELECT COUNT(*) FROM \($0)")
        }
    }
}
