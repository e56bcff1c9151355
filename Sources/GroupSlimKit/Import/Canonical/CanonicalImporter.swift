import Foundation

/// Reads a canonical export folder (`groups.csv`, `members.csv`, `messages.csv`, `people.csv`)
/// into the store. See the README for the column contract.
///
/// Files are read in dependency order — groups, the people directory, rosters, then messages —
/// so every reference can be checked against what came before it, and an unknown group is
/// reported at the line that names it.
struct CanonicalImporter {
    let options: ImportOptions
    private let parser: TimestampParser
    static let defaultPlatform = "other"
    /// People in a canonical export are identified by the office's own ids, one namespace for
    /// the whole folder whatever platform each group is on: the same cadre in a WeChat and a
    /// DingTalk group is one person carrying both burdens.
    static let identityNamespace = "canonical"

    init(options: ImportOptions) {
        self.options = options
        parser = TimestampParser(timeZone: options.timeZone)
    }

    /// Finds `file` in `folder`, matching the name case-insensitively.
    static func locate(_ file: CanonicalFile, in folder: URL) -> URL? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return nil }
        return names.sorted().first { $0.lowercased() == file.fileName }.map { folder.appendingPathComponent($0) }
    }

    /// A people.csv row, kept in memory until the person is met in a roster or a message.
    private struct DirectoryEntry {
        var name: String?
        var unit: String?
        var line: Int
    }

    private final class Context {
        var files: [ImportSummary.FileRead] = []
        var warnings: [String] = []
        /// Groups of this import by source id (members and messages refer to these first).
        var groups: [String: (id: Int64, platform: String)] = [:]
        var directory: [String: DirectoryEntry] = [:]
        /// Alias id → the main id it belongs to.
        var aliasOf: [String: String] = [:]
        /// Main id → its aliases, sorted (built once after people.csv, so meeting a person does
        /// not sort every alias of the directory again).
        var aliasesByOwner: [String: [String]] = [:]
        var referenced: Set<String> = []
        /// Sender id → person row, once resolved: later messages of the same sender change
        /// nothing about the person, so they skip ``person(_:name:unit:writer:context:)``.
        var senders: [String: Int64] = [:]
    }

    func run(folder: URL, writer: StoreWriter) throws -> ImportSummary {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) else {
            throw ImportError.pathNotFound(path: folder.path)
        }
        guard isFolder.boolValue else {
            throw ImportError.notAFolder(path: folder.path, expected: "a folder holding groups.csv, members.csv and messages.csv")
        }
        guard let groupsURL = CanonicalImporter.locate(.groups, in: folder) else {
            throw ImportError.missingFile(folder: folder.path, file: "groups.csv")
        }
        let context = Context()
        try importGroups(groupsURL, writer: writer, context: context)
        if let url = CanonicalImporter.locate(.people, in: folder) { try readDirectory(url, writer: writer, context: context) }
        for (alias, owner) in context.aliasOf { context.aliasesByOwner[owner, default: []].append(alias) }
        for owner in context.aliasesByOwner.keys { context.aliasesByOwner[owner]?.sort() }
        if let url = CanonicalImporter.locate(.members, in: folder) { try importMembers(url, writer: writer, context: context) }
        if let url = CanonicalImporter.locate(.messages, in: folder) { try importMessages(url, writer: writer, context: context) }
        try writer.inferMembershipsFromSenders()
        try storeDirectory(writer: writer, context: context)
        let known = Set(CanonicalFile.allCases.map(\.fileName))
        let others = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.lowercased().hasSuffix(".csv") && !known.contains($0.lowercased()) }
            .sorted()
        if !others.isEmpty { context.warnings.append("ignored files: \(others.joined(separator: ", "))") }
        return ImportSummary(
            source: folder.path, format: ImportFormat.canonical.rawValue, runID: writer.runID,
            files: context.files, counts: writer.counts, warnings: context.warnings)
    }

    // MARK: - Files

    private func importGroups(_ url: URL, writer: StoreWriter, context: Context) throws {
        try forEachRecord(url, file: .groups, writer: writer, context: context) { header, record, name in
            let sourceID = try header.required("group_id", in: record)
            let platform = header.value("platform", in: record)?.lowercased() ?? CanonicalImporter.defaultPlatform
            var group = GroupRecord(platform: platform, sourceID: sourceID, name: try header.required("name", in: record))
            group.ownerUnit = header.value("owner_unit", in: record)
            group.ownerID = header.value("owner_id", in: record)
            if let raw = header.value("created_at", in: record) {
                group.createdAt = try time(raw, column: "created_at", file: name, line: record.line).milliseconds
                group.createdRaw = raw
            }
            group.purposeTags = CanonicalImporter.splitTags(header.value("purpose_tags", in: record))
            if let raw = header.value("task_end", in: record) {
                let parsed = try time(raw, column: "task_end", file: name, line: record.line)
                group.taskEnd = raw
                // A bare date means the task runs through that whole day.
                group.taskEndAt = parsed.isDateOnly ? parsed.milliseconds + 86_400_000 : parsed.milliseconds
            }
            if let raw = header.value("protected", in: record) {
                guard let flag = CanonicalImporter.parseFlag(raw) else {
                    throw ImportError.badValue(file: name, line: record.line, column: "protected", value: raw,
                                               expected: "true/false, 是/否, yes/no or 1/0")
                }
                group.isProtected = flag
            }
            if context.groups[sourceID] != nil {
                throw ImportError.badValue(file: name, line: record.line, column: "group_id", value: sourceID,
                                           expected: "a group id that appears only once in groups.csv")
            }
            let id = try writer.upsertGroup(group)
            context.groups[sourceID] = (id, platform)
        }
    }

    private func readDirectory(_ url: URL, writer: StoreWriter, context: Context) throws {
        try forEachRecord(url, file: .people, writer: writer, context: context) { header, record, name in
            let id = try header.required("member_id", in: record)
            context.directory[id] = DirectoryEntry(
                name: header.value("name", in: record), unit: header.value("unit", in: record), line: record.line)
            for alias in CanonicalImporter.splitTags(header.value("aliases", in: record)) where alias != id {
                if let other = context.aliasOf[alias], other != id {
                    throw ImportError.badValue(file: name, line: record.line, column: "aliases", value: alias,
                                               expected: "an alias that belongs to one person only (also listed for '\(other)')")
                }
                context.aliasOf[alias] = id
            }
        }
    }

    private func importMembers(_ url: URL, writer: StoreWriter, context: Context) throws {
        try forEachRecord(url, file: .members, writer: writer, context: context) { header, record, name in
            let group = try resolveGroup(try header.required("group_id", in: record), writer: writer, context: context,
                                         file: name, line: record.line)
            let memberID = try header.required("member_id", in: record)
            let roleText = header.value("role", in: record) ?? ""
            guard let role = MemberRole(canonical: roleText) else {
                throw ImportError.badValue(file: name, line: record.line, column: "role", value: roleText,
                                           expected: "owner/admin/member or 群主/管理员/成员")
            }
            let joined = try header.value("joined_at", in: record).map {
                try time($0, column: "joined_at", file: name, line: record.line).milliseconds
            }
            let left = try header.value("left_at", in: record).map {
                try time($0, column: "left_at", file: name, line: record.line).milliseconds
            }
            let person = try person(memberID, name: header.value("name", in: record),
                                    unit: header.value("unit", in: record), writer: writer, context: context)
            try writer.upsertMembership(groupID: group.id, personID: person, role: role, joinedAt: joined, leftAt: left,
                                        source: .roster)
        }
    }

    /// Messages go through a two-thread pipeline: a reader thread parses, classifies and hashes
    /// records in batches (``CanonicalMessageParser``) while this thread, which owns the database
    /// connection, resolves groups and senders and inserts. Items arrive in file order, so the
    /// first problem in the file is the one reported, exactly as a serial read would.
    private func importMessages(_ url: URL, writer: StoreWriter, context: Context) throws {
        guard let (reader, header) = try openFile(url, file: .messages, context: context) else { return }
        let name = url.path
        let messageParser = CanonicalMessageParser(
            header: header, parser: parser, classifier: writer.classifier, keepText: writer.keepText,
            aliasOf: context.aliasOf, file: name)
        let encoding = reader.encoding.rawValue
        // The reader thread is the reader's only user from here on.
        let handOver = UncheckedTransfer(reader)
        let progress = options.progress
        let skipBad = options.skipBad
        var records = 0
        var lastGroup: (key: String, value: (id: Int64, platform: String))?
        try BackgroundProducer.run(capacity: CanonicalImporter.batchesInFlight) { (queue: BoundedQueue<[CanonicalMessageParser.Item]>) in
            let reader = handOver.value
            var batch: [CanonicalMessageParser.Item] = []
            batch.reserveCapacity(CanonicalImporter.batchSize)
            var read = 0
            do {
                while let record = try reader.next() {
                    let item = messageParser.parse(record)
                    batch.append(item)
                    read += 1
                    if read % CanonicalImporter.progressInterval == 0, let progress {
                        progress(ImportProgress(file: name, records: read, bytesRead: reader.bytesRead, totalBytes: reader.fileSize))
                    }
                    // A failure stops the reading unless --skip-bad may step over it.
                    if case .failure(let error, _, _) = item, !(skipBad && error.recordLevelReason != nil) { break }
                    if batch.count == CanonicalImporter.batchSize {
                        guard queue.put(batch) else { return }
                        batch.removeAll(keepingCapacity: true)
                    }
                }
            } catch let error as ImportError {
                batch.append(.failure(error, groupKey: nil, line: 0))
            } catch {
                batch.append(.failure(.unreadable(file: name, reason: "\(error)"), groupKey: nil, line: 0))
            }
            if !batch.isEmpty { _ = queue.put(batch) }
        } consume: { batch in
            for item in batch {
                switch item {
                case .failure(let error, let groupKey, let line):
                    // An unknown group on the same line is reported first; either may be skipped.
                    try writer.records.attempt {
                        if let groupKey { _ = try resolveGroup(groupKey, writer: writer, context: context, file: name, line: line) }
                        throw error
                    }
                case .message(let message):
                    var resolved: (id: Int64, platform: String)?
                    if let lastGroup, lastGroup.key == message.groupKey {
                        resolved = lastGroup.value
                    } else {
                        try writer.records.attempt {
                            resolved = try resolveGroup(message.groupKey, writer: writer, context: context, file: name,
                                                        line: message.line)
                        }
                        if let resolved { lastGroup = (message.groupKey, resolved) }
                    }
                    guard let group = resolved else { continue }
                    let person: Int64
                    if let known = context.senders[message.senderID] {
                        person = known
                    } else {
                        person = try self.person(message.senderID, name: nil, unit: nil, writer: writer, context: context)
                        context.senders[message.senderID] = person
                    }
                    try writer.insertMessage(groupID: group.id, senderID: person, row: message.row)
                    records += 1
                }
            }
        }
        context.files.append(.init(path: name, records: records, encoding: encoding))
    }

    /// Creates the people of people.csv that no roster or message mentioned, so the directory
    /// is complete.
    private func storeDirectory(writer: StoreWriter, context: Context) throws {
        for id in context.directory.keys.sorted() where !context.referenced.contains(id) {
            _ = try person(id, name: nil, unit: nil, writer: writer, context: context)
        }
    }

    // MARK: - Helpers

    private func person(_ rawID: String, name: String?, unit: String?, writer: StoreWriter,
                        context: Context) throws -> Int64 {
        let mainID = context.aliasOf[rawID] ?? rawID
        let entry = context.directory[mainID]
        let isFirstMention = context.referenced.insert(mainID).inserted
        let platform = CanonicalImporter.identityNamespace
        let id = try writer.personID(
            platform: platform, sourceID: mainID, name: name ?? (isFirstMention ? entry?.name : nil),
            unit: unit ?? (isFirstMention ? entry?.unit : nil))
        if isFirstMention {
            for alias in context.aliasesByOwner[mainID] ?? [] {
                try writer.addAlias(platform: platform, alias: alias, personID: id)
            }
        }
        return id
    }

    private func resolveGroup(_ sourceID: String, writer: StoreWriter, context: Context, file: String,
                              line: Int) throws -> (id: Int64, platform: String) {
        if let group = context.groups[sourceID] { return group }
        guard let stored = try writer.groupID(sourceID: sourceID) else {
            throw ImportError.unknownGroup(file: file, line: line, groupID: sourceID)
        }
        context.groups[sourceID] = stored
        return stored
    }

    private func time(_ raw: String, column: String, file: String, line: Int) throws -> TimestampParser.Parsed {
        try CanonicalImporter.parseTime(raw, with: parser, column: column, file: file, line: line)
    }

    /// Parses a time cell, or throws the error that names the accepted shapes.
    static func parseTime(_ raw: String, with parser: TimestampParser, column: String, file: String,
                          line: Int) throws -> TimestampParser.Parsed {
        guard let parsed = parser.parse(raw) else {
            throw ImportError.badValue(
                file: file, line: line, column: column, value: raw,
                expected: "a time such as 2026-03-05T09:07:00+08:00, 2026-03-05 09:07, 2026/3/5 9:07, 2026-03-05 or Unix seconds/milliseconds, between \(TimestampParser.yearRange.lowerBound) and \(TimestampParser.yearRange.upperBound)")
        }
        return parsed
    }

    /// Records per hand-over between the reader thread and the database thread, and how many
    /// hand-overs may wait: enough to ride out a slow insert, little enough to bound memory.
    static let batchSize = 2_048
    static let batchesInFlight = 8
    static let progressInterval = 50_000

    /// Opens one canonical file and resolves its header; `nil` when the file is empty (and not
    /// groups.csv, which must have a header).
    private func openFile(_ url: URL, file: CanonicalFile, context: Context) throws -> (CSVReader, HeaderMap)? {
        let name = url.path
        let reader = try CSVReader(url: url, displayName: name)
        guard let headerRecord = try reader.next() else {
            context.files.append(.init(path: name, records: 0, encoding: reader.encoding.rawValue))
            if file == .groups {
                throw ImportError.emptyFile(file: name, expected: "a header row naming the columns (group_id, name, …) and one row per group")
            }
            return nil
        }
        let header = try HeaderMap(header: headerRecord, columns: file.columns, file: name)
        if !header.extraColumns.isEmpty {
            context.warnings.append("\(name): ignoring extra column(s) \(header.extraColumns.map { "'\($0)'" }.joined(separator: ", "))")
        }
        return (reader, header)
    }

    /// Reads every record of one canonical file after resolving its header.
    private func forEachRecord(_ url: URL, file: CanonicalFile, writer: StoreWriter, context: Context,
                               _ body: (HeaderMap, CSVRecord, String) throws -> Void) throws {
        let name = url.path
        guard let (reader, header) = try openFile(url, file: file, context: context) else { return }
        var records = 0
        while let record = try reader.next() {
            let handled = try writer.records.attempt {
                if record.fields.count != header.fieldCount {
                    throw ImportError.fieldCount(file: name, line: record.line, found: record.fields.count, expected: header.fieldCount)
                }
                try body(header, record, name)
            }
            guard handled else { continue }
            records += 1
            if records % CanonicalImporter.progressInterval == 0, let progress = options.progress {
                progress(ImportProgress(file: name, records: records, bytesRead: reader.bytesRead, totalBytes: reader.fileSize))
            }
        }
        context.files.append(.init(path: name, records: records, encoding: reader.encoding.rawValue))
    }

    /// Splits a tag or alias list on the separators offices use: ; ； , ， | 、
    static func splitTags(_ raw: String?) -> [String] {
        guard let raw else { return [] }
        let separators: Set<Character> = [";", "；", ",", "，", "|", "、"]
        var seen = Set<String>()
        return raw.split(whereSeparator: { separators.contains($0) })
            .map { String($0).trimmedWhitespace }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    static func parseFlag(_ raw: String) -> Bool? {
        switch raw.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true", "yes", "y", "1", "是", "受保护", "保护", "t": return true
        case "false", "no", "n", "0", "否", "f", "": return false
        default: return nil
        }
    }
}
