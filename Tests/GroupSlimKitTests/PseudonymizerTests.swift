import Testing
@testable import GroupSlimKit

@Suite("Pseudonyms")
struct PseudonymizerTests {
    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }

    @Test("SHA-256 matches the NIST vectors, including the two-block and the empty message")
    func sha256() {
        #expect(Self.hex(SHA256.hash(Array("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Self.hex(SHA256.hash([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Self.hex(SHA256.hash(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(Self.hex(SHA256.hash([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("HMAC-SHA-256 matches RFC 4231 test cases 1, 2 and 6 (key longer than a block)")
    func hmac() {
        #expect(Self.hex(SHA256.hmac(key: [UInt8](repeating: 0x0b, count: 20), message: Array("Hi There".utf8)))
            == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
        #expect(Self.hex(SHA256.hmac(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8)))
            == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        #expect(Self.hex(SHA256.hmac(key: [UInt8](repeating: 0xaa, count: 131),
                                     message: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8)))
            == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    @Test("pseudonyms are stable per key, differ between keys and people, and hide the id")
    func pseudonyms() {
        let office = Pseudonymizer(key: "区委办-2026")
        let a = office.pseudonym(platform: "wechat", id: "wxid_zhangwei")
        #expect(a == office.pseudonym(platform: "wechat", id: "wxid_zhangwei"))
        #expect(a.hasPrefix("P-") && a.count == 8)
        #expect(a != office.pseudonym(platform: "qq", id: "wxid_zhangwei"))
        #expect(a != office.pseudonym(platform: "wechat", id: "wxid_lina"))
        #expect(a != Pseudonymizer(key: "another key").pseudonym(platform: "wechat", id: "wxid_zhangwei"))
        #expect(!a.contains("zhang"))
        #expect(office.displayName(platform: "wechat", id: "wxid_zhangwei", chinese: true) == "成员 " + a)
        // Distinct enough: 2,000 people give 2,000 pseudonyms.
        let many = Set((0..<2_000).map { office.pseudonym(platform: "wechat", id: "u\($0)") })
        #expect(many.count == 2_000)
    }
}

@Suite("Pseudonymized reports")
struct PseudonymizedReportTests {
    @Test("no member id survives in any report format, and the same key gives the same report")
    func reportsHidePeople() throws {
        var d = DistrictBuilder()
        let secret = (0..<8).map { "wxid_secret_\($0)" }
        d.add(.init(id: "dead", name: "旧项目群", members: secret, createdDaysAgo: 400,
                    messages: DistrictBuilder.chatter(from: 390, to: 200, every: 5, senders: secret, text: VerdictTests.talk)))
        d.add(.init(id: "live", name: "日常工作群", members: secret, createdDaysAgo: 400,
                    messages: DistrictBuilder.chatter(from: 390, to: 1, every: 2, senders: secret, text: VerdictTests.talk)))
        let store = try d.build()
        let plan = try PlanBuilder().build(store, analysis: try Analyzer(asOf: DistrictBuilder.asOf, timeZone: TestFiles.shanghai).run(store))
        #expect(plan.proposal("dead")?.membersAffected.first?.hasPrefix("wxid_secret") == true, "the plain plan names people")
        let key = Pseudonymizer(key: "office key")
        let masked = plan.pseudonymized(with: key)
        #expect(masked.proposal("dead")?.membersAffected.allSatisfy { $0.hasPrefix("P-") } == true)
        #expect(masked.burden.mostBurdened.allSatisfy { $0.name == nil && $0.personID.hasPrefix("P-") })
        for format in ReportFormat.allCases {
            for language in [ReportLanguage.zh, .en] {
                let text = try ReportRenderer.render(masked, format: format, language: language)
                #expect(!text.contains("wxid_secret"), "\(format) \(language) leaks an id")
                #expect(text == (try ReportRenderer.render(plan.pseudonymized(with: key), format: format, language: language)))
            }
        }
        // Without a key, the database keeps one: stable for this database.
        let first = try Pseudonymizer.forStore(store, key: nil).pseudonym(platform: "", id: "x")
        #expect(try Pseudonymizer.forStore(store, key: nil).pseudonym(platform: "", id: "x") == first)
        #expect(try Pseudonymizer.forStore(store, key: "given").pseudonym(platform: "", id: "x")
            == Pseudonymizer(key: "given").pseudonym(platform: "", id: "x"))
    }
}
