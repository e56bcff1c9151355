/// The before/after summary as label + value rows, shared by the text, Markdown and HTML
/// renderers so the three can never disagree.
public enum BurdenTable {
    /// `[label, "before → after"]` rows.
    public static func rows(_ burden: BurdenSummary, strings s: ReportStrings) -> [[String]] {
        func arrow(_ before: String, _ after: String) -> String { "\(before) → \(after)" }
        func number(_ value: Double) -> String { BurdenTable.number(value) }
        func spread(_ before: Distribution, _ after: Distribution) -> String {
            "\(s.text(.summaryMedian)) \(arrow(number(before.median), number(after.median))); "
                + "\(s.text(.summaryP90)) \(arrow(number(before.p90), number(after.p90))); "
                + "\(s.text(.summaryMax)) \(arrow(number(before.max), number(after.max)))"
        }
        return [
            [s.text(.summaryGroups), arrow("\(burden.groupsBefore)", "\(burden.groupsAfter)")],
            [s.text(.summaryActions), "\(s.action(.dissolve)) \(burden.groupsDissolved), \(s.action(.merge)) \(burden.groupsMerged), "
                + "\(s.action(.review)) \(burden.groupsInReview)"],
            [s.text(.summaryMembers), "\(burden.members)"],
            [s.text(.summaryGroupsPerMember), spread(burden.groupsPerMemberBefore, burden.groupsPerMemberAfter)],
            [s.text(.summaryMessagesPerWeek), spread(burden.messagesPerMemberWeekBefore, burden.messagesPerMemberWeekAfter)
                + "; \(s.text(.summaryMean)) \(arrow(number(burden.messagesPerMemberWeekBefore.mean), number(burden.messagesPerMemberWeekAfter.mean)))"],
            [s.text(.summaryCrossPosts), "\(burden.crossPostCopiesRemoved) / \(burden.crossPostCopiesBefore)"],
            [s.text(.summaryCheckIns), "\(burden.checkInDemandsRemoved) / \(burden.checkInDemandsBefore)"],
        ]
    }

    /// Whole numbers without decimals, others with one.
    public static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int64(value)) : Measure.decimal(value, places: 1)
    }

    /// ``number(_:)`` of the value rounded to one decimal first, so 24.96 reads "25", not "25.0".
    public static func oneDecimal(_ value: Double) -> String { number((value * 10).rounded() / 10) }
}
