import Foundation
import Testing
@testable import GroupSlimKit

/// The plan on the bundled district, group by group against the generator's labels.
@Suite("Plan on the sample district", .serialized)
struct PlanDistrictTests {
    /// Imported and planned once for the whole suite: the import is the slow part.
    static let shared = Result { try build() }

    static func plan() throws -> (CleanupPlan, SampleDistrictTruth) { try shared.get() }

    static func build() throws -> (CleanupPlan, SampleDistrictTruth) {
        let store = try GroupStore.inMemory()
        try TestFiles.importFolder(SampleDistrictAnalysisTests.example, into: store)
        let plan = try PlanBuilder().build(store, analysis: try Analyzer().run(store))
        return (plan, try SampleDistrictAnalysisTests.truth())
    }

    @Test("every group gets the action its planted kind calls for")
    func actionsMatchLabels() throws {
        let (plan, truth) = try Self.plan()
        #expect(plan.proposals.count == truth.groups)
        let dissolveKinds: Set<String> = ["zombie", "task-ended", "check-in-only"]
        for label in truth.labels {
            let proposal = try #require(plan.proposal(label.groupID))
            let what = "\(label.groupID) (\(label.kind)) got \(proposal.action.rawValue): \(proposal.reasons.map(\.code))"
            if !dissolveKinds.isDisjoint(with: label.mustHave) {
                #expect(proposal.action == .dissolve, "\(what)")
                #expect(!proposal.membersAffected.isEmpty, "\(what): a dissolve records its roster")
            } else if label.mustHave.contains("duplicate") || label.mustHave.contains("overlapping") {
                if proposal.action == .merge {
                    #expect(label.related.contains(proposal.mergeInto ?? ""), "\(what) into \(proposal.mergeInto ?? "-")")
                } else {
                    guard case .absorbs(let absorbed)? = proposal.reasons.first else {
                        Issue.record("\(what): neither merged nor a survivor")
                        continue
                    }
                    #expect(proposal.action == .keep)
                    #expect(!Set(absorbed).isDisjoint(with: label.related), "\(what) absorbs \(absorbed)")
                }
            } else if label.mustHave.contains("protected") {
                let dormant = proposal.reasons.first?.code == "protected-dormant"
                #expect(proposal.action == (dormant ? .review : .keep), "\(what)")
            } else {
                #expect(proposal.action == .keep, "\(what)")
            }
        }
    }

    @Test("merges never chain: every survivor is kept, every merged group names its survivor directly")
    func mergesAreStars() throws {
        let (plan, _) = try Self.plan()
        #expect(!plan.clusters.isEmpty)
        for proposal in plan.proposals(.merge) {
            let survivor = try #require(plan.proposal(proposal.mergeInto ?? ""))
            #expect(survivor.action == .keep, "\(proposal.groupID) → \(survivor.groupID)")
            let analysis = try #require(plan.analysis.group(proposal.groupID))
            let named = Set(analysis.checks.filter(\.granted).flatMap(\.related))
            #expect(named.contains(survivor.groupID), "\(proposal.groupID) merges only into a group its own verdict names")
        }
        let counts = plan.actionCounts
        #expect(plan.burden.groupsAfter == plan.proposals.count - counts[.dissolve, default: 0] - counts[.merge, default: 0])
        #expect(plan.burden.groupsPerMemberAfter.max <= plan.burden.groupsPerMemberBefore.max)
        #expect(plan.burden.checkInDemandsRemoved > 0 && plan.burden.crossPostCopiesRemoved > 0)
    }
}
