import Foundation
import Testing
@testable import GroupSlimKit

/// WhatsApp shapes found in real exports and other parsers' fixtures (issue 13): each is read, or
/// stops the import at its line; none is folded silently into the message before it.
@Suite("WhatsApp: real export shapes, no silent loss")
struct WhatsAppRealShapesTests {
    @Test("a dot after the time: '2022/12/14, 13:34. - John Doe: …'")
    func dotAfterTime() throws {
        let parser = WhatsAppHeaderParser()
        #expect(parser.messageStart("2022/12/14, 13:34. - John Doe: hello")?.minute == 34)
        #expect(parser.messageStart("2022/12/14, 13:34. - John Doe: hello")?.body == "John Doe: hello")
        #expect(parser.messageStart("14.12.22, 13:34. - John: x")?.hour24 == 13)
        let url = try ChatImport.file("""
            2022/12/14, 13:34. - John Doe: The truck is at gate 3
            2022/12/14, 13:35. - +1 (415) 555-0134: ok
            2022/12/14, 13:40. - John Doe: second line follows
            and this is its second line
            """, named: "WhatsApp Chat with Depot.txt")
        let store = try GroupStore.inMemory()
        let summary = try ChatImport.run(url, into: store)
        #expect(summary.counts.messagesRead == 3)
        #expect(try ChatImport.span(store, group: "Depot")?.0 == ChatImport.ms("2022-12-14T13:34:00+08:00"))
    }

    @Test("a damaged header is an error naming file and line, or with --skip-bad a counted skip with its lines",
          arguments: ["12/31/24, 25:61 PM - Bob: hi", "[31/12/2024, 21:4:05] Bob: hi", "12/31/24, 0:30 PM - Bob: hi"])
    func damagedHeader(_ damaged: String) throws {
        let url = try ChatImport.file("""
            12/31/24, 9:00 PM - Alice: first
            \(damaged)
            a line of Bob's message
            12/31/24, 9:05 PM - Carol: third
            """, named: "WhatsApp Chat with Night shift.txt")
        let store = try GroupStore.inMemory()
        do {
            _ = try ChatImport.run(url, into: store, dateOrder: .mdy)
            Issue.record("expected an error for \(damaged)")
        } catch let error as ImportError {
            guard case .malformedHeader(let file, let line, let quoted, _, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(file == url.path)
            #expect(line == 2)
            #expect(quoted.contains("Bob") && !quoted.contains("hi"))
        }
        #expect(try store.connection.scalarInt("SELECT COUNT(*) FROM messages") == 0)
        let options = ImportOptions(timeZone: TestFiles.shanghai, keepText: true, skipBad: true, dateOrder: .mdy)
        let summary = try Importer(options: options).importSource(url, format: .auto, into: store)
        #expect(summary.skipped.byReason == ["malformed message header": 1])
        let texts = try store.connection.query("SELECT text FROM messages ORDER BY sent_at") { $0.string(0) }
        #expect(texts == ["first", "third"])
    }

    @Test("text that only mentions a date and time stays in its message")
    func datesInText() throws {
        let parser = WhatsAppHeaderParser()
        #expect(!parser.startsLikeHeader("12/31/24 is the deadline"))
        #expect(!parser.startsLikeHeader("3/4/24, 10:00 meeting with Bob"))
        #expect(!parser.startsLikeHeader("2016-04-29 10:30:00 is when it happened"))
        #expect(parser.startsLikeHeader("[31/12/2024, 25:41:05] A: x"))
        let url = try ChatImport.file("""
            12/31/24, 9:00 PM - Alice: the plan:
            3/4/24, 10:00 meeting with Bob
            12/31/24 is the deadline
            """, named: "WhatsApp Chat with Plans.txt")
        let store = try GroupStore.inMemory()
        #expect(try ChatImport.run(url, into: store, dateOrder: .mdy).counts.messagesRead == 1)
    }
}
