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
    /// The keys a policy file may contain; anything else is a typo that would silently be ignored.
    static let knownKeys: Set<String> = [
        "zombie_days", "minimum_age_days", "task_end_grace_days", "task_quiet_days", "task_burst_decay",
        "task_minimum_burst", "phase_task_markers", "duplicate_jaccard", "duplicate_name_similarity",
        "overlap_containment", "minimum_shared_members", "cross_post_evidence", "check_in_window_days",
        "check_in_share", "check_in_minimum_messages", "working_hours", "tag_overrides", "exemptions",
        "mega_group_members", "mega_group_messages_per_day", "burden_window_days", "borderline_margin",
    ]

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
        let unknown = Set(object.keys).subtracting(knownKeys).sorted()
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
        try positive(zombieDays, "zombie_days")
        try positive(minimumAgeDays, "minimum_age_days")
        guard gracePeriodDays >= 0 else {
            throw PolicyError.invalid(path: path, detail: "'grace_period_days' is \(gracePeriodDays), expected 0 or more")
        }
        try positive(taskQuietDays, "task_quiet_days")
        try positive(checkInWindowDays, "check_in_window_days")
        try positive(minimumSharedMembers, "minimum_shared_members")
        try fraction(duplicateJaccard, "duplicate_jaccard")
        try fraction(overlapContainment, "overlap_containment")
        try fraction(checkInShare, "check_in_share")
        try fraction(taskBurstDecay, "task_burst_decay")
        try fraction(duplicateNameSimilarity, "duplicate_name_similarity")
        try fraction(reboundMemberShare, "rebound_member_share")
        try positive(followUpDays, "follow_up_days")
        try positive(megaGroupMembers, "mega_group_members")
        try positive(burdenWindowDays, "burden_window_days")
        guard megaGroupMessagesPerDay > 0 else {
            throw PolicyError.invalid(path: path, detail: "'mega_group_messages_per_day' is \(megaGroupMessagesPerDay), expected a positive number")
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

