/// A ``ContentRules`` table turned into matchers once, so classifying a message never touches a
/// string list or a dictionary of phrases.
///
/// A final class so that copies of ``MessageClassifier`` (one per import task) share one compiled
/// table; it is immutable after `init`, hence safely `Sendable`.
final class CompiledContentRules: Sendable {
    let rules: ContentRules
    /// The table's numbers and switches, copied out so the hot path reads plain values instead
    /// of copying (and retaining) the whole rules struct.
    let limits: Limits
    let lengthWeights: [(atLeast: Int, weight: Int)]
    let scanner: MessageScanner
    /// Indexed by ``slot(of:)``.
    let kinds: [ContentRules.KindTreatment]
    let placeholders: [(scalars: [UInt32], contentClass: ContentClass)]
    let maxPlaceholderLength: Int
    let systemPhrases: PhraseMatcher
    let rollCallKeywords: PhraseMatcher
    let replyLexicon: PhraseMatcher
    let noticeCues: PhraseMatcher
    let cueWeights: [Int]
    let cueAtStart: [Bool]

    /// The built-in table, compiled once per process: importers make a classifier per run, and
    /// compiling costs a few hundred microseconds.
    static let standard = CompiledContentRules(.standard)

    init(_ rules: ContentRules) {
        self.rules = rules
        limits = Limits(rules)
        lengthWeights = rules.notice.lengthWeights.map { ($0.atLeast, $0.weight) }
        scanner = MessageScanner(rules: rules)
        kinds = MessageKind.allCases.map { rules.kinds[$0] ?? ContentRules.standard.kinds[$0] ?? .text }

        let placeholders = rules.placeholders
            .map { (scalars: ScalarFolding.normalizedScalars($0.key), contentClass: $0.value) }
            .filter { !$0.scalars.isEmpty }
            .sorted { $0.scalars.lexicographicallyPrecedes($1.scalars) }
        self.placeholders = placeholders
        maxPlaceholderLength = placeholders.map(\.scalars.count).max() ?? 0

        systemPhrases = PhraseMatcher(rules.system.phrases.map { (ScalarFolding.normalizedScalars($0), 0) })
        rollCallKeywords = PhraseMatcher(rules.rollCall.keywords.map { (ScalarFolding.normalizedScalars($0), 0) })

        var lexicon: [(scalars: [UInt32], tag: Int)] = []
        var seen = Set<[UInt32]>()
        func add(_ phrases: [String], _ word: ReplyTally.Word) {
            for phrase in phrases {
                let scalars = ScalarFolding.normalizedScalars(phrase)
                // The first list a phrase appears in wins; `validate()` reports the clash.
                if seen.insert(scalars).inserted { lexicon.append((scalars, word.rawValue)) }
            }
        }
        add(rules.reply.vetoes, .veto)
        add(rules.reply.discussion, .discussion)
        add(rules.checkIn.phrases, .checkIn)
        add(rules.checkIn.leadPhrases, .checkInLead)
        add(rules.checkIn.standalonePhrases, .standaloneCheckIn)
        add(rules.acknowledgement.phrases, .acknowledgement)
        add(rules.checkIn.context, .checkInContext)
        add(rules.reply.fillers, .filler)
        replyLexicon = PhraseMatcher(lexicon)

        let cues = rules.notice.cues
        noticeCues = PhraseMatcher(cues.enumerated().map { (ScalarFolding.normalizedScalars($0.element.phrase), $0.offset) })
        cueWeights = cues.map(\.weight)
        cueAtStart = cues.map(\.atStart)
    }

    @inline(__always)
    static func slot(of kind: MessageKind) -> Int {
        switch kind {
        case .text: return 0
        case .image: return 1
        case .video: return 2
        case .voice: return 3
        case .file: return 4
        case .link: return 5
        case .location: return 6
        case .sticker: return 7
        case .system: return 8
        case .checkin: return 9
        case .bot: return 10
        }
    }

    /// The class of a whole-text placeholder ("[图片]" → scene-photo), if `text` is one.
    func placeholderClass(_ text: UnsafeBufferPointer<UInt32>) -> ContentClass? {
        guard text.count <= maxPlaceholderLength else { return nil }
        for placeholder in placeholders where placeholder.scalars.count == text.count {
            if placeholder.scalars.elementsEqual(text) { return placeholder.contentClass }
        }
        return nil
    }

    /// The summed weight of the notice cues in `text`, each counted once.
    func cueScore(_ text: UnsafeBufferPointer<UInt32>) -> Int {
        if noticeCues.isEmpty || text.isEmpty { return 0 }
        return withUnsafeTemporaryAllocation(of: Bool.self, capacity: cueWeights.count) { seen in
            seen.initialize(repeating: false)
            var score = 0
            for index in 0..<text.count {
                noticeCues.forEachMatch(in: text, at: index) { cue in
                    guard !seen[cue], !cueAtStart[cue] || index == 0 else { return }
                    seen[cue] = true
                    score += cueWeights[cue]
                }
            }
            return score
        }
    }

    struct Limits {
        let emptyText: ContentClass
        let systemMaxLength: Int
        let linkMaxOtherCharacters: Int
        let replyMaxLength: Int
        let replyMaxLines: Int
        let questionVetoes: Bool
        let symbolOnly: Bool
        let maxSignatureLength: Int
        let checkInMaxLength: Int
        let checkInMaxResidue: Int
        let rollCallMinItems: Int
        let rollCallMinItemShare: Double
        let rollCallMaxHeaderLength: Int
        let rollCallMinNameShare: Double
        let rollCallNoticeVeto: Int
        let noticeThreshold: Int
        let noticeMinLength: Int
        let noticeShortQuestionLength: Int
        let everyoneMentionWeight: Int
        let numberedItemsMin: Int
        let numberedItemsWeight: Int
        let multiLineMin: Int
        let multiLineWeight: Int
        let maxCaptionLength: Int

        init(_ rules: ContentRules) {
            emptyText = rules.emptyText
            systemMaxLength = rules.system.maxLength
            linkMaxOtherCharacters = rules.link.maxOtherCharacters
            replyMaxLength = rules.reply.maxLength
            replyMaxLines = rules.reply.maxLines
            questionVetoes = rules.reply.questionVetoes
            symbolOnly = rules.acknowledgement.symbolOnly
            maxSignatureLength = rules.acknowledgement.maxSignatureLength
            checkInMaxLength = rules.checkIn.maxLength
            checkInMaxResidue = rules.checkIn.maxResidue
            rollCallMinItems = rules.rollCall.minItems
            rollCallMinItemShare = rules.rollCall.minItemShare
            rollCallMaxHeaderLength = rules.rollCall.maxHeaderLength
            rollCallMinNameShare = rules.rollCall.minNameShare
            rollCallNoticeVeto = rules.rollCall.noticeVeto
            noticeThreshold = rules.notice.threshold
            noticeMinLength = rules.notice.minLength
            noticeShortQuestionLength = rules.notice.shortQuestionLength
            everyoneMentionWeight = rules.notice.everyoneMentionWeight
            numberedItemsMin = rules.notice.numberedItemsMin
            numberedItemsWeight = rules.notice.numberedItemsWeight
            multiLineMin = rules.notice.multiLineMin
            multiLineWeight = rules.notice.multiLineWeight
            maxCaptionLength = rules.scenePhoto.maxCaptionLength
        }
    }
}
