import Foundation
import Testing
@testable import GroupSlimKit

/// The sample-district generator: determinism, counts that match the files, every planted kind,
/// the as-of placement, and the planted relations that the ground truth promises.
@Suite("Sample district generator")
struct SampleDistrictGeneratorTests {
    static let files = ["groups.csv", "members.csv", "messages.csv", "people.csv", "truth.json"]

    @Test("the same options give byte-identical files; another seed gives other files")
    func determinism() throws {
        let options = SampleDistrictOptions(groups: 30, seed: 42, messagesPerGroup: 120)
        let first = try SampleFolder()
        let second = try SampleFolder()
        let other = try SampleFolder()
        defer { first.remove(); second.remove(); other.remove() }
        let truthA = try SampleDistrictGenerator(options: options).write(to: first.url)
        let truthB = try SampleDistrictGenerator(options: options).write(to: second.url)
        #expect(truthA == truthB)
        for file in Self.files {
            #expect(try first.data(file) == second.data(file), "\(file) differs between two runs")
        }
        _ = try SampleDistrictGenerator(options: SampleDistrictOptions(groups: 30, seed: 43, messagesPerGroup: 120)).write(to: other.url)
        #expect(try first.data("messages.csv") != other.data("messages.csv"))
        #expect(try first.data("groups.csv") != other.data("groups.csv"))
    }

    @Test("truth.json counts equal what the CSV files contain")
    func countsMatchFiles() throws {
        let sample = try Sample.make(groups: 30, seed: 7)
        defer { sample.folder.remove() }
        let truth = sample.truth
        #expect(sample.groups.count == truth.groups)
        #expect(sample.people.count == truth.people)
        #expect(sample.messages.count == truth.messages)
        #expect(truth.labels.count == truth.groups)
        #expect(truth.labels.map(\.groupID) == sample.groups.map { $0["group_id"] })

        // Every id of people.csv (main and alias) is used somewhere, and nothing else is.
        var ids = Set<String>()
        for row in sample.people {
            ids.insert(row["member_id"])
            for alias in row["aliases"].split(separator: ";") { ids.insert(String(alias)) }
        }
        #expect(ids.count == truth.personIDs)
        #expect(truth.personIDs > truth.people, "some people must have a second account")
        let used = Set(sample.members.map { $0["member_id"] }).union(sample.messages.map { $0["sender_id"] })
        #expect(used == ids)

        // Memberships: roster pairs plus non-system, non-bot senders missing from the roster, after aliases.
        let person = sample.aliasMap
        var pairs = Set<String>()
        for row in sample.members { pairs.insert(row["group_id"] + "|" + person(row["member_id"])) }
        for row in sample.messages where row["kind"] != "system" && row["kind"] != "bot" {
            pairs.insert(row["group_id"] + "|" + person(row["sender_id"]))
        }
        #expect(pairs.count == truth.memberships)
        let inferred = pairs.count - Set(sample.members.map { $0["group_id"] + "|" + person($0["member_id"]) }).count
        #expect(inferred > 0, "some senders should be missing from rosters")
        // At least one person is on one roster under both ids and counts once.
        let rosterRows = sample.members.count
        #expect(Set(sample.members.map { $0["group_id"] + "|" + person($0["member_id"]) }).count < rosterRows)
    }

    @Test("every kind is planted at 30 groups, with consistent labels")
    func everyKindPresent() throws {
        let sample = try Sample.make(groups: 30, seed: 3, messagesPerGroup: 60)
        defer { sample.folder.remove() }
        let kinds = Set(sample.truth.labels.map(\.kind))
        #expect(kinds == Set(SampleGroupKind.allCases.map(\.rawValue)))
        let ids = Set(sample.truth.labels.map(\.groupID))
        let verdicts: Set<String> = ["zombie", "task-ended", "duplicate", "overlapping", "check-in-only", "protected", "too-new"]
        for label in sample.truth.labels {
            #expect(Set(label.related).isSubset(of: ids))
            #expect(Set(label.mustHave).isSubset(of: verdicts))
            #expect(Set(label.mustNotHave).isSubset(of: verdicts))
            #expect(Set(label.mustHave).isDisjoint(with: label.mustNotHave))
            if label.kind == "active" { #expect(Set(label.mustNotHave).isSuperset(of: ["zombie", "task-ended", "duplicate", "overlapping", "check-in-only"])) }
            if label.kind == "duplicate" {
                for other in label.related {
                    #expect(sample.truth.label(other)?.related.contains(label.groupID) == true)
                }
            }
        }
    }

    @Test("the latest message is exactly as-of; everything else is before it")
    func asOfPlacement() throws {
        let sample = try Sample.make(groups: 30, seed: 11, messagesPerGroup: 60)
        defer { sample.folder.remove() }
        let asOf = sample.truth.asOf
        #expect(asOf == "2026-06-30T17:00:00+08:00")
        let times = sample.messages.map { $0["sent_at"] }
        #expect(times.allSatisfy { $0 <= asOf && $0.hasSuffix("+08:00") })
        #expect(times.max() == asOf)
        // A normal busy group spoke within the last day.
        let yesterday = "2026-06-29T17:00:00+08:00"
        let activeIDs = Set(sample.truth.labels.filter { $0.kind == "active" }.map(\.groupID))
        #expect(sample.messages.contains { activeIDs.contains($0["group_id"]) && $0["sent_at"] > yesterday && $0["kind"] == "text" })
        // A custom as-of moves the whole district.
        var options = SampleDistrictOptions(groups: 20, seed: 1, messagesPerGroup: 30)
        options.asOf = Date(timeIntervalSince1970: 1_767_225_600) // 2026-01-01T08:00:00+08:00
        let folder = try SampleFolder()
        defer { folder.remove() }
        let truth = try SampleDistrictGenerator(options: options).write(to: folder.url)
        #expect(truth.asOf == "2026-01-01T08:00:00+08:00")
        let moved = try SampleTestCSV.rows(folder.data("messages.csv"))
        #expect(moved.map { $0["sent_at"] }.max() == truth.asOf)
    }

    @Test("every sender of a non-system message is a known member or person")
    func sendersAreKnown() throws {
        let sample = try Sample.make(groups: 30, seed: 5, messagesPerGroup: 80)
        defer { sample.folder.remove() }
        var known = Set(sample.members.map { $0["member_id"] })
        for row in sample.people {
            known.insert(row["member_id"])
            for alias in row["aliases"].split(separator: ";") { known.insert(String(alias)) }
        }
        for row in sample.messages where row["kind"] != "system" {
            #expect(known.contains(row["sender_id"]), "unknown sender \(row["sender_id"]) in \(row["group_id"])")
        }
        // System lines carry the acting member, so no sender is ever blank.
        #expect(sample.messages.allSatisfy { !$0["sender_id"].isEmpty })
        let groups = Set(sample.groups.map { $0["group_id"] })
        #expect(sample.members.allSatisfy { groups.contains($0["group_id"]) })
        #expect(sample.members.allSatisfy { MemberRole(rawValue: $0["role"]) != nil })
    }

    @Test("the files are RFC 4180 CSV that reads back field for field")
    func csvReadsBack() throws {
        let sample = try Sample.make(groups: 30, seed: 9)
        defer { sample.folder.remove() }
        for file in ["groups.csv", "members.csv", "messages.csv", "people.csv"] {
            let data = try sample.folder.data(file)
            #expect(data.prefix(3) != Data([0xEF, 0xBB, 0xBF]), "\(file) must not start with a BOM")
            #expect(!data.contains(0x0D), "\(file) uses \\n line endings only")
            let records = try SampleTestCSV.parse(data)
            let width = records[0].count
            #expect(records.allSatisfy { $0.count == width }, "\(file) has ragged rows")
        }
        let texts = sample.messages.map { $0["text"] }
        #expect(texts.contains { $0.contains("\n") } && texts.contains { $0.contains("\"") } && texts.contains { $0.contains(",") })
        #expect(texts.contains { $0.hasPrefix("#接龙") && $0.contains("\n2. ") })
        #expect(texts.contains { $0.contains("@所有人") })
        var seen = Set<String>()
        for row in sample.messages {
            #expect(MessageKind(rawValue: row["kind"]) != nil)
            #expect(seen.insert(row["group_id"] + "|" + row["message_id"]).inserted, "message ids repeat")
        }
        let kinds = Set(sample.messages.map { $0["kind"] })
        #expect(kinds == Set(MessageKind.allCases.map(\.rawValue)))
        #expect(Set(sample.groups.map { $0["platform"] }).isSuperset(of: ["wechat", "dingtalk", "wecom", "qq"]))
        #expect(sample.groups.allSatisfy { $0["protected"] == "true" || $0["protected"] == "false" })
    }

    @Test("planted relations hold in the rosters and no other pair of groups looks alike")
    func plantedRelations() throws {
        let sample = try Sample.make(groups: 80, seed: 1, messagesPerGroup: 40)
        defer { sample.folder.remove() }
        let person = sample.aliasMap
        var members: [String: Set<String>] = [:]
        for row in sample.members { members[row["group_id"], default: []].insert(person(row["member_id"])) }
        var group: [String: SampleTestCSV.Row] = [:]
        for row in sample.groups { group[row["group_id"]] = row }
        func tags(_ id: String) -> Set<String> { Set(group[id]!["purpose_tags"].split(separator: ";").map(String.init)) }
        var planted = Set<[String]>()
        for label in sample.truth.labels {
            for other in label.related {
                planted.insert([label.groupID, other].sorted())
                // Ids are compared within a platform, so planted partners share one.
                #expect(group[label.groupID]!["platform"] == group[other]!["platform"])
            }
            let mine = members[label.groupID]!
            switch label.kind {
            case "duplicate":
                for other in label.related {
                    let theirs = members[other]!
                    let jaccard = Double(mine.intersection(theirs).count) / Double(mine.union(theirs).count)
                    #expect(jaccard >= 0.85, "\(label.groupID)–\(other) Jaccard \(jaccard)")
                    #expect(group[label.groupID]!["owner_unit"] == group[other]!["owner_unit"])
                }
            case "inside-broad-group", "subset-other-unit":
                let big = label.related[0]
                let containment = Double(mine.intersection(members[big]!).count) / Double(mine.count)
                #expect(containment >= 0.9, "\(label.groupID) in \(big): \(containment)")
                #expect(members[big]!.count > mine.count * 2)
                let sameOwner = group[label.groupID]!["owner_unit"] == group[big]!["owner_unit"]
                let sharedTags = !tags(label.groupID).isDisjoint(with: tags(big))
                if label.kind == "inside-broad-group" {
                    #expect(sameOwner && sharedTags)
                } else {
                    #expect(!sameOwner && !sharedTags)
                }
            default: break
            }
        }
        let ids = members.keys.sorted()
        for (i, a) in ids.enumerated() {
            for b in ids[(i + 1)...] where !planted.contains([a, b]) && !(sample.isDuplicateSet(a, b)) {
                let shared = members[a]!.intersection(members[b]!).count
                let containment = Double(shared) / Double(min(members[a]!.count, members[b]!.count))
                #expect(containment < 0.6 || shared < 3, "\(a) and \(b) look alike (\(containment))")
            }
        }
        let sizes = members.values.map(\.count)
        #expect(sizes.min()! <= 10 && sizes.max()! >= 150)
    }

    @Test("each kind's messages have the shape its label promises")
    func kindShapes() throws {
        let sample = try Sample.make(groups: 40, seed: 2, messagesPerGroup: 300)
        defer { sample.folder.remove() }
        let acknowledgements = Set(SamplePhrases.acknowledgements)
        let checkIns = Set(SamplePhrases.checkInTexts)
        func isPerformative(_ row: SampleTestCSV.Row) -> Bool {
            switch row["kind"] {
            case "checkin", "location", "image", "video": return true
            case "text":
                let text = row["text"]
                return acknowledgements.contains(text) || checkIns.contains(text) || text.hasPrefix("#接龙")
                    || text.hasPrefix("上班打卡") || text.hasPrefix("下班打卡")
            default: return false
            }
        }
        func isSubstantive(_ row: SampleTestCSV.Row) -> Bool {
            row["kind"] == "text" && !isPerformative(row)
        }
        var byGroup: [String: [SampleTestCSV.Row]] = [:]
        for row in sample.messages { byGroup[row["group_id"], default: []].append(row) }
        var created: [String: String] = [:]
        for row in sample.groups { created[row["group_id"]] = row["created_at"] }
        let asOf = SampleTestTime.seconds(sample.truth.asOf)
        func daysSince(_ stamp: String) -> Double { Double(asOf - SampleTestTime.seconds(stamp)) / 86_400 }
        for label in sample.truth.labels {
            let rows = byGroup[label.groupID] ?? []
            let people = rows.filter { $0["kind"] != "system" && $0["kind"] != "bot" }
            let lastSubstantive = rows.last(where: isSubstantive).map { daysSince($0["sent_at"]) }
            let age = daysSince(created[label.groupID]!)
            switch label.kind {
            case "busy-notice":
                let acks = rows.filter { $0["kind"] == "text" && acknowledgements.contains($0["text"]) }.count
                #expect(Double(acks) >= 0.6 * Double(rows.count), "\(label.groupID) acknowledgements \(acks)/\(rows.count)")
                #expect(Double(people.filter(isSubstantive).count) >= 0.12 * Double(people.count))
                #expect(lastSubstantive! < 7)
            case "check-in-only":
                #expect(Double(people.filter(isPerformative).count) >= 0.85 * Double(people.count), "\(label.groupID)")
                #expect(Double(people.filter(isSubstantive).count) < 0.1 * Double(people.count))
                #expect(rows.last.map { daysSince($0["sent_at"]) }! < 7)
            case "monthly":
                #expect(lastSubstantive! <= 30)
                #expect(rows.count < 200)
            case "brand-new":
                #expect(age < 14)
            case "quiet-emergency":
                #expect((120...251).contains(lastSubstantive!), "\(label.groupID) \(lastSubstantive!)")
            case "protected-quiet":
                #expect(lastSubstantive! >= 200)
            case "zombie":
                #expect((150...501).contains(lastSubstantive!), "\(label.groupID) \(String(describing: lastSubstantive))")
            case "never-used":
                #expect(rows.allSatisfy { $0["kind"] == "system" } && age > 120)
            case "task-ended":
                let row = sample.groups.first { $0["group_id"] == label.groupID }!
                if row["task_end"].isEmpty {
                    let year = Int(String(sample.truth.asOf.prefix(4)))! - 1
                    #expect(row["name"].contains("\(year)年"), "\(row["name"])")
                    #expect(lastSubstantive! > 60)
                } else {
                    #expect(daysSince(row["task_end"] + "T17:00:00+08:00") >= 30)
                }
            default:
                if ["active", "duplicate", "inside-broad-group", "subset-other-unit"].contains(label.kind) {
                    #expect(lastSubstantive! < 7, "\(label.groupID) \(label.kind)")
                }
            }
        }
        // Cadres sit in many groups, as in the source article.
        var groupsPerPerson: [String: Set<String>] = [:]
        let person = sample.aliasMap
        for row in sample.members { groupsPerPerson[person(row["member_id"]), default: []].insert(row["group_id"]) }
        #expect(groupsPerPerson.values.map(\.count).max()! >= 15)
    }

    @Test("civil dates and timestamps are formatted by hand correctly")
    func calendar() {
        #expect(SampleCalendar.timestamp(SampleCalendar.localSeconds(fromUnix: 1_782_810_000)) == "2026-06-30T17:00:00+08:00")
        #expect(SampleCalendar.timestamp(SampleCalendar.localSeconds(fromUnix: 0)) == "1970-01-01T08:00:00+08:00")
        #expect(SampleCalendar.date(SampleCalendar.dayNumber(year: 2024, month: 2, day: 29)) == "2024-02-29")
        for day in stride(from: Int64(-800), to: 30_000, by: 37) {
            let (y, m, d) = SampleCalendar.civil(day)
            #expect(SampleCalendar.dayNumber(year: y, month: m, day: d) == day)
        }
        #expect(SampleCalendar.weekday(ofDay: SampleCalendar.dayNumber(year: 2026, month: 6, day: 30)) == 1)
        #expect(SampleCSVSink.paddedString("m", 123, width: 6) == "m000123")
        #expect(SampleCSVSink.paddedString("m", 1_234_567, width: 6) == "m1234567")
    }

    @Test("the seeded generator is a fixed sequence")
    func seededSequence() {
        var a = SeededGenerator(seed: 1, stream: 2, 3)
        var b = SeededGenerator(seed: 1, stream: 2, 3)
        var c = SeededGenerator(seed: 1, stream: 2, 4)
        let first = (0..<5).map { _ in a.next() }
        #expect(first == (0..<5).map { _ in b.next() })
        #expect(first != (0..<5).map { _ in c.next() })
        var d = SeededGenerator(seed: 0)
        #expect(d.next() == 0xE220_A839_7B1D_CDAF) // SplitMix64's published first output for seed 0
        for _ in 0..<1000 { #expect((0..<7).contains(d.below(7))) }
    }
}

// MARK: - Test support (file-private)

/// A fresh temporary folder.
private struct SampleFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("groupslim-sample-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func data(_ file: String) throws -> Data { try Data(contentsOf: url.appendingPathComponent(file)) }
    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// A generated district read back into rows.
private struct Sample {
    let folder: SampleFolder
    let truth: SampleDistrictTruth
    let groups: [SampleTestCSV.Row]
    let members: [SampleTestCSV.Row]
    let messages: [SampleTestCSV.Row]
    let people: [SampleTestCSV.Row]

    static func make(groups: Int, seed: UInt64, messagesPerGroup: Int? = nil) throws -> Sample {
        let folder = try SampleFolder()
        let truth = try SampleDistrictGenerator(options: SampleDistrictOptions(groups: groups, seed: seed, messagesPerGroup: messagesPerGroup))
            .write(to: folder.url)
        #expect(try SampleDistrictTruth.read(from: folder.url.appendingPathComponent("truth.json")) == truth)
        return Sample(folder: folder, truth: truth,
                      groups: try SampleTestCSV.rows(folder.data("groups.csv")),
                      members: try SampleTestCSV.rows(folder.data("members.csv")),
                      messages: try SampleTestCSV.rows(folder.data("messages.csv")),
                      people: try SampleTestCSV.rows(folder.data("people.csv")))
    }

    /// Maps any id (main or alias) to its person's main id.
    var aliasMap: (String) -> String {
        var main: [String: String] = [:]
        for row in people {
            for alias in row["aliases"].split(separator: ";") { main[String(alias)] = row["member_id"] }
        }
        return { main[$0] ?? $0 }
    }

    func isDuplicateSet(_ a: String, _ b: String) -> Bool {
        truth.label(a)?.related.contains(b) == true || truth.label(b)?.related.contains(a) == true
    }
}

/// A tiny RFC 4180 reader, independent of the library's, so the files are checked against the
/// standard rather than against our own writer.
private enum SampleTestCSV {
    struct Row {
        let header: [String: Int]
        let fields: [String]
        subscript(_ column: String) -> String { fields[header[column]!] }
    }

    enum Failure: Error { case unterminatedQuote, strayQuote }

    static func parse(_ data: Data) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        var afterQuote = false
        let bytes = [UInt8](data)
        var index = 0
        func endField() { record.append(String(decoding: field, as: UTF8.self)); field.removeAll(keepingCapacity: true) }
        while index < bytes.count {
            let byte = bytes[index]
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                    } else {
                        inQuotes = false
                        afterQuote = true
                    }
                } else {
                    field.append(byte)
                }
            } else {
                switch byte {
                case UInt8(ascii: "\""):
                    guard field.isEmpty, !afterQuote else { throw Failure.strayQuote }
                    inQuotes = true
                case UInt8(ascii: ","):
                    endField()
                    afterQuote = false
                case UInt8(ascii: "\n"):
                    endField()
                    records.append(record)
                    record = []
                    afterQuote = false
                case UInt8(ascii: "\r") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n"):
                    break
                default:
                    if afterQuote { throw Failure.strayQuote }
                    field.append(byte)
                }
            }
            index += 1
        }
        if inQuotes { throw Failure.unterminatedQuote }
        if !field.isEmpty || !record.isEmpty {
            endField()
            records.append(record)
        }
        return records
    }

    static func rows(_ data: Data) throws -> [Row] {
        let records = try parse(data)
        guard let head = records.first else { return [] }
        var header: [String: Int] = [:]
        for (index, name) in head.enumerated() { header[name] = index }
        return records.dropFirst().map { Row(header: header, fields: $0) }
    }
}

/// Parses the generator's own `YYYY-MM-DDTHH:MM:SS+08:00` into Unix seconds.
private enum SampleTestTime {
    static func seconds(_ stamp: String) -> Int64 {
        let parts = stamp.split(whereSeparator: { "-T:+".contains($0) }).map { Int($0)! }
        let days = SampleCalendar.dayNumber(year: parts[0], month: parts[1], day: parts[2])
        return days * 86_400 + Int64(parts[3] * 3600 + parts[4] * 60 + parts[5]) - 8 * 3600
    }
}
