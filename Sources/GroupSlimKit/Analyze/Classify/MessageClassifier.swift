import Foundation

/// Gives every message one ``ContentClass``, from its platform kind and its text alone.
///
/// Stateless on purpose: it runs at import time on every message, in any order and on any
/// thread, and a message's class must not depend on what came before it (a 接龙 chain is
/// recognised in each copy, not by following the chain). All vocabulary lives in
/// ``ContentRules``; this type only interprets it.
///
/// The decision, in order (first match wins):
/// 1. the kind's treatment (`kinds`): system, bot, voice, file, sticker, link, location and
///    check-in cards are decided by kind; photos and videos by caption length; text by its text;
/// 2. an empty text → `emptyText`; only emoji or punctuation → acknowledgement; only a mention →
///    substantive (a ping asks for something); a whole-text placeholder ("[图片]");
/// 3. a system phrase ("撤回了一条消息") in a short text → system;
/// 4. URLs with at most a short label → link;
/// 5. a list of short numbered name lines, or a 接龙 keyword at the start of a text that is not
///    a question about it → roll-call;
/// 6. a short reply made of check-in words (plus a place, a time) → check-in; of acknowledgement
///    words (plus fillers, a signature) → acknowledgement;
/// 7. a notice score at the threshold → notice;
/// 8. a 接龙 keyword anywhere, not in a discussion → roll-call;
/// 9. otherwise substantive.
public struct MessageClassifier: Sendable {
    private let compiled: CompiledContentRules

    /// The rules in force, as given.
    public var rules: ContentRules { compiled.rules }

    public init(rules: ContentRules = .standard) {
        compiled = rules == .standard ? .standard : CompiledContentRules(rules)
    }

    /// The class of one message. `text` may be `nil` (most photos, voice notes and events carry
    /// none, and an import may be told not to keep text); the kind then decides alone.
    public func classify(kind: MessageKind, text: String?) -> ContentClass {
        switch compiled.kinds[CompiledContentRules.slot(of: kind)] {
        case .fixed(let contentClass):
            return contentClass
        case .text:
            guard let text, !text.isEmpty else { return compiled.limits.emptyText }
            return compiled.scanner.withScan(of: text) { normalized, scan in
                classifyText(normalized, scan)
            }
        case .caption:
            guard let text, !text.isEmpty else { return .scenePhoto }
            return compiled.scanner.withScan(of: text) { normalized, scan in
                if scan.length <= compiled.limits.maxCaptionLength { return .scenePhoto }
                return classifyText(normalized, scan)
            }
        }
    }

    /// Whether the text addresses the whole group (`@所有人`, `@全体成员`, `@all`, `@channel`,
    /// `@everyone`, `@here`, Slack's `<!channel>`), whatever its width or case.
    public func mentionsEveryone(_ text: String?) -> Bool {
        guard let text, !text.isEmpty else { return false }
        // Most messages have no @ at all; skip the scan for them.
        var mayMention = false
        for byte in text.utf8 where byte == 0x40 || byte == 0x3C || byte == 0xA0 {
            // 0xA0 is the last byte of the full-width ＠ (EF BC A0).
            mayMention = true
            break
        }
        guard mayMention else { return false }
        return compiled.scanner.withScan(of: text) { _, scan in scan.mentionsEveryone }
    }

    // MARK: - Text

    private func classifyText(_ normalized: MessageScanner.Normalized, _ scan: MessageScanner.Result) -> ContentClass {
        let limits = compiled.limits
        let text = normalized.scalars
        if text.isEmpty {
            if scan.urls > 0 { return .link }
            if scan.ackSymbols > 0 { return .acknowledgement }
            if scan.otherMarks > 0 {
                // "？？？" asks something; "😂" and "。。。" only react.
                return limits.symbolOnly && !(limits.questionVetoes && scan.hasQuestion) ? .acknowledgement : .substantive
            }
            return scan.mentions > 0 ? .substantive : limits.emptyText
        }
        if let placeholder = compiled.placeholderClass(text) { return placeholder }
        if text.count <= limits.systemMaxLength && compiled.systemPhrases.occurs(in: text) { return .system }
        if scan.urls > 0 && text.count <= limits.linkMaxOtherCharacters { return .link }

        var cueScore: Int?
        func cues() -> Int {
            if let cueScore { return cueScore }
            let score = compiled.cueScore(text)
            cueScore = score
            return score
        }
        let isReplySized = text.count <= limits.replyMaxLength && scan.lines <= limits.replyMaxLines
        let tally = isReplySized ? ReplyTally(normalized, lexicon: compiled.replyLexicon) : nil
        var discusses: Bool?
        func isDiscussion() -> Bool {
            if let discusses { return discusses }
            let found = (tally ?? ReplyTally(normalized, lexicon: compiled.replyLexicon))[.discussion] > 0
            discusses = found
            return found
        }
        // A question or talk about a practice ("为什么每天都要接龙？", "打卡太麻烦了") is not the practice.
        func isAsking() -> Bool { (limits.questionVetoes && scan.hasQuestion) || isDiscussion() }

        let isNameList = isNameList(scan)
        if isNameList && cues() < limits.rollCallNoticeVeto { return .rollCall }
        if compiled.rollCallKeywords.occursAtStart(of: text) && (isNameList || !isAsking()) { return .rollCall }

        if let tally, tally[.veto] == 0, !isAsking(), let reply = replyClass(tally, scan, length: text.count) {
            return reply
        }

        let asking = text.count < limits.noticeShortQuestionLength && isAsking()
        if isNotice(text, scan, cueScore: cues(), asking: asking) { return .notice }

        if compiled.rollCallKeywords.occurs(in: text) && !isAsking() { return .rollCall }
        return .substantive
    }

    /// A 接龙 copy: mostly short numbered lines that start like names, under a short header.
    private func isNameList(_ scan: MessageScanner.Result) -> Bool {
        let limits = compiled.limits
        guard scan.itemLines >= limits.rollCallMinItems, scan.shortItemLines == scan.itemLines,
              scan.headerLength <= limits.rollCallMaxHeaderLength else { return false }
        let items = Double(scan.itemLines)
        return items >= limits.rollCallMinItemShare * Double(scan.lines)
            && Double(scan.namedItemLines) >= limits.rollCallMinNameShare * items
    }

    /// Check-in or acknowledgement for a reply that no veto ruled out.
    private func replyClass(_ tally: ReplyTally, _ scan: MessageScanner.Result, length: Int) -> ContentClass? {
        let limits = compiled.limits
        let signature = limits.maxSignatureLength
        let reportsCheckIn = tally.clauseEndingCheckIns > 0 || tally[.checkInLead] > 0
        if reportsCheckIn && tally.residue <= limits.checkInMaxResidue && length <= limits.checkInMaxLength {
            return .checkIn
        }
        if tally[.standaloneCheckIn] > 0 && tally.residueIsSignature(maxLength: signature, of: .standaloneCheckIn) {
            return .checkIn
        }
        let acknowledges = tally[.acknowledgement] + tally.ones + scan.ackSymbols > 0
        // A time beside 收到 ("收到，下午去") is still a reply; beside a bare "1" ("1号") it is not.
        if acknowledges && tally.numbers == 0 && (tally[.checkInContext] == 0 || tally.ones == 0) {
            if tally.residue == 0 { return .acknowledgement }
            if tally.ones == 0 && tally.residueIsSignature(maxLength: signature, of: .acknowledgement) {
                return .acknowledgement
            }
        }
        return nil
    }

    /// `asking` is only worked out for texts short enough for it to matter.
    private func isNotice(_ text: UnsafeBufferPointer<UInt32>, _ scan: MessageScanner.Result, cueScore: Int,
                          asking: Bool) -> Bool {
        let limits = compiled.limits
        guard text.count >= limits.noticeMinLength, !asking else { return false }
        var score = cueScore
        if scan.mentionsEveryone { score += limits.everyoneMentionWeight }
        if scan.itemLines >= limits.numberedItemsMin { score += limits.numberedItemsWeight }
        if scan.lines >= limits.multiLineMin { score += limits.multiLineWeight }
        for tier in compiled.lengthWeights where text.count >= tier.atLeast { score += tier.weight }
        return score >= limits.noticeThreshold
    }
}
