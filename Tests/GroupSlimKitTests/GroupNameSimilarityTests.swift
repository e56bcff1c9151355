import Testing
import GroupSlimKit

@Suite("GroupNameSimilarity")
struct GroupNameSimilarityTests {
    @Test("a re-created group keeps its purpose under new decoration")
    func recreatedGroup() {
        #expect(GroupNameSimilarity.similarity("海港社区网格员工作群", "海港社区网格员群（新）") >= 0.9)
        #expect(GroupNameSimilarity.similarity("2024年防汛值班群", "防汛值班群") == 1)
        #expect(GroupNameSimilarity.similarity("防汛值班二群", "防汛值班群") == 1)
        #expect(GroupNameSimilarity.similarity("【重要】防汛值班群2", "防汛值班微信群") == 1)
    }

    @Test("different offices with the same suffix are not alike")
    func differentPurpose() {
        #expect(GroupNameSimilarity.similarity("城管科工作群", "民政科工作群") < 0.2)
        #expect(GroupNameSimilarity.similarity("防汛值班群", "疫情防控群") < 0.2)
    }

    @Test("English names fold case, punctuation and decoration words")
    func englishNames() {
        #expect(GroupNameSimilarity.normalize("Project Alpha team") == "projectalpha")
        #expect(GroupNameSimilarity.normalize("project-alpha (new)") == "projectalpha")
        #expect(GroupNameSimilarity.similarity("Project Alpha team", "project-alpha (new)") == 1)
        #expect(GroupNameSimilarity.similarity("Project Alpha", "Project Beta") < 0.7)
    }

    @Test("normalization", arguments: [
        ("海港社区网格员工作群", "海港社区网格员"),
        ("海港社区网格员群（新）", "海港社区网格员"),
        ("海港社区网格员群(新)", "海港社区网格员"),
        ("2024年防汛值班群", "防汛值班"),
        ("24年防汛值班群", "防汛值班"),
        ("2025年度预算交流群", "预算"),
        ("第3期培训班群", "培训班"),
        ("第十二届运动会工作交流群", "运动会"),
        ("防汛值班群2", "防汛值班"),
        ("防汛值班 2群", "防汛值班"),
        ("防汛值班群 v2", "防汛值班"),
        ("【通知】财务通知群", "财务"),
        ("QQ群-财务", "财务"),
        ("钉钉群：财务 [2]", "财务"),
        ("ＡＢＣ项目组　工作群", "abc项目组"),
        ("科技创新群", "科技创新"),
        ("新", ""),
        ("【防汛】", "防汛"),
        ("群", ""),
        ("工作群 (2)", ""),
        ("🎉🎉", ""),
        ("2018年防汛群", "2018年防汛"),
        ("12345热线群", "12345热线"),
    ])
    func normalization(name: String, expected: String) {
        #expect(GroupNameSimilarity.normalize(name) == expected)
    }

    @Test("an unbalanced bracket is punctuation, not the start of an aside")
    func unbalancedBracket() {
        #expect(GroupNameSimilarity.normalize("防汛（值班群") == "防汛值班")
        #expect(GroupNameSimilarity.normalize("防汛】值班群") == "防汛值班")
    }

    @Test("Dice over bigrams, unigrams for single characters, 0 for nothing")
    func diceEdgeCases() {
        // "防汛值班" vs "防汛": bigrams {防汛, 汛值, 值班} and {防汛} share 1 → 2·1/4.
        #expect(GroupNameSimilarity.similarity("防汛值班群", "防汛群") == 0.5)
        // Repeated bigrams count as often as they occur: {aa, aa} vs {aa} → 2·1/3.
        #expect(GroupNameSimilarity.similarity("aaa", "aa") == 2.0 / 3)
        #expect(GroupNameSimilarity.similarity("a", "ab") == 2.0 / 3)
        #expect(GroupNameSimilarity.similarity("党", "党") == 1)
        #expect(GroupNameSimilarity.similarity("党", "政") == 0)
        #expect(GroupNameSimilarity.similarity("工作群", "群") == 0)
        #expect(GroupNameSimilarity.similarity("防汛群", "") == 0)
    }

    @Test("similarity is symmetric and within 0…1")
    func symmetric() {
        let names = ["海港社区网格员工作群", "海港社区群", "project alpha", "Alpha project", "城管科", "a", ""]
        for a in names {
            for b in names {
                let score = GroupNameSimilarity.similarity(a, b)
                #expect(score == GroupNameSimilarity.similarity(b, a))
                #expect((0...1).contains(score))
            }
        }
    }
}
