import Foundation
import Testing
@testable import GroupSlimKit

@Suite("Streaming JSON reader")
struct JSONStreamReaderTests {
    private func reader(_ text: String, chunk: Int = 7, limits: JSONReadLimits = .standard) -> JSONStreamReader {
        JSONStreamReader(source: MemoryByteSource(Array(text.utf8)), fileName: "t.json", limits: limits, chunkSize: chunk)
    }

    private func value(_ text: String, chunk: Int = 7) throws -> JSONValue {
        let r = reader(text, chunk: chunk)
        let v = try r.readValue()
        try r.expectEnd()
        return v
    }

    @Test("values of every type, across tiny chunk boundaries")
    func everyType() throws {
        for chunk in [1, 2, 3, 5, 64] {
            let v = try value(#"{"a": [1, -2.5e3, true, false, null], "s": "héllo \"q\" \\ \/ \n\t", "o": {}, "e": []}"#, chunk: chunk)
            #expect(v["a"] == .array([.number("1"), .number("-2.5e3"), .bool(true), .bool(false), .null]))
            #expect(v["s"]?.string == "héllo \"q\" \\ / \n\t")
            #expect(v["o"] == .object(JSONObject()))
            #expect(v["e"] == .array([]))
        }
    }

    @Test("unicode escapes, surrogate pairs, lone surrogates and Telegram's \\xHH")
    func escapes() throws {
        let v = try value(#"["\u4e2d\u6587", "\ud83d\ude00", "\ud800x", "a\x01b\x1F"]"#, chunk: 3)
        #expect(v.array?.map { $0.string } == ["中文", "😀", "\u{FFFD}x", "a\u{01}b\u{1F}"])
    }

    @Test("numbers keep their text; ints read from numbers and digit strings")
    func numbers() throws {
        let v = try value(#"{"big": 1234567890123456789, "s": "1452837318", "f": 1.5}"#)
        #expect(v["big"]?.int64 == 1_234_567_890_123_456_789)
        #expect(v["s"]?.int64 == 1_452_837_318)
        #expect(v["f"]?.int64 == 1)
        #expect(v["s"]?.scalarText == "1452837318")
        for bad in ["01", "1.", "-", "1e", "+1", "1.2.3"] {
            #expect(throws: JSONReadError.self) { try value("[\(bad)]") }
        }
    }

    @Test("streams the elements of a nested array one at a time, skipping other members")
    func streaming() throws {
        let r = reader("\u{FEFF}{\n \"about\": {\"x\": [1, {\"y\": \"}]\"}]},\n \"messages\": [\n  {\"id\": 1},\n  {\"id\": 2}\n ],\n \"tail\": 3\n}\n")
        try r.beginObject()
        var ids: [Int64] = []
        var lines: [Int] = []
        var keys: [String] = []
        while let key = try r.nextKey() {
            keys.append(key)
            if key == "messages" {
                try r.beginArray()
                while try r.nextElement() {
                    ids.append(try r.readValue()["id"]?.int64 ?? -1)
                    lines.append(r.valueLine)
                }
            } else {
                try r.skipValue()
            }
        }
        try r.expectEnd()
        #expect(keys == ["about", "messages", "tail"])
        #expect(ids == [1, 2])
        #expect(lines == [4, 5])
    }

    @Test("JSON lines: one value per line until the end")
    func jsonLines() throws {
        let r = reader("{\"type\":\"version\"}\r\n\n{\"type\":\"post\"}\n")
        var types: [String?] = []
        while try !r.atEnd() { types.append(try r.readValue()["type"]?.string) }
        #expect(types == ["version", "post"])
    }

    @Test("truncated input names the file, line and offset and what was expected")
    func truncated() throws {
        do {
            _ = try value("{\n \"messages\": [\n {\"id\": 1,", chunk: 4)
            Issue.record("no error")
        } catch let error as JSONReadError {
            guard case .syntax(let file, let line, let offset, _, let found) = error else { Issue.record("\(error)"); return }
            #expect(file == "t.json")
            #expect(line == 3)
            #expect(offset == 27)
            #expect(found == "the end of the file")
        }
        #expect(throws: JSONReadError.self) { try value(#"["unterminated"#) }
        #expect(throws: JSONReadError.self) { try value("") }
    }

    @Test("garbage and structural mistakes are errors that never quote string content")
    func garbage() throws {
        for bad in ["{\"a\" 1}", "[1 2]", "{\"a\":1,}", "[tru]", "hello", "{'a':1}", "[\"a\nb\"]", "[\"\\q\"]", "[\"\\u12G4\"]", "[1] 2"] {
            #expect(throws: JSONReadError.self) { try value(bad) }
        }
        do {
            _ = try value("[\"secret text\" \"more secret\"]")
        } catch {
            #expect(!"\(error)".contains("secret"))
            #expect("\(error)".contains("t.json, line 1"))
        }
    }

    @Test("nesting beyond the depth limit is refused, streamed levels included")
    func depthLimit() throws {
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(throws: JSONReadError.tooDeep(file: "t.json", line: 1, offset: 64, limit: 64)) { try value(deep) }
        let r = reader("{\"m\": [[[1]]]}", limits: JSONReadLimits(maxDepth: 3))
        try r.beginObject()
        _ = try r.nextKey()
        try r.beginArray()
        _ = try r.nextElement()
        #expect(throws: JSONReadError.self) { try r.readValue() }
        let skipper = reader(deep)
        #expect(throws: JSONReadError.self) { try skipper.skipValue() }
    }

    @Test("strings and records beyond their size limits are refused")
    func sizeLimits() throws {
        let long = "[\"" + String(repeating: "x", count: 5000) + "\"]"
        let r = reader(long, chunk: 256, limits: JSONReadLimits(maxStringBytes: 1000))
        #expect(throws: JSONReadError.self) { try r.readValue() }
        let escaped = "[\"" + String(repeating: "\\n", count: 3000) + "\"]"
        let r2 = reader(escaped, chunk: 256, limits: JSONReadLimits(maxStringBytes: 1000))
        #expect(throws: JSONReadError.self) { try r2.readValue() }
        let record = "[" + Array(repeating: "\"abcdefgh\"", count: 500).joined(separator: ",") + "]"
        let r3 = reader(record, chunk: 256, limits: JSONReadLimits(maxValueBytes: 1024))
        #expect(throws: JSONReadError.self) { try r3.readValue() }
        // Skipping a large value needs no tree and is not limited by the record size.
        let r4 = reader(record, chunk: 256, limits: JSONReadLimits(maxValueBytes: 1024))
        try r4.skipValue()
        try r4.expectEnd()
    }

    @Test("a file on disk streams through the file source")
    func fileSource() throws {
        let folder = try TestFiles.makeFolder()
        let url = try TestFiles.write(Array("[{\"a\":\"b\"}]".utf8), to: folder, as: "f.json")
        let r = try JSONStreamReader(url: url, displayName: "f.json")
        try r.beginArray()
        #expect(try r.nextElement())
        #expect(try r.readValue()["a"]?.string == "b")
        #expect(try r.nextElement() == false)
    }
}
