import Foundation
import Testing
@testable import GroupSlimKit

/// One district (see Fixtures/cross-format/README.md) written as canonical CSV, WhatsApp text and
/// WeChatMsg CSV must give the same verdicts: every format here carries the members and messages
/// the verdicts need.
@Suite("Cross-format district")
struct CrossFormatTests {
    static let asOf = ChatImport.ms("2025-06-30T12:00:00+08:00")
    static let expected: [String: Set<VerdictKind>] = [
        "环卫联络群": [.zombie], "网格工作群": [.duplicate], "网格工作群（二）": [.duplicate],
        "巡查打卡群": [.checkInOnly], "应急值班群": [.protected],
    ]

    static func verdicts(_ format: String) throws -> [String: Set<VerdictKind>] {
        let store = try GroupStore.inMemory()
        _ = try ChatImport.run(try TestFiles.fixture("cross-format/\(format)"), into: store)
        let result = try Analyzer(asOf: asOf).run(store)
        return Dictionary(uniqueKeysWithValues: result.groups.map { ($0.profile.name, Set($0.verdicts)) })
    }

    @Test("canonical, WhatsApp and WeChatMsg give the same verdicts", arguments: ["canonical", "whatsapp", "wechatmsg"])
    func sameVerdicts(_ format: String) throws {
        #expect(try CrossFormatTests.verdicts(format) == CrossFormatTests.expected)
    }

    @Test("member counts agree across formats")
    func sameMembers() throws {
        var counts: [[String: Int]] = []
        for format in ["canonical", "whatsapp", "wechatmsg"] {
            let store = try GroupStore.inMemory()
            _ = try ChatImport.run(try TestFiles.fixture("cross-format/\(format)"), into: store)
            let result = try Analyzer(asOf: CrossFormatTests.asOf).run(store)
            counts.append(Dictionary(uniqueKeysWithValues: result.groups.map { ($0.profile.name, $0.signals.memberCount) }))
        }
        #expect(counts[0] == ["环卫联络群": 3, "网格工作群": 4, "网格工作群（二）": 4, "巡查打卡群": 4, "应急值班群": 3])
        #expect(counts[1] == counts[0])
        #expect(counts[2] == counts[0])
    }
}
