import Foundation
import Testing
@testable import GroupSlimKit

/// The bundled example and the generator's ground truth: import counts and every planted verdict,
/// group by group.
@Suite("Sample district end to end", .serialized)
struct SampleDistrictAnalysisTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let example = repositoryRoot.appendingPathComponent("Examples/district")

    static func truth() throws -> SampleDistrictTruth {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(SampleDistrictTruth.self, from: Data(contentsOf: example.appendingPathComponent("truth.json")))
    }

    @Test("Examples/district is exactly what the generator writes for its seed")
    func exampleIsGenerated() throws {
        let truth = try Self.truth()
        let folder = try TestFiles.makeFolder()
        let regenerated = try SampleDistrictGenerator(options: SampleDistrictOptions(groups: truth.groups, seed: truth.seed))
            .write(to: folder)
        #expect(regenerated == truth)
        for file in ["groups.csv", "members.csv", "messages.csv", "people.csv", "truth.json"] {
            let bundled = try Data(contentsOf: Self.example.appendingPathComponent(file))
            let fresh = try Data(contentsOf: folder.appendingPathComponent(file))
            #expect(bundled == fresh, "\(file) differs from the generator's output")
        }
    }

    @Test("on a file store the cross-post scan runs beside the signal scan and finds exactly what one connection finds")
    func concurrentScansMatchSerial() throws {
        let path = try TestFiles.makeFolder().appendingPathComponent("district.db").path
        let store = try GroupStore(path: path)
        try TestFiles.importFolder(Self.example, into: store)
        let started = try CrossPostScan.start(store, asOf: 0)
        #expect(started != nil)
        _ = try started?.result()
        let concurrent = try Analyzer().run(store)
        var serial = Analyzer()
        serial.concurrentScans = false
        let expected = try serial.run(store)
        #expect(expected.crossPostedNotices > 0)
        #expect(concurrent == expected)
        // In memory or inside a transaction there is no second connection to use.
        let inMemory = try CrossPostScan.start(GroupStore.inMemory(), asOf: 0)
        #expect(inMemory == nil)
        let inTransaction = try store.connection.transaction { try CrossPostScan.start(store, asOf: 0) }
        #expect(inTransaction == nil)
    }

    @Test("importing Examples/district gives the generator's counts")
    func importCounts() throws {
        let truth = try Self.truth()
        let store = try GroupStore.inMemory()
        let summary = try TestFiles.importFolder(Self.example, into: store)
        let stats = try store.statistics()
        #expect(stats.groups == truth.groups)
        #expect(stats.people == truth.people)
        #expect(stats.memberships == truth.memberships)
        #expect(stats.messages == truth.messages)
        #expect(summary.counts.messagesAdded == truth.messages)
        #expect(summary.warnings.isEmpty, "\(summary.warnings)")
    }

    @Test("every planted kind is found and no hard negative is flagged")
    func plantedVerdicts() throws {
        let truth = try Self.truth()
        let store = try GroupStore.inMemory()
        try TestFiles.importFolder(Self.example, into: store)
        let result = try Analyzer().run(store)
        #expect(TimeFormatting.iso(result.asOf, zone: TestFiles.shanghai).hasPrefix(String(truth.asOf.prefix(10))))
        for label in truth.labels {
            guard let group = result.group(label.groupID) else {
                Issue.record("group \(label.groupID) missing from the analysis")
                continue
            }
            let verdicts = Set(group.verdicts.map(\.rawValue))
            for expected in label.mustHave where !verdicts.contains(expected) {
                let why = group.checks.first { $0.verdict.rawValue == expected }?.reason ?? ""
                Issue.record("\(label.groupID) (\(label.kind), \(group.profile.name)) should be \(expected): \(why)")
            }
            for forbidden in label.mustNotHave where verdicts.contains(forbidden) {
                let why = group.checks.first { $0.verdict.rawValue == forbidden }?.reason ?? ""
                Issue.record("\(label.groupID) (\(label.kind), \(group.profile.name)) must not be \(forbidden): \(why)")
            }
            if label.mustHave.contains("duplicate") || label.mustHave.contains("overlapping") {
                let related = Set(group.checks.filter(\.granted).flatMap(\.related))
                #expect(!related.isDisjoint(with: label.related), "\(label.groupID) related \(related) vs \(label.related)")
            }
        }
    }

    @Test("explain output for one group of each verdict names the verdict, its measures and thresholds")
    func explainEachVerdict() throws {
        let truth = try Self.truth()
        let store = try GroupStore.inMemory()
        try TestFiles.importFolder(Self.example, into: store)
        let result = try Analyzer().run(store)
        // The sample plants no overlapping group (its sub-groups sit inside broad groups, which is
        // no overlap); the independent districts' tests explain overlapping groups.
        for verdict in VerdictKind.allCases where verdict != .overlapping {
            guard let label = truth.labels.first(where: { $0.mustHave.contains(verdict.rawValue) }),
                  let group = result.group(label.groupID) else {
                Issue.record("no planted group for \(verdict.rawValue)")
                continue
            }
            let text = ExplainRenderer.text(group, in: result)
            #expect(text.contains("[x] \(verdict.rawValue):"), "\(label.groupID)")
            #expect(text.contains("[ ] "), "non-granted verdicts are explained too")
            #expect(text.contains("Signals"))
            if verdict == .zombie { #expect(text.contains("days_since_substantive = ") && text.contains("(>= 90 days)")) }
            if verdict == .checkInOnly { #expect(text.contains("check_in_share_of_non_acknowledgements")) }
            if verdict == .duplicate { #expect(text.contains("jaccard_with_")) }
        }
    }
}
