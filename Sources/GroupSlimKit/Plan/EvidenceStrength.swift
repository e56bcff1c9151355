/// Decides whether a verdict rests on a measure so close to its threshold that the plan should
/// not act on it alone (the policy's `borderline_margin`). Real exports are noisy: a group quiet
/// for 93 days against a 90-day rule may just have had a holiday.
struct EvidenceStrength {
    let policy: AnalysisPolicy

    /// The measure that decides each dissolve verdict.
    static func decidingMeasure(_ check: VerdictCheck) -> Measure? {
        let name: String
        switch check.verdict {
        case .zombie: name = "days_since_substantive"
        case .taskEnded:
            name = check.measures.contains { $0.name == "days_since_declared_task_end" }
                ? "days_since_declared_task_end" : "days_since_peak_window"
        case .checkInOnly: name = "check_in_share_of_non_acknowledgements"
        default: return nil
        }
        return check.measures.first { $0.name == name }
    }

    /// The deciding measure when it is borderline, else `nil`.
    func borderlineMeasure(_ check: VerdictCheck) -> Measure? {
        guard let measure = EvidenceStrength.decidingMeasure(check), let threshold = measure.threshold else { return nil }
        return isBorderline(value: measure.value, threshold: threshold, comparison: measure.comparison) ? measure : nil
    }

    /// Whether `value` passes `threshold` by less than the relative margin.
    func isBorderline(value: Double, threshold: Double, comparison: Measure.Comparison) -> Bool {
        guard threshold > 0 else { return false }
        switch comparison {
        case .atLeast: return value >= threshold && (value - threshold) / threshold < policy.borderlineMargin
        case .atMost, .lessThan: return value <= threshold && (threshold - value) / threshold < policy.borderlineMargin
        case .info: return false
        }
    }

    /// Whether a merge edge rests on a borderline Jaccard (duplicate) or containment (overlapping).
    func isBorderline(_ pair: PairSimilarity, verdict: VerdictKind) -> Bool {
        switch verdict {
        case .duplicate:
            let membership = pair.duplicateMembership(policy)
            return isBorderline(value: membership.value, threshold: membership.threshold, comparison: .atLeast)
        case .overlapping: return isBorderline(value: pair.containment, threshold: policy.overlapContainment, comparison: .atLeast)
        default: return false
        }
    }
}
