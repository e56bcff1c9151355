import Foundation

/// How alike two group names are once the decoration that offices add to every name is gone.
///
/// Re-created groups rarely keep their exact name: "海港社区网格员工作群" comes back as
/// "海港社区网格员群（新）", "防汛值班群" as "2024年防汛值班群" or "防汛值班二群". Those
/// additions say *which copy* a group is, not *what it is for*, and what it is for is the
/// signal a merge proposal needs next to member overlap. So names are first reduced to their
/// purpose (``normalize(_:)``) and then compared with the Dice coefficient over character
/// bigrams (``similarity(_:_:)``), which works the same for Chinese (where one character is
/// already a morpheme) and for Latin names, and tolerates a changed or missing character.
public enum GroupNameSimilarity {
    /// The part of a group name that says what the group is for.
    ///
    /// Removed, in this order: compatibility forms (NFKC: full-width letters, digits and
    /// brackets become ASCII) and case; bracketed asides such as （新）, (2), 【重要】, [2]
    /// (kept if nothing else would remain); years 2019–2035 with an optional 年/年度/届, and
    /// two-digit years before 年 (24年); ordinals such as 第3期, 第二届; then, per word, the
    /// group-type suffixes (工作交流群, 工作群, 微信群, QQ群, 钉钉群, 交流群, 通知群, 群聊, 群组, 群),
    /// copy numbers (二群, 2群, trailing digits), standalone version and type words
    /// (new, old, copy, backup, 新, 旧, 备用, v2, group, chat, team, …); finally spaces, punctuation
    /// and symbols.
    ///
    /// A name made only of decoration normalizes to the empty string.
    public static func normalize(_ name: String) -> String {
        let scalars = Array(name.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars)
        let purpose = core(removingBracketed(scalars))
        return purpose.isEmpty ? core(scalars) : purpose
    }

    /// The Dice coefficient 2·|B(a) ∩ B(b)| / (|B(a)| + |B(b)|) over the multisets of character
    /// bigrams of the normalized names, in 0…1.
    ///
    /// When either normalized name is a single character, both are compared as characters
    /// (unigrams) instead, since a one-character name has no bigram. Two names that normalize
    /// to nothing share no purpose that can be seen, so they score 0, not 1.
    public static func similarity(_ a: String, _ b: String) -> Double {
        similarity(normalized: Array(normalize(a)), Array(normalize(b)))
    }

    /// The same Dice coefficient on texts already normalized (or parts of them).
    static func similarity(normalized left: [Character], _ right: [Character]) -> Double {
        if left.isEmpty || right.isEmpty { return 0 }
        if left == right { return 1 }
        if left.count == 1 || right.count == 1 {
            return dice(left.map { Gram($0, nil) }, right.map { Gram($0, nil) })
        }
        return dice(bigrams(left), bigrams(right))
    }

    // MARK: - Private

    /// A character bigram, or a unigram when `second` is nil.
    private struct Gram: Hashable {
        let first: Character
        let second: Character?

        init(_ first: Character, _ second: Character?) {
            self.first = first
            self.second = second
        }
    }

    private static func bigrams(_ characters: [Character]) -> [Gram] {
        zip(characters, characters.dropFirst()).map { Gram($0, $1) }
    }

    private static func dice(_ left: [Gram], _ right: [Gram]) -> Double {
        var counts: [Gram: Int] = [:]
        for gram in left { counts[gram, default: 0] += 1 }
        var common = 0
        for gram in right {
            if let count = counts[gram], count > 0 {
                counts[gram] = count - 1
                common += 1
            }
        }
        return 2 * Double(common) / Double(left.count + right.count)
    }

    /// Group-type suffixes, longest first so 工作交流群 is not read as 交流群 + leftover 工作.
    private static let groupSuffixes: [[Unicode.Scalar]] = [
        "工作交流群", "工作群", "微信群", "qq群", "钉钉群", "交流群", "通知群", "群聊", "群组", "群",
    ].map { Array($0.unicodeScalars) }

    /// Words that are decoration only when they stand alone ("创新" must keep its 新).
    private static let decorationWords: Set<String> = [
        "group", "groups", "chat", "chats", "team", "wechat", "qq", "dingtalk", "dingding",
        "new", "old", "latest", "新", "旧", "新版", "最新", "copy", "backup", "bak", "备用",
    ]

    static let brackets: [Unicode.Scalar: Unicode.Scalar] = [
        "(": ")", "[": "]", "{": "}", "【": "】", "〔": "〕", "〖": "〗", "〈": "〉",
    ]

    private static let chineseNumerals: Set<Unicode.Scalar> = [
        "〇", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "两",
    ]

    private static let ordinalUnits: Set<Unicode.Scalar> = ["期", "届", "批", "轮", "季"]

    /// `scalars` with every balanced bracket pair and its contents replaced by a space.
    /// Unbalanced brackets are left to be dropped as punctuation, so a stray "（" cannot
    /// swallow the rest of the name.
    private static func removingBracketed(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var open: [(index: Int, closer: Unicode.Scalar)] = []
        var removed = [Bool](repeating: false, count: scalars.count)
        for (index, scalar) in scalars.enumerated() {
            if let closer = brackets[scalar] {
                open.append((index, closer))
            } else if let last = open.last, last.closer == scalar {
                open.removeLast()
                for k in last.index...index { removed[k] = true }
            }
        }
        var kept: [Unicode.Scalar] = []
        for (index, scalar) in scalars.enumerated() {
            if !removed[index] {
                kept.append(scalar)
            } else if kept.last != " " {
                kept.append(" ")
            }
        }
        return kept
    }

    /// Words (runs of letters, marks and digits) stripped of decoration, concatenated.
    private static func core(_ scalars: [Unicode.Scalar]) -> String {
        var result = String.UnicodeScalarView()
        var word: [Unicode.Scalar] = []
        func flush() {
            result.append(contentsOf: strippedWord(word))
            word.removeAll(keepingCapacity: true)
        }
        for scalar in scalars {
            if isWordScalar(scalar) { word.append(scalar) } else { flush() }
        }
        flush()
        // Suffixes split off by spaces ("防汛值班 群") are only visible once joined.
        return String(String.UnicodeScalarView(stripSuffixes(Array(result))))
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    private static func strippedWord(_ word: [Unicode.Scalar]) -> [Unicode.Scalar] {
        // Checked before stripping too, so "v2" is dropped whole rather than left as "v".
        if isDecorationWord(word) { return [] }
        let stripped = stripSuffixes(removingYearsAndOrdinals(word))
        return isDecorationWord(stripped) ? [] : stripped
    }

    private static func isDecorationWord(_ word: [Unicode.Scalar]) -> Bool {
        if word.isEmpty { return true }
        if decorationWords.contains(String(String.UnicodeScalarView(word))) { return true }
        // Version marks: v2, v10.
        if word.count >= 2, word[0] == "v", word.dropFirst().allSatisfy(isASCIIDigit) { return true }
        return false
    }

    /// Repeatedly drops group-type suffixes, copy numbers (二群, 2群) and trailing digits.
    private static func stripSuffixes(_ word: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var word = word
        while true {
            let before = word.count
            if let suffix = groupSuffixes.first(where: { word.ends(with: $0) }) {
                word.removeLast(suffix.count)
                // A copy number directly before the suffix: 防汛值班二群, 防汛值班2群.
                if suffix.last == "群" {
                    let numerals = word.reversed().prefix { chineseNumerals.contains($0) || isASCIIDigit($0) }.count
                    if numerals < word.count { word.removeLast(numerals) }
                }
            }
            while let last = word.last, isASCIIDigit(last) { word.removeLast() }
            if word.count == before { return word }
        }
    }

    /// Removes years (2019–2035, optionally with 年/年度/届; 19–35 only with 年) and ordinals
    /// such as 第3期 or 第十二届.
    private static func removingYearsAndOrdinals(_ word: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var kept: [Unicode.Scalar] = []
        var index = 0
        while index < word.count {
            if let end = yearEnd(word, from: index) ?? ordinalEnd(word, from: index) {
                index = end
            } else {
                kept.append(word[index])
                index += 1
            }
        }
        return kept
    }

    /// End of a year starting at `start` (a maximal digit run), or nil.
    private static func yearEnd(_ word: [Unicode.Scalar], from start: Int) -> Int? {
        guard isASCIIDigit(word[start]), start == 0 || !isASCIIDigit(word[start - 1]) else { return nil }
        var end = start
        var value = 0
        while end < word.count, isASCIIDigit(word[end]) {
            value = value * 10 + Int(word[end].value - 48)
            end += 1
            if end - start > 4 { return nil }
        }
        let hasNian = end < word.count && word[end] == "年"
        switch end - start {
        case 4 where (2019...2035).contains(value):
            if hasNian || (end < word.count && word[end] == "届") { end += 1 }
        case 2 where (19...35).contains(value) && hasNian:
            end += 1
        default:
            return nil
        }
        if hasNian, end < word.count, word[end] == "度" { end += 1 }
        return end
    }

    /// End of 第 + numerals + an ordinal unit starting at `start`, or nil.
    private static func ordinalEnd(_ word: [Unicode.Scalar], from start: Int) -> Int? {
        guard word[start] == "第" else { return nil }
        var end = start + 1
        while end < word.count, chineseNumerals.contains(word[end]) || isASCIIDigit(word[end]) { end += 1 }
        guard end > start + 1, end < word.count, ordinalUnits.contains(word[end]) else { return nil }
        return end + 1
    }

    private static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }
}

private extension Array where Element == Unicode.Scalar {
    func ends(with suffix: [Unicode.Scalar]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
