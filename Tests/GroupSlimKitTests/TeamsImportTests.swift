import Foundation
import Testing
@testable import GroupSlimKit

@Suite("Teams activity report")
struct TeamsImportTests {
    static let report = "teams/TeamsTeamActivityDetail.csv"
    static func id(_ n: Int) -> String { "5f1c0a2e-000\(n)-4c1b-9a77-3f0d2b7e000\(n)" }

    @Test("rows become report-only groups with their aggregates")
    func importsAggregates() throws {
        let store = try GroupStore.inMemory()
        let url = try TestFiles.fixture(TeamsImportTests.report)
        #expect(try ImportFormat.detect(url) == .teams)
        let summary = try ChatImport.run(url, into: store)
        #expect(summary.counts.groupsAdded == 4)
        #expect(summary.counts.messagesAdded == 0)
        #expect(summary.counts.peopleAdded == 0)
        let reports = try ActivityReportReader.reports(store)
        #expect(reports.count == 4)
        let street = try #require(reports.values.first { $0.counts["channel_messages"] == 155 })
        #expect(street.lastActivityDate == "2026-06-29")
        #expect(street.lastActivityAt == ChatImport.ms("2026-06-29T00:00:00+08:00"))
        #expect(street.periodDays == 180)
        #expect(street.counts["active_users"] == 14 && street.counts["reply_messages"] == 95)
        #expect(street.teamType == "Public")
        #expect(reports.values.filter { $0.lastActivityAt == nil }.count == 2)
    }

    @Test("zombie is judged from the last activity date; every other verdict is 'not judged', never guessed")
    func verdicts() throws {
        let store = try GroupStore.inMemory()
        _ = try ChatImport.run(try TestFiles.fixture(TeamsImportTests.report), into: store)
        let result = try Analyzer().run(store)
        #expect(result.asOf == ChatImport.ms("2026-07-01T00:00:00+08:00") - 1)  // the end of the refresh day
        let budget = try #require(result.group(TeamsImportTests.id(1)))
        let street = try #require(result.group(TeamsImportTests.id(2)))
        let archive = try #require(result.group(TeamsImportTests.id(3)))
        let weekly = try #require(result.group(TeamsImportTests.id(4)))
        #expect(budget.verdicts == [.zombie])
        #expect(budget.check(.zombie)?.measures.first?.value == 165)  // whole days from the end of 2026-01-15
        #expect(street.verdicts.isEmpty)
        #expect(street.check(.zombie)?.judged == true)
        #expect(archive.verdicts == [.zombie])  // no activity in 180 days
        #expect(weekly.verdicts.isEmpty)
        #expect(weekly.check(.zombie)?.judged == false)  // a 7-day period cannot show 90 quiet days
        #expect(weekly.check(.zombie)?.reason.hasPrefix("Not judged: no activity in the report's 7-day period") == true)
        for group in [budget, street, archive, weekly] {
            for kind in [VerdictKind.taskEnded, .duplicate, .overlapping, .checkInOnly, .tooNew] {
                let check = try #require(group.check(kind))
                #expect(!check.judged && !check.granted)
                #expect(check.reason.hasPrefix("Not judged: "))
            }
            #expect(group.check(.protected)?.judged == true)
        }
        let json = try AnalysisRenderer.json(result)
        #expect(json.contains("\"judged\" : false"))
        let explain = ExplainRenderer.text(weekly, in: result)
        #expect(explain.contains("[?] duplicate: Not judged: "))
        #expect(explain.contains("usage report: teams-team-activity, refreshed 2026-06-30, period 7 days, last activity none"))
    }

    @Test("a later report replaces an older one, whatever the import order; headers match by name and spelling")
    func laterReportWins() throws {
        let store = try GroupStore.inMemory()
        _ = try ChatImport.run(try TestFiles.fixture("teams/teams-later-report.csv"), into: store, format: .teams)
        _ = try ChatImport.run(try TestFiles.fixture(TeamsImportTests.report), into: store)
        let reports = try ActivityReportReader.reports(store)
        let budget = try #require(reports.values.first { $0.refreshDate == "2026-07-31" })
        #expect(budget.lastActivityDate == "2026-07-20")
        #expect(budget.periodDays == 30)
        let result = try Analyzer().run(store)
        #expect(result.group(TeamsImportTests.id(1))?.verdicts.isEmpty == true)  // active again in July
    }

    @Test("bad input: a bad date or count names file, line and column; the database is unchanged")
    func badInput() throws {
        let store = try GroupStore.inMemory()
        _ = try ChatImport.run(try TestFiles.fixture(TeamsImportTests.report), into: store)
        let before = try ChatImport.dump(store)
        let header = "Report Refresh Date,Team Name,Team Id,Last Activity Date,Report Period,Channel Messages\n"
        let badDate = try ChatImport.file(header + "2026-06-30,A,a1,2026-06-01,30,4\n2026-06-30,B,b1,June 3,30,1\n", named: "t.csv")
        #expect(throws: ImportError.badValue(file: badDate.path, line: 3, column: "Last Activity Date", value: "June 3",
                                             expected: "a date YYYY-MM-DD")) {
            try ChatImport.run(badDate, into: store)
        }
        let badCount = try ChatImport.file(header + "2026-06-30,A,a1,2026-06-01,30,many\n", named: "t.csv")
        #expect(throws: ImportError.badValue(file: badCount.path, line: 2, column: "Channel Messages", value: "many",
                                             expected: "a count (0 or more)")) {
            try ChatImport.run(badCount, into: store)
        }
        #expect(try ChatImport.dump(store) == before)
    }
}
