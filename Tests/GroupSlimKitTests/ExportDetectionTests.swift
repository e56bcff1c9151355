import Foundation
import Testing
@testable import GroupSlimKit

@Suite("Platform export detection")
struct ExportDetectionTests {
    @Test("every fixture is recognized as its own format and by no other importer")
    func eachFixtureOnce() throws {
        let expected: [(String, ImportFormat)] = [
            ("slack-export", .slack), ("slack-export.zip", .slack), ("telegram-single", .telegram),
            ("telegram-account/result.json", .telegram), ("discord", .discord), ("mattermost", .mattermost),
            ("wecom", .wecom), ("canonical-basic", .canonical),
        ]
        for (fixture, format) in expected {
            let url = try TestFiles.fixture(fixture)
            let recognizedBy = ImportFormat.allCases.filter { $0.importer?.recognizes(url) == true }
            #expect(recognizedBy == [format], "\(fixture)")
        }
    }

    @Test("a file of no known format lists every format tried")
    func unknown() throws {
        let folder = try TestFiles.makeFolder()
        let url = try TestFiles.write(Array("{\"hello\": [1, 2, 3]}".utf8), to: folder, as: "x.json")
        do {
            _ = try ImportFormat.detect(url)
            Issue.record("no error")
        } catch let error as ImportError {
            guard case .unknownFormat(let path, let tried, _) = error else { Issue.record("\(error)"); return }
            #expect(path == url.path)
            for name in ["slack", "telegram", "discord", "mattermost", "wecom"] {
                #expect(tried.contains { $0.hasPrefix(name + " (") })
            }
        }
    }

    @Test("--format overrides detection, and a mismatch is a clear error that stores nothing")
    func override() throws {
        let store = try GroupStore.inMemory()
        let telegram = try TestFiles.fixture("telegram-account/result.json")
        #expect(throws: ExportRecordError.self) { try ExportAssertions.importSource(telegram, into: store, format: .discord) }
        #expect(throws: (any Error).self) { try ExportAssertions.importSource(telegram, into: store, format: .mattermost) }
        #expect(throws: (any Error).self) { try ExportAssertions.importSource(telegram, into: store, format: .slack) }
        #expect(throws: (any Error).self) { try ExportAssertions.importSource(telegram, into: store, format: .wecom) }
        #expect(try TestFiles.dump(store).isEmpty)
        #expect(try ExportAssertions.importSource(telegram, into: store, format: .telegram).counts.groupsAdded == 2)
    }
}
