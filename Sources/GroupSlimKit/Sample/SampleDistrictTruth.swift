import Foundation

/// What a generated district contains, written as `truth.json` beside the CSV files (importers
/// ignore it). Counts are taken from the rows actually written, so tests can compare an import
/// with them exactly.
public struct SampleDistrictTruth: Codable, Sendable, Equatable {
    public var seed: UInt64
    /// As-of as written in the data, `2026-06-30T17:00:00+08:00`.
    public var asOf: String
    public var groups: Int
    /// Distinct persons after merging aliases (people.csv rows; bots included). Every person of
    /// people.csv appears in some roster or message, and a person keeps one id across platforms.
    public var people: Int
    /// Distinct member ids including second-account aliases.
    public var personIDs: Int
    /// Distinct (group, person) pairs after alias merge: members.csv rows (including members who
    /// left) plus senders of non-system, non-bot messages missing from that group's roster.
    public var memberships: Int
    public var messages: Int
    /// One per group, by group id.
    public var labels: [SampleGroupLabel]

    public init(seed: UInt64, asOf: String, groups: Int, people: Int, personIDs: Int, memberships: Int, messages: Int,
                labels: [SampleGroupLabel]) {
        self.seed = seed
        self.asOf = asOf
        self.groups = groups
        self.people = people
        self.personIDs = personIDs
        self.memberships = memberships
        self.messages = messages
        self.labels = labels
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: SampleJSONKey.self)
        seed = try SampleJSONKey.decode(UInt64.self, "seed", in: container)
        asOf = try SampleJSONKey.decode(String.self, "as_of", in: container)
        groups = try SampleJSONKey.decode(Int.self, "groups", in: container)
        people = try SampleJSONKey.decode(Int.self, "people", in: container)
        personIDs = try SampleJSONKey.decode(Int.self, "person_ids", in: container)
        memberships = try SampleJSONKey.decode(Int.self, "memberships", in: container)
        messages = try SampleJSONKey.decode(Int.self, "messages", in: container)
        labels = try SampleJSONKey.decode([SampleGroupLabel].self, "labels", in: container)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: SampleJSONKey.self)
        try container.encode(seed, forKey: SampleJSONKey("seed"))
        try container.encode(asOf, forKey: SampleJSONKey("as_of"))
        try container.encode(groups, forKey: SampleJSONKey("groups"))
        try container.encode(people, forKey: SampleJSONKey("people"))
        try container.encode(personIDs, forKey: SampleJSONKey("person_ids"))
        try container.encode(memberships, forKey: SampleJSONKey("memberships"))
        try container.encode(messages, forKey: SampleJSONKey("messages"))
        try container.encode(labels, forKey: SampleJSONKey("labels"))
    }

    /// The label of one group.
    public func label(_ groupID: String) -> SampleGroupLabel? {
        labels.first { $0.groupID == groupID }
    }

    /// `truth.json` as written: pretty-printed, keys sorted, snake_case, trailing newline.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// Reads a `truth.json`.
    public static func read(from url: URL) throws -> SampleDistrictTruth {
        try JSONDecoder().decode(SampleDistrictTruth.self, from: Data(contentsOf: url))
    }
}
