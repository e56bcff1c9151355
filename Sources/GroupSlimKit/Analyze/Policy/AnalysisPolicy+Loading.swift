import Foundation

/// Why a policy file was refused.
public enum PolicyError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case invalid(path: String, detail: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): return "\(path): cannot read the policy file (\(reason))."
        case .invalid(let path, let detail):
            return "\(path): \(detail). Run `groupslim policy` to see every key with its default."
        }
    }
}

extension AnalysisPolicy {
    /// The keys a policy file may contain, taken from what `groupslim policy` prints (the default
    /// policy encoded), so a key added to the policy can never be refused when read back; anything
    /// else is a typo that would silently be ignored.
    static let knownKeys = encodedKeys(AnalysisPolicy())

    /// Keys of the nested objects: `working_hours`, `exemptions` and each `tag_overrides` entry
    /// (encoded with every optional threshold set, so none is left out).
    static let nestedKeys: [String: Set<String>] = [
        "working_hours": encodedKeys(WorkingHours()),
        "exemptions": encodedKeys(Exemptions()),
        "tag_overrides": encodedKeys(TagOverride(tags: [], zombieDays: 0, checkInShare: 0, taskEndGraceDays: 0)),
    ]

    /// The longest day count a policy may set: a century, longer than any export can cover, and
    /// small enough that converting it to milliseconds can never overflow.
    static let maximumDays = 36_500

    /// The top-level keys of `value` as policy JSON writes them (snake_case).
    private static func encodedKeys(_ value: some Encodable) -> Set<String> {
        guard let text = try? StableJSON.text(value),
              let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { return [] }
        return Set(object.keys)
    }

    /// Unknown keys of a policy object, nested ones as `working_hours.x` or `tag_overrides[2].x`.
    static func unknownKeys(in object: [String: Any]) -> [String] {
        var unknown = Set(object.keys).subtracting(knownKeys).sorted()
        for (key, allowed) in nestedKeys.sorted(by: { $0.key < $1.key }) {
            if let nested = object[key] as? [String: Any] {
                unknown += Set(nested.keys).subtracting(allowed).sorted().map { "\(key).\($0)" }
            } else if let list = object[key] as? [Any] {
                for (index, element) in list.enumerated() {
                    guard let nested = element as? [String: Any] else { continue }
                    unknown += Set(nested.keys).subtracting(allowed).sorted().map { "\(key)[\(index + 1)].\($0)" }
                }
            }
        }
        return unknown
    }

    /// Reads a JSON policy file; keys left out keep their defaults.
    public static func load(path: String) throws -> AnalysisPolicy {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw PolicyError.unreadable(path: path, reason: error.localizedDescription)
        }
        return try decode(data, path: path)
    }

    /// Decodes policy JSON, checking keys and ranges.
    public static func decode(_ data: Data, path: String = "policy") throws -> AnalysisPolicy {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw PolicyError.invalid(path: path, detail: "not a JSON object")
        }
        let unknown = unknownKeys(in: object)
        if !unknown.isEmpty {
            throw PolicyError.invalid(path: path, detail: "unknown key(s) \(unknown.joined(separator: ", "))")
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let policy: AnalysisPolicy
        do {
            policy = try decoder.decode(AnalysisPolicy.self, from: data)
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context),
                let DecodingError.keyNotFound(_, context), let DecodingError.dataCorrupted(context) {
            let key = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw PolicyError.invalid(path: path, detail: "'\(key)': \(context.debugDescription)")
        }
        try policy.validate(path: path)
        return policy
    }

    /// The effective policy as pretty JSON with sorted keys (what `groupslim policy` prints).
    public func json() throws -> String {
        try StableJSON.text(self)
    }

    func validate(path: String) throws {
        func fraction(_ value: Double, _ key: String) throws {
            guard value > 0, value <= 1 else {
                throw PolicyError.invalid(path: path, detail: "'\(key)' is \(value), expected a fraction in (0, 1]")
            }
        }
        func positive(_ value: Int, _ key: String) throws {
            guard value > 0 else { throw PolicyError.invalid(path: path, detail: "'\(key)' is \(value), expected a positive number") }
        }
        func days(_ value: Int, _ key: String, allowZero: Bool = false) throws {
            guard value >= (allowZero ? 0 : 1), value <= AnalysisPolicy.maximumDays else {
                throw PolicyError.invalid(path: path, detail: "'\(key)' is \(value), expected \(allowZero ? 0 : 1) to "
                                              + "\(AnalysisPolicy.maximumDays) days")
            }
        }
        try days(zombieDays, "zombie_days")
        try days(minimumAgeDays, "minimum_age_days")
        try days(gracePeriodDays, "grace_period_days", allowZero: true)
        try days(taskEndGraceDays, "task_end_grace_days", allowZero: true)
        try days(taskQuietDays, "task_quiet_days")
        try days(checkInWindowDays, "check_in_window_days")
        try days(followUpDays, "follow_up_days")
        try days(burdenWindowDays, "burden_window_days")
        try positive(minimumSharedMembers, "minimum_shared_members")
        try positive(taskMinimumBurst, "task_minimum_burst")
        try positive(crossPostEvidence, "cross_post_evidence")
        try positive(checkInMinimumMessages, "check_in_minimum_messages")
        for (index, override) in tagOverrides.enumerated() {
            let key = "tag_overrides[\(index + 1)]"
            guard !override.tags.isEmpty else {
                throw PolicyError.invalid(path: path, detail: "'\(key).tags' is empty, expected the tags it applies to")
            }
            if let value = override.zombieDays { try days(value, key + ".zombie_days") }
            if let value = override.taskEndGraceDays { try days(value, key + ".task_end_grace_days", allowZero: true) }
            if let value = override.checkInShare { try fraction(value, key + ".check_in_share") }
        }
        if let day = workingHours.days.first(where: { !(1...7).contains($0) }) {
            throw PolicyError.invalid(path: path, detail: "'working_hours.days' holds \(day), expected ISO weekdays 1 (Monday) to 7 (Sunday)")
        }
        try fraction(duplicateJaccard, "duplicate_jaccard")
        try fraction(duplicateJaccardRecreated, "duplicate_jaccard_recreated")
        try fraction(overlapContainment, "overlap_containment")
        try fraction(overlapCopyShare, "overlap_copy_share")
        try fraction(checkInShare, "check_in_share")
        try fraction(taskBurstDecay, "task_burst_decay")
        try fraction(duplicateNameSimilarity, "duplicate_name_similarity")
        try fraction(reboundMemberShare, "rebound_member_share")
        try positive(megaGroupMembers, "mega_group_members")
        guard megaGroupMessagesPerDay > 0 else {
            throw PolicyError.invalid(path: path, detail: "'mega_group_messages_per_day' is \(megaGroupMessagesPerDay), expected a positive number")
        }
        guard mergeMaxAddedMessagesPerPersonWeek >= 0, mergeMaxAddedMessagesPerPersonWeek.isFinite else {
            throw PolicyError.invalid(path: path, detail: "'merge_max_added_messages_per_person_week' is \(mergeMaxAddedMessagesPerPersonWeek), expected 0 or more messages")
        }
        guard mergeMembershipWeight >= 0, mergeMembershipWeight.isFinite else {
            throw PolicyError.invalid(path: path, detail: "'merge_membership_weight' is \(mergeMembershipWeight), expected 0 or more messages per week")
        }
        guard borderlineMargin >= 0, borderlineMargin < 1 else {
            throw PolicyError.invalid(path: path, detail: "'borderline_margin' is \(borderlineMargin), expected a fraction in [0, 1)")
        }
        guard WorkingHours.minutes(workingHours.start) != nil, WorkingHours.minutes(workingHours.end) != nil else {
            throw PolicyError.invalid(path: path, detail: "working_hours start/end must be HH:MM")
        }
        if !workingHours.timeZone.isEmpty, TimeZone(identifier: workingHours.timeZone) == nil {
            throw PolicyError.invalid(path: path, detail: "working_hours.time_zone '\(workingHours.timeZone)' is not an IANA zone")
        }
    }
}

