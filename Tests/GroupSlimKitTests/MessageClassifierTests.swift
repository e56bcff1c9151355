import Foundation
import Testing
@testable import GroupSlimKit

@Suite("Message classifier")
struct MessageClassifierTests {
    /// One row of `classifier-cases.tsv`.
    struct Case {
        let line: Int
        let expected: ContentClass
        let kind: MessageKind
        let text: String?
    }

    static func loadCases() throws -> [Case] {
        let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let url = fixtures.appendingPathComponent("classifier-cases.tsv")
        let content = try String(contentsOf: url, encoding: .utf8)
        var cases: [Case] = []
        for (offset, rawLine) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = offset + 1
            if rawLine.isEmpty || rawLine.hasPrefix("#") { continue }
            let columns = rawLine.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard columns.count >= 2,
                  let expected = ContentClass(rawValue: String(columns[0])),
                  let kind = MessageKind(rawValue: String(columns[1])) else {
                Issue.record("classifier-cases.tsv:\(line): cannot read row '\(rawLine)'")
                continue
            }
            let text = columns.count == 3 ? unescape(String(columns[2])) : ""
            cases.append(Case(line: line, expected: expected, kind: kind, text: text.isEmpty && kind != .text ? nil : text))
        }
        return cases
    }

    static func unescape(_ field: String) -> String {
        var result = ""
        var escaping = false
        for character in field {
            if escaping {
                switch character {
                case "n": result.append("\n")
                case "t": result.append("\t")
                default: result.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }

    @Test("every row of classifier-cases.tsv gets its expected class")
    func fixtureTable() throws {
        let cases = try Self.loadCases()
        #expect(cases.count >= 250, "the table should hold at least 250 cases, found \(cases.count)")
        let classifier = MessageClassifier()
        var mismatches: [String] = []
        for item in cases {
            let actual = classifier.classify(kind: item.kind, text: item.text)
            if actual != item.expected {
                let shown = (item.text ?? "<nil>").replacingOccurrences(of: "\n", with: "\\n")
                mismatches.append("classifier-cases.tsv:\(item.line): expected \(item.expected.rawValue), "
                                  + "got \(actual.rawValue) for \(item.kind.rawValue) '\(shown)'")
            }
        }
        for mismatch in mismatches { Issue.record(Comment(rawValue: mismatch)) }
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(cases.count) cases misclassified")
    }

    @Test("every class and every kind appears in the table")
    func tableCoverage() throws {
        let cases = try Self.loadCases()
        #expect(Set(cases.map(\.expected)) == Set(ContentClass.allCases))
        #expect(Set(cases.map(\.kind)) == Set(MessageKind.allCases))
    }

    @Test("the built-in table is valid and survives a JSON round trip")
    func standardRoundTrip() throws {
        try ContentRules.standard.validate()
        let data = try ContentRules.standard.jsonData()
        let reloaded = try ContentRules(jsonData: data)
        #expect(reloaded == ContentRules.standard)
    }

    @Test("a custom table changes the classes, and omitted keys keep the built-in values")
    func customRules() throws {
        let json = """
        {
          "version": 1,
          "kinds": { "sticker": "acknowledgement" },
          "acknowledgement": { "phrases": ["收到", "照此执行", "ok"] },
          "rollCall": { "keywords": ["报数", "接龙"] },
          "checkIn": { "phrases": ["打卡", "巡堤"] },
          "mentions": { "everyone": ["大家"] }
        }
        """
        let rules = try ContentRules(jsonData: Data(json.utf8))
        let custom = MessageClassifier(rules: rules)
        let standard = MessageClassifier()

        #expect(standard.classify(kind: .sticker, text: nil) == .media)
        #expect(custom.classify(kind: .sticker, text: nil) == .acknowledgement)
        #expect(standard.classify(kind: .text, text: "照此执行") == .substantive)
        #expect(custom.classify(kind: .text, text: "照此执行！") == .acknowledgement)
        #expect(custom.classify(kind: .text, text: "好的") == .substantive, "the phrase list was replaced whole")
        #expect(custom.classify(kind: .text, text: "报数 1. 张三") == .rollCall)
        #expect(custom.classify(kind: .text, text: "已巡堤 东大堤3公里处") == .checkIn)
        #expect(custom.mentionsEveryone("@大家 注意"))
        #expect(!custom.mentionsEveryone("@所有人 注意"))
        // Untouched sections keep the built-in table.
        #expect(rules.notice == ContentRules.standard.notice)
        #expect(rules.kinds[.voice] == .fixed(.media))
        #expect(custom.classify(kind: .image, text: nil) == .scenePhoto)
    }

    @Test("a malformed table is refused with the place that is wrong")
    func malformedRules() {
        func failure(_ json: String) -> ContentRulesError? {
            do {
                _ = try ContentRules(jsonData: Data(json.utf8))
                return nil
            } catch {
                return error
            }
        }

        let syntax = failure("{ \"acknowledgement\": { \"phrases\": [\"收到\", ] ")
        guard case .malformedJSON = syntax else {
            Issue.record("expected malformedJSON, got \(String(describing: syntax))")
            return
        }

        let typo = failure("{ \"acknowledgment\": { \"phrases\": [\"收到\"] } }")
        #expect(typo == .unknownKey(path: "acknowledgment", known: ContentRules.CodingKeys.allCases.map(\.rawValue)))
        #expect(typo?.description.contains("'acknowledgment'") == true)

        let nestedTypo = failure("{ \"checkIn\": { \"maxResidu\": 3 } }")
        if case .unknownKey(let path, let known) = nestedTypo {
            #expect(path == "checkIn.maxResidu")
            #expect(known.contains("maxResidue"))
        } else {
            Issue.record("expected unknownKey, got \(String(describing: nestedTypo))")
        }

        let wrongType = failure("{ \"acknowledgement\": { \"phrases\": \"收到\" } }")
        if case .wrongType(let path, _) = wrongType {
            #expect(path == "acknowledgement.phrases")
        } else {
            Issue.record("expected wrongType, got \(String(describing: wrongType))")
        }

        let wrongElement = failure("{ \"reply\": { \"fillers\": [\"的\", 3] } }")
        if case .wrongType(let path, let expected) = wrongElement {
            #expect(path == "reply.fillers[1]")
            #expect(expected == "a string")
        } else {
            Issue.record("expected wrongType, got \(String(describing: wrongElement))")
        }

        let emptyPhrase = failure("{ \"acknowledgement\": { \"phrases\": [\"收到\", \"！！\"] } }")
        if case .invalidValue(let path, let reason) = emptyPhrase {
            #expect(path == "acknowledgement.phrases[1]")
            #expect(reason.contains("！！"))
        } else {
            Issue.record("expected invalidValue, got \(String(describing: emptyPhrase))")
        }

        let badClass = failure("{ \"kinds\": { \"voice\": \"noise\" } }")
        if case .invalidValue(let path, let reason) = badClass {
            #expect(path == "kinds.voice")
            #expect(reason.contains("noise"))
        } else {
            Issue.record("expected invalidValue, got \(String(describing: badClass))")
        }

        let badKind = failure("{ \"kinds\": { \"fax\": \"media\" } }")
        if case .unknownKey(let path, _) = badKind {
            #expect(path == "kinds.fax")
        } else {
            Issue.record("expected unknownKey, got \(String(describing: badKind))")
        }

        let clash = failure("{ \"checkIn\": { \"phrases\": [\"打卡\", \"收到\"] } }")
        if case .invalidValue(let path, let reason) = clash {
            #expect(path == "acknowledgement.phrases[0]")
            #expect(reason.contains("checkIn.phrases"))
        } else {
            Issue.record("expected invalidValue, got \(String(describing: clash))")
        }

        let negative = failure("{ \"checkIn\": { \"maxResidue\": -1 } }")
        #expect(negative == .invalidValue(path: "checkIn.maxResidue", reason: "must not be negative (found -1)"))

        let lettersAsSymbol = failure("{ \"acknowledgement\": { \"symbols\": [\"👍\", \"OK\"] } }")
        if case .invalidValue(let path, _) = lettersAsSymbol {
            #expect(path == "acknowledgement.symbols[1]")
        } else {
            Issue.record("expected invalidValue, got \(String(describing: lettersAsSymbol))")
        }

        let cueWithoutPhrase = failure("{ \"notice\": { \"cues\": [{ \"weight\": 3 }] } }")
        if case .invalidValue(let path, _) = cueWithoutPhrase {
            #expect(path == "notice.cues[0]")
        } else {
            Issue.record("expected invalidValue, got \(String(describing: cueWithoutPhrase))")
        }

        #expect(failure("{ \"version\": 2 }") == .unsupportedVersion(found: 2, supported: 1))
        #expect(failure("[1, 2]") == .wrongType(path: "(top level)", expected: "an object"))
    }

    @Test("@everyone mentions in every spelling, and the look-alikes that are not",
          arguments: [
              ("@所有人 请各网格员注意", true), ("＠所有人　明天开会", true), ("@全体成员 本周六加班", true),
              ("@全体人员", true), ("请 @所有人 查收", true), ("@ALL please read", true), ("@all", true),
              ("@channel deploy at 5", true), ("@Everyone lunch is here", true), ("@here standup", true),
              ("hey <!channel> the build is red", true), ("<!here|here> quick one", true), ("@ｃｈａｎｎｅｌ", true),
              ("@张三 收到", false), ("所有人请注意", false), ("@allen can you review", false),
              ("mail me at team@all.example.com", false), ("@channels list", false), ("<@U024BE7LH> thanks", false),
              ("everyone please read", false), ("", false), ("@heres", false),
          ])
    func everyoneMentions(text: String, expected: Bool) {
        #expect(MessageClassifier().mentionsEveryone(text) == expected)
    }

    @Test("no text means no mention")
    func everyoneMentionNil() {
        #expect(!MessageClassifier().mentionsEveryone(nil))
    }

    @Test("the fast fold agrees with Foundation's NFKC on every scalar it claims")
    func fastFoldMatchesFoundation() {
        var disagreements: [String] = []
        let ranges: [ClosedRange<UInt32>] = [
            0x00...0xFF, 0x2000...0x2BFF, 0x3000...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFE00...0xFE0F,
            0xFF00...0xFFEF, 0x1F000...0x1FAFF, 0xE0020...0xE007F,
        ]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value), ScalarFolding.fold(value) != nil else { continue }
                let text = String(Character(scalar))
                let ours = ScalarFolding.normalizedScalars(text)
                let foundation = TextNormalizer.foundationNormalize(text).unicodeScalars.map(\.value)
                if ours != foundation {
                    disagreements.append(String(format: "U+%04X", value))
                }
            }
        }
        #expect(disagreements.isEmpty, "fold differs from NFKC for \(disagreements.prefix(20))")
    }

    @Test("the scanner's normal form equals TextNormalizer's for every fixture text without URLs or mentions")
    func scannerMatchesTextNormalizer() throws {
        let scanner = MessageScanner(rules: .standard)
        for item in try Self.loadCases() {
            guard let text = item.text, !text.contains("@"), !text.contains("＠"), !text.lowercased().contains("http"),
                  !text.lowercased().contains("www."), !text.contains("<") else { continue }
            let ours = scanner.withScan(of: text) { normalized, _ in Array(normalized.scalars) }
            let expected = TextNormalizer.foundationNormalize(text).unicodeScalars.map(\.value)
            #expect(ours == expected, "classifier-cases.tsv:\(item.line)")
        }
    }

    @Test("texts outside the fast ranges fall back to full NFKC")
    func slowPath() {
        let classifier = MessageClassifier()
        #expect(classifier.classify(kind: .text, text: "Ｏｋ ✌︎ café") == .substantive)
        #expect(classifier.classify(kind: .text, text: "收到 ©") == .acknowledgement)
        #expect(classifier.classify(kind: .text, text: "Привет, коллеги") == .substantive)
        #expect(classifier.classify(kind: .text, text: "上班打卡 08:25 ㊣") == .checkIn)
        #expect(classifier.mentionsEveryone("@所有人 今天35℃注意防暑"))
    }

    @Test("classification is the same from many tasks at once")
    func concurrentUse() async throws {
        let cases = try Self.loadCases()
        let classifier = MessageClassifier()
        let serial = cases.map { classifier.classify(kind: $0.kind, text: $0.text) }
        let parallel = await withTaskGroup(of: (Int, ContentClass).self) { group in
            for (index, item) in cases.enumerated() {
                group.addTask { (index, classifier.classify(kind: item.kind, text: item.text)) }
            }
            var results = [ContentClass](repeating: .system, count: cases.count)
            for await (index, contentClass) in group { results[index] = contentClass }
            return results
        }
        #expect(parallel == serial)
    }
}
