import Foundation

/// What a test district says each group is: the verdicts it must and must not get, and (where the
/// district says so) the actions a reviewer would accept and the groups it may merge into.
///
/// Two files are read: the sample generator's `truth.json` (`labels`) and the independent
/// districts' (`groups`, with `acceptable_actions` and `merge_into_any_of`), written from
/// policy-basis.md by someone who had not read the rules.
public struct GroundTruth: Sendable {
    public struct Label: Sendable, Equatable {
        public var groupID: String
        /// The same group's id in another export of the district (`discord_channel_id`).
        public var alternateIDs: [String] = []
        public var name: String?
        public var kind: String
        public var mustHave: Set<String>
        public var mustNotHave: Set<String>
        /// `nil` when the truth does not say.
        public var acceptableActions: Set<String>?
        public var mergeIntoAnyOf: Set<String>?
    }

    public var asOf: String?
    public var labels: [Label]

    /// Reads either kind of `truth.json`.
    public static func load(_ url: URL) throws -> GroundTruth {
        let data = try Data(contentsOf: url)
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let entries = (object["groups"] as? [[String: Any]]) ?? (object["labels"] as? [[String: Any]]) else {
            throw GroundTruthError(path: url.path, detail: "expected an object with a 'groups' or 'labels' array")
        }
        var labels: [Label] = []
        for (index, entry) in entries.enumerated() {
            guard let id = entry["group_id"] as? String else {
                throw GroundTruthError(path: url.path, detail: "entry \(index + 1) has no 'group_id'")
            }
            func strings(_ key: String) -> [String]? { entry[key] as? [String] }
            let alternates = entry.keys.filter { $0.hasSuffix("_channel_id") }.sorted().compactMap { entry[$0] as? String }
            labels.append(Label(
                groupID: id, alternateIDs: alternates, name: entry["name"] as? String, kind: entry["kind"] as? String ?? "",
                mustHave: Set(strings("must_have") ?? []), mustNotHave: Set(strings("must_not_have") ?? []),
                acceptableActions: strings("acceptable_actions").map(Set.init),
                mergeIntoAnyOf: strings("merge_into_any_of").map(Set.init)))
        }
        return GroundTruth(asOf: object["as_of"] as? String, labels: labels)
    }
}

/// A `truth.json` that cannot be read.
public struct GroundTruthError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var detail: String
    public var description: String { "\(path): \(detail)" }
}
