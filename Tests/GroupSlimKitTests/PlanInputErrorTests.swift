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
