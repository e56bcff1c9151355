@testable import GroupSlimKit

/// Checks that no verdict sentence states a reason its own measures contradict: a granted verdict's
/// deciding measures pass their thresholds, and every basis a sentence names ("the same owner
/// unit", "shared purpose tags", "re-created", "the purpose parts of their names match", copies
/// "also posted there") is backed by the measure that says so.
enum ExplainConsistency {
    static func contradictions(_ result: AnalysisResult) -> [String] {
        var found: [String] = []
        for group in result.groups {
            for check in group.checks where check.granted {
                let id = "\(group.profile.sourceID) \(check.verdict.rawValue)"
                func value(_ name: String) -> [Double] { check.measures.filter { $0.name == name }.map(\.value) }
                func failing(_ prefix: String) -> Bool { check.measures.contains { $0.name.hasPrefix(prefix) && !$0.passes } }
                switch check.verdict {
                case .zombie:
                    if failing("days_since_substantive") || failing("age") { found.append("\(id): a threshold it names is not met") }
                case .checkInOnly:
                    if failing("messages_in_window") || failing("check_in_share") { found.append("\(id): a threshold it names is not met") }
                case .taskEnded:
                    if failing("recent_substantive") || failing("days_since") || failing("peak_is_burst") {
                        found.append("\(id): a threshold it names is not met")
                    }
                case .duplicate:
                    if !check.measures.contains(where: {
                        ($0.name.hasPrefix("jaccard_with_") || $0.name == "members_in_common_recreated") && $0.passes
                    }) {
                        found.append("\(id): no Jaccard (or, re-created, members in common) at the threshold")
                    }
                case .overlapping:
                    if failing("containment_smaller_in_larger") { found.append("\(id): containment under the threshold") }
                default: break
                }
                let reason = check.reason
                if reason.contains("the same owner unit"), !value("same_owner_unit").contains(1) {
                    found.append("\(id): says the same owner unit, but same_owner_unit = 0")
                }
                if reason.contains("shared purpose tags"), !value("shared_purpose_tags").contains(where: { $0 > 0 }) {
                    found.append("\(id): says shared purpose tags, but shared_purpose_tags = 0")
                }
                if reason.contains("members in common"), !check.measures.contains(where: { $0.name == "members_in_common_recreated" && $0.passes }) {
                    found.append("\(id): says members in common, but that measure is under its threshold")
                }
                if reason.contains("re-created"), value("recreation_mark").isEmpty {
                    found.append("\(id): says re-created, but there is no re-creation mark")
                }
                if reason.contains("purpose parts of their names match"),
                   !check.measures.contains(where: { $0.name == "name_similarity" && $0.passes }) {
                    found.append("\(id): says the names match, but name_similarity is under its threshold")
                }
                if reason.contains("were also posted there"),
                   !value("cross_posted_notices").contains(where: { $0 >= Double(result.policy.crossPostEvidence) }) {
                    found.append("\(id): says its messages were also posted there, but cross_posted_notices is low")
                }
            }
        }
        return found
    }
}
