import Foundation
import Testing
@testable import GroupSlimKit

/// Reports: golden files per format and language, escaping of hostile names, formula
/// neutralization, byte-identical reruns, the string tables and the owner notices.
///
/// Golden files live in `Fixtures/golden/`. After an intended change, re-record them with
/// `GROUPSLIM_RECORD=1 swift test --filter ReportTests` and review the diff before committing.
@Suite("Reports")
struct ReportTests {
    static let hostile = (
        keep: "<script>alert(\"x\")</script> & 'q' 工作群",
        dead: "=HYPERLINK(\"http://evil.example\",\"点我\")",
        dupA: "# 标题 | [点我](http://evil.example) `code` 安全生产群",
        dupB: "@安全生产信息群 | 新")

    /// The hand-computed district with hostile names and units.
    static func hostilePlan() throws -> CleanupPlan {
        var builder = PlanDistricts.handComputed(names: hostile)
        builder.groups[0].unit = "-街道办"
        builder.groups[1].unit = "+城管科"
        return try PlanBurdenTests.plan(builder)
    }

    static let goldenSource = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/golden")

    @Test("golden files: every format in both languages", arguments: ReportFormat.allCases)
    func golden(format: ReportFormat) throws {
        let plan = try Self.hostilePlan()
        for language in ReportLanguage.allCases {
            let name = "hostile.\(language.rawValue).\(format.auditFileName)"
            let text = try ReportRenderer.render(plan, format: format, language: language)
            if ProcessInfo.processInfo.environment["GROUPSLIM_RECORD"] == "1" {
                try FileManager.default.createDirectory(at: Self.goldenSource, withIntermediateDirectories: true)
                try Data(text.utf8).write(to: Self.goldenSource.appendingPathComponent(name))
                continue
            }
            let url = try TestFiles.fixture("golden/\(name)")
            guard let expected = try? Data(contentsOf: url) else {
                Issue.record("missing golden file \(name); record it with GROUPSLIM_RECORD=1 swift test --filter ReportTests")
                continue
            }
            // Bytes, not strings: the CSV's BOM must survive too.
            #expect(Data(text.utf8) == expected, "\(name) differs from its golden file; if intended, re-record with GROUPSLIM_RECORD=1")
        }
    }

    @Test("HTML: hostile names are escaped everywhere, and the page has no script and no external asset")
    func htmlEscaping() throws {
        let html = try ReportRenderer.render(try Self.hostilePlan(), format: .html, language: .en)
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"))
        #expect(!html.contains("'q'") && !html.contains("\"x\""))
        for forbidden in ["<a ", "href=", "src=", "<link", "@import", "url(", "<iframe", "<img", "javascript:"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        let external = html.components(separatedBy: "http").count - 1
        let namespaces = html.components(separatedBy: "xmlns=\"http://www.w3.org/2000/svg\"").count - 1
        let escapedData = html.components(separatedBy: "http://evil.example").count - 1
        #expect(external == namespaces + escapedData, "the only URLs are SVG namespaces and escaped data text")
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<svg") && html.contains("<style>"))
    }

    @Test("Markdown: pipes, backticks, leading # and link syntax from the data are inert")
    func markdownEscaping() throws {
        #expect(MarkdownEscaper.escape("# 标题 | [点我](http://x) `c`") == "\\# 标题 \\| \\[点我\\]\\(http://x\\) \\`c\\`")
        #expect(MarkdownEscaper.escape("a\nb") == "a b")
        #expect(MarkdownEscaper.escape("-1") == "\\-1" && MarkdownEscaper.escape("12. x") == "12\\. x")
        #expect(MarkdownEscaper.escape("<b>&amp;") == "\\<b\\>\\&amp;")
        let md = try ReportRenderer.render(try Self.hostilePlan(), format: .md, language: .zh)
        #expect(md.contains("\\# 标题 \\| \\[点我\\]\\(http://evil.example\\) \\`code\\` 安全生产群"))
        #expect(!md.contains("[点我](http"))
        #expect(md.hasPrefix("# 工作群清理方案\n"))
        // Every table row keeps its column count: unescaped pipes match the header's.
        var columns: Int?
        for line in md.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            guard line.hasPrefix("|") else { columns = nil; continue }
            let pipes = Self.unescapedPipes(line)
            if let columns { #expect(pipes == columns, "\(line)") } else { columns = pipes }
        }
    }

    static func unescapedPipes(_ line: String) -> Int {
        var count = 0, escaped = false
        for character in line {
            if escaped { escaped = false; continue }
            if character == "\\" { escaped = true } else if character == "|" { count += 1 }
        }
        return count
    }

    @Test("CSV: UTF-8 BOM, one row per group, cells starting with = + - @ neutralized")
    func csv() throws {
        let text = try ReportRenderer.render(try Self.hostilePlan(), format: .csv, language: .en)
        #expect(text.hasPrefix("\u{FEFF}"))
        let rows = try CSVReaderRows.parse(String(text.dropFirst()))
        #expect(rows.count == 5)
        #expect(rows[0].first == "Group")
        for row in rows { for cell in row { #expect(!["=", "+", "-", "@"].contains(cell.first.map(String.init) ?? ""), "\(cell)") } }
        let dead = try #require(rows.first { $0[0] == "dead" })
        #expect(dead[2] == "'=HYPERLINK(\"http://evil.example\",\"点我\")")
        #expect(dead[3] == "'+城管科")
        #expect(rows.first { $0[0] == "keep" }?[3] == "'-街道办")
        #expect(rows.first { $0[0] == "dup-b" }?[2] == "'@安全生产信息群 | 新")
        #expect(dead[4] == "Dissolve")
        #expect(rows.first { $0[0] == "dup-a" }?[5] == "dup-b")
    }

    @Test("two runs on the same input give byte-identical files")
    func byteIdentical() throws {
        let first = try Self.hostilePlan(), second = try Self.hostilePlan()
        for format in ReportFormat.allCases {
            for language in ReportLanguage.allCases {
                #expect(try ReportRenderer.render(first, format: format, language: language)
                        == ReportRenderer.render(second, format: format, language: language))
            }
        }
        let folders = [try TestFiles.makeFolder("identical-a"), try TestFiles.makeFolder("identical-b")]
        let written = try zip([first, second], folders).map { try AuditReportWriter(language: .zh).write($0, to: $1) }
        #expect(written[0] == written[1])
        #expect(written[0].contains("report.html") && written[0].contains("notices/merge-wechat-dup-a.txt"))
        for file in written[0] {
            let a = try Data(contentsOf: folders[0].appendingPathComponent(file))
            let b = try Data(contentsOf: folders[1].appendingPathComponent(file))
            #expect(a == b, "\(file)")
        }
    }

    @Test("plan text starts with the dry-run line; JSON has the promised shape")
    func planShapes() throws {
        let plan = try Self.hostilePlan()
        for language in ReportLanguage.allCases {
            let first = PlanTextRenderer.render(plan, language: language).split(separator: "\n").first.map(String.init) ?? ""
            #expect(first.contains("DRY RUN"), "\(language)")
        }
        let json = try PlanDocument(plan, language: .en).json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["dry_run"] as? Bool == true)
        #expect(object["as_of"] as? String == "2026-06-30T17:00:00+08:00")
        #expect(object["summary"] is [String: Any])
        let groups = try #require(object["groups"] as? [[String: Any]])
        for key in ["id", "name", "verdicts", "action", "merge_into", "reasons", "members_affected"] {
            #expect(groups.allSatisfy { $0.keys.contains(key) }, "\(key)")
        }
        let dupA = try #require(groups.first { $0["id"] as? String == "dup-a" })
        #expect(dupA["merge_into"] as? String == "dup-b")
        #expect(groups.first { $0["id"] as? String == "keep" }?["merge_into"] is NSNull)
    }

    @Test("both string tables have every key; Chinese data gets Chinese by default")
    func localization() {
        for key in ReportKey.allCases {
            #expect(ReportStrings.english[key] != nil, "en \(key)")
            #expect(ReportStrings.chinese[key] != nil, "zh \(key)")
        }
        #expect(ReportLanguage.detect(groupNames: ["街道工作群", "Ops", "社区群"]) == .zh)
        #expect(ReportLanguage.detect(groupNames: ["ops", "infra", "社区群"]) == .en)
        #expect(ReportLanguage.zh.strings.text(.reasonMergeInto, "g1", "重复建群") == "并入 g1（重复建群）。")
    }

    @Test("Chinese evidence names every measure in words with 天 for days; English keeps the analyzer's text")
    func measureWording() throws {
        let plan = try Self.hostilePlan()
        let measures = plan.proposals.flatMap(\.reasons).flatMap { reason -> [Measure] in
            if case .verdict(_, _, let measures) = reason { return measures }
            return []
        }
        #expect(!measures.isEmpty)
        let zh = MeasureWording(language: .zh)
        for measure in measures {
            #expect(zh.name(measure.name) != measure.name, "no Chinese name for \(measure.name)")
            #expect(!zh.text(measure).contains("days") && !zh.text(measure).contains(">="), "\(zh.text(measure))")
            #expect(MeasureWording(language: .en).text(measure) == measure.text)
        }
        #expect(zh.text(Measure("days_since_substantive", 329, .atLeast, 90, unit: "days")) == "距最后一条实质消息 329 天（≥ 90 天）")
        #expect(zh.text(Measure("threshold_from_tags_防汛", 365, unit: "days")) == "按用途标签设定的阈值（防汛） 365 天")
        #expect(zh.value(91, unit: "days") == "91 天" && zh.value(0.8, unit: "%") == "80.0%")
        #expect(zh.name("a_measure_added_later") == "a_measure_added_later", "unknown names stay readable")
    }

    @Test("owner notices: one per affected group from the templates; an edited folder overrides; typos are refused")
    func notices() throws {
        let context = ReportContext(plan: try Self.hostilePlan(), language: .zh)
        let notices = NoticeWriter().notices(context)
        #expect(notices.map(\.fileName) == ["dissolve-wechat-dead.txt", "merge-wechat-dup-a.txt", "survivor-wechat-dup-b.txt"])
        let merge = notices[1].text
        #expect(merge.contains(Self.hostile.dupA) && merge.contains("“\(Self.hostile.dupB)”（dup-b）"))
        #expect(merge.contains("重复建群") && !merge.contains("{{"))
        let folder = try TestFiles.makeFolder()
        try NoticeTemplates().export(to: folder)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("dissolve.en.txt").path))
        try Data("解散 {{group_id}}：{{verdicts}}".utf8).write(to: folder.appendingPathComponent("dissolve.zh.txt"))
        let edited = NoticeWriter(templates: try NoticeTemplates(folder: folder)).notices(context)
        #expect(edited[0].text == "解散 dead：僵尸群")
        // One pass: a value that looks like a placeholder is not expanded again; spacing inside braces is free.
        #expect(NoticeTemplates.fill("{{group_name}} / {{  owner_unit }} / {{merge_into}}",
                                     ["group_name": "{{owner_unit}}", "owner_unit": "街道办"])
                == "{{owner_unit}} / 街道办 / {{merge_into}}")
        try Data("{{group_nmae}}".utf8).write(to: folder.appendingPathComponent("merge.zh.txt"))
        #expect(throws: NoticeError.unknownPlaceholder(path: folder.appendingPathComponent("merge.zh.txt").path, placeholder: "group_nmae")) {
            try NoticeTemplates(folder: folder)
        }
    }
}

/// Reads CSV text back with the importer's own reader, so the test checks what Excel would see.
enum CSVReaderRows {
    static func parse(_ text: String) throws -> [[String]] {
        let folder = try TestFiles.makeFolder("csv-rows")
        let url = folder.appendingPathComponent("rows.csv")
        try Data(text.utf8).write(to: url)
        var rows: [[String]] = []
        let reader = try CSVReader(url: url)
        while let record = try reader.next() { rows.append(record.fields) }
        return rows
    }
}
