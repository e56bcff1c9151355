import Foundation
import Testing
@testable import GroupSlimKit

/// The analysis judged on districts it was not written for: `Fixtures/independent/` was generated
/// by a script written from policy-basis.md alone, by someone who had not read the analysis code
/// (see its generator's docstring), with its own ground truth: an all-staff group with cascading
/// notices, leaders' and team groups inside bigger ones, study and canteen groups of the same
/// people, untagged emergency groups, roll-calls, dead overlapping groups, and an English
/// workspace exported from Slack and from Discord.
@Suite("Independent districts")
struct IndependentDistrictTests {
    static let root = "independent"

    static func plan(_ source: URL, format: ImportFormat = .auto) throws -> CleanupPlan {
        let store = try GroupStore.inMemory()
        _ = try Importer(options: ImportOptions(timeZone: TestFiles.shanghai)).importSource(source, format: format, into: store)
        let analysis = try Analyzer().run(store)
        return try PlanBuilder().build(store, analysis: analysis)
    }

    /// Every group against its truth; `accepting` names the groups whose disagreement is known
    /// and explained where the set is declared.
    static func check(_ plan: CleanupPlan, truth: GroundTruth, _ name: String, accepting: Set<String> = []) {
        let card = VerdictScorecard(plan: plan, truth: truth)
        let problems = card.problems.filter { !accepting.contains(String($0.prefix { $0 != " " })) }
        #expect(card.unmatched.isEmpty, "\(name): no group for \(card.unmatched)")
        #expect(problems.isEmpty, "\(name):\n\(problems.joined(separator: "\n"))")
        #expect(card.readingDoesNotRise, "\(name): the plan raises the weekly reading")
        #expect(card.groupsScored == truth.labels.count)
        let contradictions = ExplainConsistency.contradictions(plan.analysis)
        #expect(contradictions.isEmpty, "\(name):\n\(contradictions.joined(separator: "\n"))")
    }

    @Test("the Chinese street office: every planted verdict, no hard negative, merges into the right group")
    func chineseDistrict() throws {
        let folder = try TestFiles.fixture("\(Self.root)/zh-district")
        let truth = try GroundTruth.load(folder.appendingPathComponent("truth.json"))
        Self.check(try Self.plan(folder), truth: truth, "zh-district")
    }

    @Test("the English workspace, as Slack and as Discord exported it", arguments: ["slack", "discord"])
    func englishWorkspace(_ format: String) throws {
        let folder = try TestFiles.fixture("\(Self.root)/en-workspace")
        let truth = try GroundTruth.load(folder.appendingPathComponent("truth.json"))
        let plan = try Self.plan(folder.appendingPathComponent(format))
        Self.check(plan, truth: truth, "en-workspace/\(format)")
        // Discord has no member lists: nothing there may be called overlapping.
        if format == "discord" { #expect(plan.analysis.groups.allSatisfy { !$0.verdicts.contains(.overlapping) }) }
    }

    /// The holdout districts (`Fixtures/holdout/`, a second author, a township and a Mattermost
    /// export) were scored once before any rule was changed for them: 61 of 66 and 31 of 35 groups
    /// agreed (README, "Verdict quality"). The one disagreement left is named here: a seasonal
    /// straw-burning patrol, silent five months, whose truth the author marked as debatable.
    static let acceptedHoldoutDisagreements: Set<String> = ["30423572781@chatroom"]

    @Test("the holdout districts: a township (canonical) and a Mattermost workspace", arguments: ["zh-township", "en-mattermost"])
    func holdout(_ name: String) throws {
        let folder = try TestFiles.fixture("holdout/\(name)")
        let truth = try GroundTruth.load(folder.appendingPathComponent("truth.json"))
        Self.check(try Self.plan(folder), truth: truth, "holdout/\(name)", accepting: Self.acceptedHoldoutDisagreements)
    }

    /// The final districts (`Fixtures/final/`, a third author: a county on DingTalk/WeCom, a
    /// volunteer network's Telegram export) were scored once before any change: 53 of 60 and 24
    /// of 28 groups agreed (README, "Verdict quality"); the rules changed after it are tested in
    /// `VerdictTrustTests`.
    @Test("the final districts: a county (canonical) and a Telegram account export", arguments: ["zh-county", "en-telegram"])
    func finalDistricts(_ name: String) throws {
        let folder = try TestFiles.fixture("final/\(name)")
        let truth = try GroundTruth.load(folder.appendingPathComponent("truth.json"))
        Self.check(try Self.plan(folder), truth: truth, "final/\(name)")
    }

    /// A fourth author's street office (`Fixtures/fourth/`, no tags, no protected flags), scored
    /// once after every rule above was in place and not changed for: 39 of 40 groups agreed. The
    /// one left is a 临时 Spring Festival group quiet for 46 days, under `task_quiet_days` (60).
    static let acceptedFourthDisagreements: Set<String> = ["g36"]

    @Test("a fourth author's district, never used to change a rule")
    func fourthDistrict() throws {
        let folder = try TestFiles.fixture("fourth/district")
        let truth = try GroundTruth.load(folder.appendingPathComponent("truth.json"))
        Self.check(try Self.plan(folder), truth: truth, "fourth", accepting: Self.acceptedFourthDisagreements)
    }

    @Test("explain never states a reason its measures contradict, on the bundled example too")
    func exampleExplains() throws {
        let plan = try Self.plan(SampleDistrictAnalysisTests.example)
        let contradictions = ExplainConsistency.contradictions(plan.analysis)
        #expect(contradictions.isEmpty, "\(contradictions.joined(separator: "\n"))")
        #expect(VerdictScorecard(plan: plan, truth: try GroundTruth.load(SampleDistrictAnalysisTests.example.appendingPathComponent("truth.json")))
            .problems.isEmpty)
    }

    @Test("the same district exported without purpose tags or protected flags: no emergency group dissolved or merged")
    func chineseDistrictWithoutTags() throws {
        let source = try TestFiles.fixture("\(Self.root)/zh-district")
        let folder = try TestFiles.makeFolder()
        for file in ["members.csv", "messages.csv", "people.csv"] {
            try FileManager.default.copyItem(at: source.appendingPathComponent(file), to: folder.appendingPathComponent(file))
        }
        // Blank the purpose_tags and protected columns, as a WeChat or QQ export would have them.
        var rows = try CSVReader(url: source.appendingPathComponent("groups.csv")).readAll().map(\.fields)
        let header = rows[0]
        let blank = Set(["purpose_tags", "protected"].compactMap { header.firstIndex(of: $0) })
        #expect(blank.count == 2)
        for row in rows.indices.dropFirst() { for column in blank { rows[row][column] = "" } }
        let text = rows.map { $0.map { CSVWriter.escape($0) }.joined(separator: ",") + "\n" }.joined()
        try Data(text.utf8).write(to: folder.appendingPathComponent("groups.csv"))
        let truth = try GroundTruth.load(source.appendingPathComponent("truth.json"))
        let plan = try Self.plan(folder)
        for label in truth.labels where label.acceptableActions.map({ $0.isSubset(of: ["keep", "review"]) }) == true
            || label.mustHave.contains("protected") {
            let proposal = try #require(plan.proposal(label.groupID))
            #expect(!proposal.action.removesGroup, "\(label.groupID) \(proposal.name): \(proposal.action)")
        }
        #expect(VerdictScorecard(plan: plan, truth: truth).readingDoesNotRise)
    }
}
