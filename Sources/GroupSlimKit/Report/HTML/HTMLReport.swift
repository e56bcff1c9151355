/// The plan as one self-contained HTML page: inline CSS and SVG, no script, no external asset,
/// so it can be mailed, archived and printed as it is. Everything from the data goes through
/// ``HTMLEscaper``.
public enum HTMLReport {
    public static func render(_ context: ReportContext) -> String {
        let s = context.strings, plan = context.plan
        var out: [String] = []
        out.append("<!DOCTYPE html>")
        out.append("<html lang=\"\(context.language == .zh ? "zh-CN" : "en")\"><head><meta charset=\"utf-8\">")
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        out.append("<title>\(h(s.text(.title))) · \(h(context.asOfText))</title>")
        out.append("<style>\n\(HTMLStyle.css)\n</style></head><body><main>")
        out.append("<h1>\(h(s.text(.title)))</h1>")
        out.append("<p class=\"banner\">\(h(s.text(.dryRunBanner)))</p>")
        out.append("<p class=\"meta\">\(h(s.text(.asOf, context.asOfText))) · \(h(s.text(.timeZone, plan.analysis.timeZone))) · "
                   + "\(h(s.text(.windowNote, String(plan.activity.windowDays))))</p>")
        out.append(contentsOf: summary(context))
        out.append(contentsOf: trend(context))
        out.append(contentsOf: charts(context))
        out.append(contentsOf: planByAction(context))
        out.append(contentsOf: merges(context))
        out.append(contentsOf: burdened(context))
        out.append(contentsOf: evidence(context))
        out.append("<h2>\(h(s.text(.sectionAbout)))</h2><p>\(h(s.text(.aboutText)))</p>")
        out.append("<footer>GroupSlim · \(h(s.text(.asOf, context.asOfText)))</footer>")
        out.append("</main></body></html>")
        return out.joined(separator: "\n") + "\n"
    }

    private static func summary(_ context: ReportContext) -> [String] {
        let s = context.strings, b = context.plan.burden
        func card(_ label: String, _ before: String, _ after: String) -> String {
            "<div class=\"card\"><div class=\"label\">\(h(label))</div><div class=\"value\">\(h(after)) "
                + "<small>\(h(s.text(.summaryBefore))) \(h(before))</small></div></div>"
        }
        var out = ["<h2>\(h(s.text(.sectionSummary)))</h2>", "<div class=\"cards\">"]
        out.append(card(s.text(.summaryGroups), "\(b.groupsBefore)", "\(b.groupsAfter)"))
        out.append(card(s.text(.summaryGroupsPerMember) + " (" + s.text(.summaryP90) + ")",
                        BurdenTable.number(b.groupsPerMemberBefore.p90), BurdenTable.number(b.groupsPerMemberAfter.p90)))
        out.append(card(s.text(.summaryMessagesPerWeek) + " (" + s.text(.summaryMedian) + ")",
                        BurdenTable.oneDecimal(b.messagesPerMemberWeekBefore.median),
                        BurdenTable.oneDecimal(b.messagesPerMemberWeekAfter.median)))
        out.append(card(s.text(.summaryCheckInDemands), "\(b.checkInDemandsBefore)", "\(b.checkInDemandsBefore - b.checkInDemandsRemoved)"))
        out.append("</div>")
        out.append(table([s.text(.summaryMeasure), s.text(.summaryBefore) + " → " + s.text(.summaryAfter)],
                         BurdenTable.rows(b, strings: s).map { $0.map(h) }, numeric: []))
        return out
    }

    /// Groups, burden and proposal progress across recorded plans, when there are two or more.
    private static func trend(_ context: ReportContext) -> [String] {
        let s = context.strings, points = context.trend
        guard !points.isEmpty else { return [] }
        let days = points.map(\.day)
        let groups = BarChart(
            title: s.text(.chartGroupsOverTime), categories: days,
            series: [BarChart.Series(name: s.text(.summaryGroups), values: points.map { Double($0.groups) }, cssClass: "bar-before"),
                     BarChart.Series(name: s.text(.columnGroupsAfterPlan), values: points.map { Double($0.groupsAfterPlan) },
                                     cssClass: "bar-after")],
            axisCaption: s.text(.columnDay))
        let burden = BarChart(
            title: s.text(.chartBurdenOverTime), categories: days,
            series: [BarChart.Series(name: s.text(.summaryP90), values: points.map(\.groupsPerMemberP90), cssClass: "bar-before")],
            axisCaption: s.text(.columnDay))
        let later = points.dropFirst()
        let progress = BarChart(
            title: s.text(.chartProposalsOverTime), categories: later.map(\.day),
            series: [BarChart.Series(name: s.text(.columnDone), values: later.map { Double($0.done ?? 0) }, cssClass: "bar-after"),
                     BarChart.Series(name: s.text(.columnOpen), values: later.map { Double($0.open ?? 0) }, cssClass: "bar-before")],
            axisCaption: s.text(.columnDay))
        func figure(_ caption: String, _ svg: String) -> String {
            "<figure><figcaption>\(h(caption))</figcaption>\(svg)</figure>"
        }
        return ["<h2>\(h(s.text(.sectionTrend)))</h2>", "<p class=\"meta\">\(h(s.text(.trendNote)))</p>", "<div class=\"charts\">",
                figure(s.text(.chartGroupsOverTime), groups.svg()),
                figure(s.text(.chartBurdenOverTime), burden.svg()),
                figure(s.text(.chartProposalsOverTime), progress.svg()),
                "</div>",
                table(TrendTable.header(s), TrendTable.rows(points).map { $0.map(h) }, numeric: [])]
    }

    private static func charts(_ context: ReportContext) -> [String] {
        let s = context.strings
        let bins = context.groupsPerMemberBins
        let groupsChart = BarChart(
            title: s.text(.chartGroupsPerMember), categories: bins.labels,
            series: [BarChart.Series(name: s.text(.summaryBefore), values: bins.before, cssClass: "bar-before"),
                     BarChart.Series(name: s.text(.summaryAfter), values: bins.after, cssClass: "bar-after")],
            axisCaption: s.text(.chartGroupsPerMemberAxis))
        let hours = context.plan.activity.messagesByHour
        let hoursChart = BarChart(
            title: s.text(.chartBusiestHours), categories: (0..<24).map { String($0) },
            series: [BarChart.Series(name: s.text(.chartBusiestHours), values: hours.map(Double.init), cssClass: "bar-after")],
            axisCaption: s.text(.chartHourAxis))
        let verdicts = HorizontalBars(title: s.text(.chartVerdicts), rows: context.verdictCounts.map {
            (s.verdict($0.verdict), $0.count, "bar-verdict")
        })
        let counts = context.plan.actionCounts
        let actions = HorizontalBars(title: s.text(.summaryActions), rows: PlanAction.allCases.map {
            (s.action($0), counts[$0, default: 0], "bar-\($0.rawValue)")
        })
        func figure(_ caption: String, _ svg: String) -> String {
            "<figure><figcaption>\(h(caption))</figcaption>\(svg)</figure>"
        }
        return ["<h2>\(h(s.text(.sectionCharts)))</h2>", "<div class=\"charts\">",
                figure(s.text(.chartGroupsPerMember), groupsChart.svg()),
                figure(s.text(.chartBusiestHours), hoursChart.svg()),
                figure(s.text(.chartVerdicts), verdicts.svg()),
                figure(s.text(.summaryActions), actions.svg()),
                "</div>"]
    }

    private static func planByAction(_ context: ReportContext) -> [String] {
        let s = context.strings
        var out = ["<h2>\(h(s.text(.sectionPlan)))</h2>"]
        for action in PlanAction.allCases {
            let rows = context.rows.filter { $0.proposal.action == action }
            out.append("<h3><span class=\"tag \(action.rawValue)\">\(h(s.action(action)))</span> \(rows.count)</h3>")
            if rows.isEmpty {
                out.append("<p>\(h(s.text(.noGroups)))</p>")
                continue
            }
            var header = [s.text(.columnGroup), s.text(.columnName), s.text(.columnOwnerUnit), s.text(.columnMembers),
                          s.text(.columnMessagesPerDay), s.text(.columnActivity), s.text(.columnVerdicts)]
            if action == .merge { header.append(s.text(.columnMergeInto)) }
            out.append(table(header, rows.map { row in
                var cells = [h(row.proposal.groupID), h(row.proposal.name), h(row.proposal.ownerUnit ?? "-"),
                             "\(row.group.signals.memberCount)", BurdenTable.oneDecimal(context.messagesPerDay(row.group)),
                             Sparkline.svg(row.group.signals.messagesPerWindow,
                                           label: "\(row.proposal.groupID) \(s.text(.chartActivity))"),
                             h(s.verdicts(row.proposal.verdicts))]
                if action == .merge { cells.append(h(row.proposal.mergeInto ?? "-")) }
                return cells
            }, numeric: [3, 4], idColumn: 0))
        }
        return out
    }

    private static func merges(_ context: ReportContext) -> [String] {
        let s = context.strings, clusters = context.plan.clusters
        var out = ["<h2>\(h(s.text(.sectionMerges)))</h2>"]
        if clusters.isEmpty { return out + ["<p>\(h(s.text(.noGroups)))</p>"] }
        out.append(table(
            s.clusterHeaders(),
            clusters.map { c in
                let warning = s.clusterWarning(c)
                return [h(c.survivor), h(c.merged.joined(separator: ", "))] + s.clusterFigures(c)
                    + [warning.isEmpty ? "" : "<span class=\"warn\">\(h(warning))</span>"]
            }, numeric: [2, 3, 4, 5, 6, 7, 8, 9], idColumn: 0))
        return out
    }

    private static func burdened(_ context: ReportContext) -> [String] {
        let s = context.strings
        return ["<h2>\(h(s.text(.sectionBurdened)))</h2>", table(
            [s.text(.columnPerson), s.text(.columnUnit), s.text(.columnGroupsBefore), s.text(.columnGroupsAfter),
             s.text(.columnReadBefore), s.text(.columnReadAfter)],
            context.plan.burden.mostBurdened.map { p in
                [h(p.name.map { "\($0) (\(p.personID))" } ?? p.personID), h(p.unit ?? "-"), "\(p.groupsBefore)", "\(p.groupsAfter)",
                 BurdenTable.oneDecimal(p.messagesPerWeekBefore), BurdenTable.oneDecimal(p.messagesPerWeekAfter)]
            }, numeric: [2, 3, 4, 5])]
    }

    private static func evidence(_ context: ReportContext) -> [String] {
        let s = context.strings
        var out = ["<h2>\(h(s.text(.sectionEvidence)))</h2>"]
        for row in context.proposalsWithEvidence {
            let target = row.proposal.mergeInto.map { " → " + h($0) } ?? ""
            out.append("<details open><summary><span class=\"tag \(row.proposal.action.rawValue)\">\(h(s.action(row.proposal.action)))</span> "
                       + "\(h(row.proposal.groupID)) \(h(row.proposal.name))\(target)</summary><ul class=\"reasons\">")
            for reason in row.proposal.reasons { out.append("<li>\(h(s.reason(reason)))</li>") }
            out.append("</ul>")
            let measures = row.group.checks.filter(\.granted).flatMap(\.measures).map(\.text)
            if !measures.isEmpty, context.language == .en {
                out.append("<ul class=\"measures\">" + measures.map { "<li>\(h($0))</li>" }.joined() + "</ul>")
            }
            if !row.proposal.membersAffected.isEmpty {
                out.append("<p class=\"meta\">\(h(s.text(.columnMembersAffected))): \(row.proposal.membersAffected.count)</p>")
            }
            out.append("</details>")
        }
        return out
    }

    private static func h(_ text: String) -> String { HTMLEscaper.escape(text) }


    /// A table whose cells are already escaped HTML.
    private static func table(_ header: [String], _ rows: [[String]], numeric: Set<Int>, idColumn: Int? = nil) -> String {
        func cellClass(_ index: Int) -> String {
            numeric.contains(index) ? " class=\"num\"" : (index == idColumn ? " class=\"id\"" : "")
        }
        var out = "<table><thead><tr>"
        for (index, title) in header.enumerated() { out += "<th\(numeric.contains(index) ? " class=\"num\"" : "")>\(h(title))</th>" }
        out += "</tr></thead><tbody>"
        for row in rows {
            out += "<tr>" + row.enumerated().map { "<td\(cellClass($0))>\($1)</td>" }.joined() + "</tr>"
        }
        return out + "</tbody></table>"
    }
}
