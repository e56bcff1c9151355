/// The trend section's table, shared by the Markdown and HTML reports; cells are unescaped.
enum TrendTable {
    static func header(_ s: ReportStrings) -> [String] {
        [s.text(.columnRun), s.text(.columnDay), s.text(.summaryGroups), s.text(.columnGroupsAfterPlan),
         s.text(.summaryGroupsPerMember) + " " + s.text(.summaryMedian), s.text(.summaryP90), s.text(.summaryMax),
         s.text(.summaryMessagesPerWeek), s.text(.columnDone), s.text(.columnOpen)]
    }

    static func rows(_ points: [TrendPoint]) -> [[String]] {
        points.map { p in
            [String(p.runID), p.day, String(p.groups), String(p.groupsAfterPlan), BurdenTable.number(p.groupsPerMemberMedian),
             BurdenTable.number(p.groupsPerMemberP90), BurdenTable.number(p.groupsPerMemberMax),
             BurdenTable.number(p.messagesPerMemberWeek), p.done.map(String.init) ?? "-", p.open.map(String.init) ?? "-"]
        }
    }
}
