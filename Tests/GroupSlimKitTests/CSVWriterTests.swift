import Testing
@testable import GroupSlimKit

@Suite("CSVWriter")
struct CSVWriterTests {
    @Test("plain fields are written as they are")
    func plainFields() {
        #expect(CSVWriter.escape("g00001") == "g00001")
        #expect(CSVWriter.escape("海港社区网格员工作群") == "海港社区网格员工作群")
        #expect(CSVWriter.escape("收到👍") == "收到👍")
        #expect(CSVWriter.escape("") == "")
        #expect(CSVWriter.escape("a b") == "a b")
    }

    @Test("fields that could be misread are quoted, with inner quotes doubled",
          arguments: [
              ("a,b", "\"a,b\""),
              ("收到，谢谢", "收到，谢谢"),
              ("say \"hi\"", "\"say \"\"hi\"\"\""),
              ("\"", "\"\"\"\""),
              ("1. 张三\n2. 李四", "\"1. 张三\n2. 李四\""),
              ("line\r\nbreak", "\"line\r\nbreak\""),
              ("lone\rcr", "\"lone\rcr\""),
              (" leading", "\" leading\""),
              ("trailing ", "\"trailing \""),
              ("\ttab", "\"\ttab\""),
          ])
    func quoting(field: String, expected: String) {
        #expect(CSVWriter.escape(field) == expected)
    }

    @Test("formula neutralization prefixes a quote mark only when asked",
          arguments: [
              ("=SUM(A1:A3)", "'=SUM(A1:A3)"),
              ("+8613800000000", "'+8613800000000"),
              ("-5", "'-5"),
              ("@所有人 请报送", "'@所有人 请报送"),
              ("\tcmd", "'\tcmd"),
              ("\rcmd", "\"'\rcmd\""),
              ("=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""),
              ("a=b", "a=b"),
              ("", ""),
          ])
    func neutralization(field: String, expected: String) {
        #expect(CSVWriter.escape(field, neutralizeFormulas: true) == expected)
        #expect(CSVWriter.escape("=1+1") == "=1+1")
    }

    @Test("rows end with a line feed and the writer can be drained")
    func rows() {
        var writer = CSVWriter()
        writer.appendRow(["group_id", "text"])
        writer.appendRow(["g1", "1. a\n2. b"])
        writer.appendRow(["g2", ""])
        #expect(writer.output == "group_id,text\ng1,\"1. a\n2. b\"\ng2,\n")
        let taken = writer.takeOutput()
        #expect(taken.hasPrefix("group_id,text\n"))
        #expect(writer.output.isEmpty)
        writer.appendRow([])
        writer.appendRow([""])
        #expect(writer.output == "\n\"\"\n")
    }

    @Test("a neutralizing writer applies it to every field")
    func neutralizingWriter() {
        var writer = CSVWriter(neutralizeFormulas: true)
        writer.appendRow(["=cmd", "ok", "-1,5"])
        #expect(writer.output == "'=cmd,ok,\"'-1,5\"\n")
    }

    @Test("the byte-level check agrees with escaping")
    func byteCheckAgrees() {
        for field in ["plain", "a,b", "q\"", "n\n", "r\r", " s", "s ", "", "中文", "\t"] {
            #expect(CSVWriter.needsQuoting(Array(field.utf8)) == (CSVWriter.escape(field) != field))
        }
    }
}
