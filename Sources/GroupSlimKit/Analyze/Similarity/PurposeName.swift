import Foundation

/// The purpose part of two group names, compared: what tells a re-created group from a unit's
/// *other* group.
///
/// Every group of a unit carries the unit's prefix (城建科…, 海港社区…, team-mobile…), so
/// whole-name similarity calls a unit's work group and its study group alike ("城建科" against
/// "城建科学习" shares most of its bigrams). What says what a group is *for* is what is left
/// once the prefix both names share is gone: nothing on either side means the same purpose
/// (a re-creation: 城建科工作群 / 城建科群（新）); a qualifier on one side only (学习, random)
/// means another purpose; two different remainders are compared by themselves.
///
/// Generic work words at the end of a name (工作, 报送, 联络, 沟通 …) say "the unit's work"
/// and nothing more, so they are dropped before comparing: 城建科信息报送群 is the same work as
/// 城建科工作群.
public enum PurposeName {
    /// What one name says, worked out once: a caller comparing many pairs keeps one per group.
    public struct Form: Sendable, Equatable {
        /// ``GroupNameSimilarity/normalize(_:)`` of the name.
        public let normalized: String
        /// The purpose part (``PurposeName/purpose(_:)``), as characters.
        public let purpose: [Character]
        /// Whether the name carries a re-creation mark at all.
        public let isMarked: Bool

        public init(_ name: String) {
            normalized = GroupNameSimilarity.normalize(name)
            purpose = Array(PurposeName.purpose(normalized: normalized))
            isMarked = PurposeName.recreationMark(name) != nil
        }

        /// How many leading characters the two purposes share.
        public func sharedPrefix(with other: Form) -> Int { zip(purpose, other.purpose).prefix { $0 == $1 }.count }
    }

    /// Similarity of the purposes of two names, in 0…1 (1: the same purpose). Two names that
    /// reduce to nothing at all say nothing and score 0.
    public static func similarity(_ a: String, _ b: String) -> Double { similarity(Form(a), Form(b)) }

    public static func similarity(_ a: Form, _ b: Form) -> Double {
        let left = a.purpose, right = b.purpose
        if left.isEmpty && right.isEmpty {
            // Both are only "the unit's work group": the same purpose when the raw names share
            // a purpose-bearing prefix (城建科工作群 / 城建科通知群), nothing when both are bare.
            return a.normalized.isEmpty || b.normalized.isEmpty ? 0 : 1
        }
        let shared = a.sharedPrefix(with: b)
        let restLeft = Array(left.dropFirst(shared)), restRight = Array(right.dropFirst(shared))
        if restLeft == restRight { return 1 }
        // A qualifier on one side only: a purpose the other group does not have.
        if restLeft.isEmpty || restRight.isEmpty { return 0 }
        // What differs is compared by itself (nothing shared: the names whole, different places
        // with the same duty).
        return GroupNameSimilarity.similarity(normalized: restLeft, restRight)
    }

    /// The purpose part of one name: normalized (``GroupNameSimilarity/normalize(_:)``), then
    /// generic work words stripped from its end.
    public static func purpose(_ name: String) -> String { purpose(normalized: GroupNameSimilarity.normalize(name)) }

    static func purpose(normalized: String) -> String {
        var scalars = Array(normalized.unicodeScalars)
        var changed = true
        while changed {
            changed = false
            for word in genericTail where scalars.count >= word.count && scalars.suffix(word.count).elementsEqual(word) {
                scalars.removeLast(word.count)
                changed = true
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The re-creation mark that makes one of two names a copy of the other: the marked name,
    /// without its mark, is the other name (spacing, punctuation and case aside; a trailing 群
    /// may come or go: 网格员备用群 / 网格员群). "城管科通知群" is not a copy of "城管科工作群（新）",
    /// though both are the office's groups.
    public static func recreationMark(between a: String, and b: String) -> String? {
        // Each name without its mark, if it has one ("-old" and "-new" copies of one channel).
        let unmarked = [a, b].map { name -> String in
            guard let mark = recreationMark(name) else { return bare(name) }
            var folded = name.precomposedStringWithCompatibilityMapping.lowercased()
            if let range = folded.range(of: mark, options: .backwards) { folded.removeSubrange(range) }
            return bare(folded)
        }
        guard let mark = recreationMark(a) ?? recreationMark(b), !unmarked[0].isEmpty, unmarked[0] == unmarked[1] else { return nil }
        return mark
    }

    /// Letters and digits only, lower-cased, without a trailing 群.
    private static func bare(_ name: String) -> String {
        var text = String(name.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars.filter {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
        }.map(Character.init))
        if text.hasSuffix("群") { text.removeLast() }
        return text
    }

    /// The re-creation mark in a name (（新）, （2）, 备用, 旧, -new, -2, -old, copy …), if any.
    /// A mark says "another copy of the same group", the strongest name evidence of a duplicate.
    public static func recreationMark(_ name: String) -> String? {
        let text = name.precomposedStringWithCompatibilityMapping.lowercased()
        let scalars = Array(text.unicodeScalars)
        // Bracketed marks: (新), (2), [旧], 【备用】.
        var index = 0
        while index < scalars.count {
            if let closer = GroupNameSimilarity.brackets[scalars[index]],
               let end = scalars[(index + 1)...].firstIndex(of: closer) {
                let inside = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
                    .trimmingCharacters(in: .whitespaces)
                if isMarkWord(inside) { return String(String.UnicodeScalarView(scalars[index...end])) }
                index = end + 1
            } else {
                index += 1
            }
        }
        // Unbracketed words at either end: 网格员群备用, 旧防汛群, design-review-new, copy of x.
        let words = text.split { !($0.isLetter || $0.isNumber) }.map(String.init)
        if let last = words.last, words.count > 1, isMarkWord(last) || ["copy", "backup"].contains(last) { return last }
        if let first = words.first, words.count > 1, ["new", "old", "copy", "旧", "新"].contains(first) { return first }
        for suffix in ["备用群", "备用", "新群", "旧群", "二群", "三群", "2群", "3群"] where text.hasSuffix(suffix) {
            return suffix
        }
        return nil
    }

    /// The tags of a group that say what it is for: generic work tags (工作, 通知, 综合 …) and
    /// tags that only repeat an owner unit's name (经济发展办) are dropped, since every group of
    /// a unit could carry them and they tell a work group from its study group no better than
    /// the unit prefix of a name does.
    public static func purposeTags(_ tags: [String], ownerUnits: [String?]) -> [String] {
        let units = Set(ownerUnits.compactMap { $0?.lowercased() }.filter { !$0.isEmpty })
        return tags.filter { tag in
            let folded = tag.precomposedStringWithCompatibilityMapping.lowercased().trimmingCharacters(in: .whitespaces)
            return !folded.isEmpty && !genericTags.contains(folded) && !units.contains(folded)
        }
    }

    static let genericTags: Set<String> = [
        "工作", "通知", "综合", "日常", "信息", "报送", "联络", "沟通", "交流", "协调", "业务", "事务", "办公", "公告",
        "发布", "通知公告", "工作群", "work", "general", "team", "chat", "discussion", "announcements", "notice", "notices",
    ]

    // MARK: - Private

    /// Words that mark a copy of a group when they stand alone.
    private static func isMarkWord(_ word: String) -> Bool {
        if ["新", "旧", "备用", "新群", "旧群", "new", "old", "copy", "backup", "二", "三", "四", "2", "3", "4", "5",
            "二群", "三群", "2群", "3群"].contains(word) { return true }
        // v2, v3.
        if word.count >= 2, word.first == "v", word.dropFirst().allSatisfy(\.isNumber) { return true }
        return false
    }

    /// Generic words that only say "work" (longest first, so 信息报送 goes before 报送), and 备用
    /// ("spare"), which says which copy a group is, not what it is for.
    private static let genericTail: [[Unicode.Scalar]] = [
        "信息报送", "工作交流", "日常工作", "报送", "联络", "沟通", "交流", "协调", "对接", "业务", "事务", "日常", "办公",
        "工作", "信息", "备用", "discussion", "discuss", "work", "general",
    ].map { Array($0.unicodeScalars) }
}
