import Foundation
import Testing
@testable import GroupSlimKit

/// Bad input to the plan and its reports: policy values, template files, output paths.
@Suite("Plan and report bad input")
struct PlanInputErrorTests {
    @Test("plan keys in a policy file are checked", arguments: [
        ("{\"borderline_margin\": 1.5}", "borderline_margin"),
        ("{\"mega_group_members\": 0}", "mega_group_members"),
        ("{\"mega_group_messages_per_day\": -3}", "mega_group_messages_per_day"),
        ("{\"burden_window_days\": 0}", "burden_window_days"),
        // Day counts are bounded: 9223372036854775807 days used to overflow when turned into milliseconds.
        ("{\"zombie_days\": 9223372036854775807}", "zombie_days"),
        ("{\"check_in_window_days\": 36501}", "check_in_window_days"),
        ("{\"follow_up_days\": 9223372036854775807}", "follow_up_days"),
        ("{\"grace_period_days\": -1}", "grace_period_days"),
        ("{\"task_end_grace_days\": -5}", "task_end_grace_days"),
        ("{\"task_minimum_burst\": 0}", "task_minimum_burst"),
        ("{\"cross_post_evidence\": 0}", "cross_post_evidence"),
        ("{\"tag_overrides\": [{\"tags\": [\"x\"], \"zombie_days\": -2}]}", "tag_overrides[1].zombie_days"),
        ("{\"tag_overrides\": [{\"tags\": [\"x\"], \"check_in_share\": 3}]}", "tag_overrides[1].check_in_share"),
        ("{\"tag_overrides\": [{\"tags\": []}]}", "tag_overrides[1].tags"),
        ("{\"working_hours\": {\"days\": [1, 8]}}", "working_hours.days"),
    ])
    func policyValues(json: String, key: String) {
        do {
            _ = try AnalysisPolicy.decode(Data(json.utf8), path: "p.json")
            Issue.record("\(json) was accepted")
        } catch let error as PolicyError {
            #expect(error.description.hasPrefix("p.json: '\(key)'"), "\(error)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("what `groupslim policy` prints reads back as the same policy, every key included")
    func printedPolicyRoundTrips() throws {
        let printed = try AnalysisPolicy().json()
        #expect(printed.contains("\"grace_period_days\""))
        #expect(printed.contains("\"follow_up_days\""))
        #expect(try AnalysisPolicy.decode(Data(printed.utf8)) == AnalysisPolicy())
        var changed = AnalysisPolicy()
        changed.gracePeriodDays = 7
        changed.followUpDays = 45
        changed.reboundMemberShare = 0.75
        changed.workingHours.timeZone = "Asia/Shanghai"
        changed.tagOverrides.append(.init(tags: ["值班"], zombieDays: 200, checkInShare: 0.9, taskEndGraceDays: 3))
        #expect(try AnalysisPolicy.decode(Data(try changed.json().utf8)) == changed)
    }

    @Test("misspelt keys are refused at every level, named with their place")
    func unknownNestedKeys() {
        let json = """
            {"zombie_dayz": 3, "working_hours": {"start": "08:00", "timezone": "UTC"},
             "tag_overrides": [{"tags": ["a"]}, {"tags": ["b"], "zombie_day": 9}], "exemptions": {"id": ["x"]}}
            """
        #expect(throws: PolicyError.invalid(path: "p.json", detail: "unknown key(s) zombie_dayz, exemptions.id, "
                                                + "tag_overrides[2].zombie_day, working_hours.timezone")) {
            try AnalysisPolicy.decode(Data(json.utf8), path: "p.json")
        }
    }

    @Test("plan keys in a policy file are read")
    func policyRead() throws {
        let policy = try AnalysisPolicy.decode(Data("{\"mega_group_members\": 80, \"burden_window_days\": 28}".utf8))
        #expect(policy.megaGroupMembers == 80 && policy.burdenWindowDays == 28 && policy.borderlineMargin == 0.02)
    }

    @Test("a template that is not UTF-8 is refused with its path")
    func unreadableTemplate() throws {
        let folder = try TestFiles.makeFolder()
        let url = try TestFiles.write([0xFF, 0xFE, 0x00, 0xD8, 0x41], to: folder, as: "review.en.txt")
        #expect(throws: NoticeError.unreadableTemplate(path: url.path)) { try NoticeTemplates(folder: folder) }
    }

    @Test("writing reports where a file stands in the way names the path")
    func unwritableFolder() throws {
        let folder = try TestFiles.makeFolder()
        let blocker = try TestFiles.write(Array("not a folder".utf8), to: folder, as: "report")
        let plan = try PlanBurdenTests.plan(PlanDistricts.handComputed())
        do {
            try AuditReportWriter(language: .en).write(plan, to: blocker)
            Issue.record("writing into a file succeeded")
        } catch let error as ReportWriteError {
            #expect(error.description.hasPrefix(blocker.path + ": cannot write"))
        }
    }
}
