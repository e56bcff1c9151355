import Foundation
import Testing
@testable import GroupSlimKit

@Suite("CSV reading (RFC 4180, encodings)")
struct CSVReaderTests {
    private func read(_ bytes: [UInt8], name: String = #function) throws -> (records: [CSVRecord], encoding: SourceEncoding) {
        let folder = try TestFiles.makeFolder(name)
        let url = try TestFiles.write(bytes, to: folder, as: "t.csv")
        let reader = try CSVReader(url: url, displayName: "t.csv")
        return (try reader.readAll(), reader.encoding)
    }

    private func read(_ text: String, name: String = #function) throws -> [CSVRecord] {
        try read(Array(text.utf8), name: name).records
    }

    @Test("quotes, doubled quotes, embedded newlines and CRLF")
    func rfc4180() throws {
        let records = try read("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"line1\r\nline2\"\r\n,,\r\nlast,\"\",z")
        #expect(records.map(\.fields) == [
            ["a", "b", "c"],
            ["x, y", "say \"hi\"", "line1\r\nline2"],
            ["", "", ""],
            ["last", "", "z"],
        ])
        #expect(records.map(\.line) == [1, 2, 4, 5])
    }

    @Test("LF, lone CR, missing final newline, blank lines")
    func lineEndings() throws {
        #expect(try read("a\nb\rc\r\n\n\nd").map(\.fields) == [["a"], ["b"], ["c"], ["d"]])
        #expect(try read("a,b\n").map(\.fields) == [["a", "b"]])
        #expect(try read("\"q\"\r").map(\.fields) == [["q"]])
        #expect(try read("").isEmpty)
    }

    @Test("a UTF-8 byte-order mark is dropped")
    func bom() throws {
        let result = try read([0xEF, 0xBB, 0xBF] + Array("群ID,名称\nq1,测试".utf8))
        #expect(result.encoding == .utf8WithBOM)
        #expect(result.records.first?.fields == ["群ID", "名称"])
    }

    @Test("GB18030 from Excel is detected and decoded")
    func gb18030() throws {
        // "群ID,群名称\nq1,民政科" in GB18030.
        let bytes: [UInt8] = [0xC8, 0xBA, 0x49, 0x44, 0x2C, 0xC8, 0xBA, 0xC3, 0xFB, 0xB3, 0xC6, 0x0A,
                              0x71, 0x31, 0x2C, 0xC3, 0xF1, 0xD5, 0xFE, 0xBF, 0xC6]
        let result = try read(bytes)
        #expect(result.encoding == .gb18030)
        #expect(result.records.map(\.fields) == [["群ID", "群名称"], ["q1", "民政科"]])
    }

    @Test("UTF-16 with a byte-order mark is decoded")
    func utf16() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "a,群\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let result = try read(bytes)
        #expect(result.encoding == .utf16LE)
        #expect(result.records.map(\.fields) == [["a", "群"]])
    }

    @Test("binary garbage and unknown encodings are clear errors")
    func badEncodings() throws {
        #expect(throws: ImportError.self) { try read([0x00, 0x01, 0x02, 0x41]) }
        do {
            _ = try read([0x80, 0x81, 0xFF, 0xFE, 0xFF, 0x30])
            Issue.record("expected an encoding error")
        } catch let error as ImportError {
            #expect(error.description.contains("t.csv"))
            #expect(error.description.contains("UTF-8"))
        }
    }

    @Test("broken quoting names the line and the problem", arguments: [
        ("a,b\n\"open,x\ny,z\n", 2, "never closed"),
        ("a,b\n\"x\"y,z\n", 2, "follows a closing quote"),
        ("a,b\nx,y\nab\"c,d\n", 3, "quote inside an unquoted field"),
    ])
    func brokenQuoting(text: String, line: Int, detail: String) throws {
        do {
            _ = try read(text)
            Issue.record("expected broken quoting")
        } catch let error as ImportError {
            guard case .brokenQuoting(let file, let errorLine, let message) = error else {
                Issue.record("wrong error \(error)")
                return
            }
            #expect(file == "t.csv")
            #expect(errorLine == line)
            #expect(message.contains(detail))
        }
    }

    @Test("records crossing the 4 MiB read boundary, and multi-megabyte fields, stream correctly")
    func chunkBoundaries() throws {
        var text = "id,text\n"
        var expected: [[String]] = []
        var index = 0
        // ~9 MB of rows with multi-byte characters so that chunk edges fall inside characters.
        while text.utf8.count < 9_000_000 {
            let value = index % 1000 == 0 ? String(repeating: "长", count: 700_000) : "消息,\"\(index)\"\n第二行"
            expected.append(["\(index)", value])
            text += "\(index),\"\(value.replacingOccurrences(of: "\"", with: "\"\""))\"\n"
            index += 1
        }
        let records = try read(text)
        #expect(records.count == expected.count + 1)
        #expect(Array(records.dropFirst().map(\.fields)) == expected)
    }

    @Test("invalid UTF-8 in the middle of a UTF-8 file names the line")
    func invalidUTF8Later() throws {
        var bytes = Array("a,b\n".utf8)
        for index in 0..<400_000 { bytes += Array("\(index),正常\n".utf8) }
        bytes += [0x78, 0x2C, 0xFF, 0x0A]
        do {
            _ = try read(bytes)
            Issue.record("expected invalid UTF-8")
        } catch let error as ImportError {
            #expect(error == .invalidUTF8(file: "t.csv", line: 400_002))
        }
    }
}
