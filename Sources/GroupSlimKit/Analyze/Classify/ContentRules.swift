import Foundation

/// The vocabulary and thresholds that decide a message's ``ContentClass``.
///
/// Office habits differ (one district's 接龙 is another's 报数; one office signs every 收到 with
/// its unit name), so the rules are data that ``MessageClassifier`` interprets, never code paths.
/// ``standard`` is the built-in table; an office can pass its own as JSON with
/// ``init(jsonData:)``.
///
/// ## Format (JSON, version 1)
///
/// Every key is optional: an omitted key keeps the built-in value, so a custom file may hold just
/// the one list it changes. The maps (`kinds`, `placeholders`) merge entry by entry over the
/// built-in ones; lists replace the built-in list whole. Unknown keys are errors.
///
/// Every *phrase* is matched after normalization: Unicode compatibility folding (full-width
/// letters and digits become ASCII), lower case, and with spaces, punctuation and emoji removed.
/// So `"Got it"` matches "got it!", "GOT IT" and "ｇｏｔ　ｉｔ"; write phrases naturally. A phrase
/// that normalizes to nothing (only punctuation or emoji) is refused; emoji belong in
/// `acknowledgement.symbols`. Lengths count *meaningful characters*: letters, digits and
/// ideographs left after normalization (one per Chinese character, one per Latin letter).
///
/// ```json
/// {
///   "version": 1,
///   "kinds": { "voice": "media", "image": "caption", "text": "text" },
///   "emptyText": "media",
///   "placeholders": { "[图片]": "scene-photo", "<Media omitted>": "media" },
///   "system": { "phrases": ["撤回了一条消息"], "maxLength": 40 },
///   "mentions": { "everyone": ["所有人", "all", "channel"] },
///   "link": { "urlPrefixes": ["https://", "www."], "maxOtherCharacters": 4 },
///   "reply": { "maxLength": 40, "maxLines": 2, "fillers": ["的"], "vetoes": ["请"],
///              "discussion": ["为什么"], "questionVetoes": true },
///   "acknowledgement": { "phrases": ["收到", "ok"], "symbols": ["👍"], "symbolOnly": true,
///                        "maxSignatureLength": 4 },
///   "checkIn": { "phrases": ["打卡"], "leadPhrases": ["已巡查"], "standalonePhrases": ["平安"],
///                "context": ["上午"], "maxLength": 32, "maxResidue": 10 },
///   "rollCall": { "keywords": ["接龙"], "minItems": 2, "maxItemLength": 16, "minItemShare": 0.6,
///                 "maxHeaderLength": 30, "nameInitials": "王李张", "minNameShare": 0.5,
///                 "noticeVeto": 3 },
///   "notice": { "cues": [{ "phrase": "通知", "weight": 3, "atStart": true }], "threshold": 3,
///               "minLength": 6, "shortQuestionLength": 20, "everyoneMentionWeight": 2,
///               "numberedItemsMin": 2, "numberedItemsWeight": 2, "multiLineMin": 3,
///               "multiLineWeight": 1, "lengthWeights": [{ "atLeast": 60, "weight": 1 }] },
///   "scenePhoto": { "maxCaptionLength": 20 },
///   "numbering": { "delimiters": [".", "、", ")"], "chineseNumerals": "一二三四五六七八九十",
///                  "enclosedNumbers": true }
/// }
/// ```
///
/// How the sections are used, in the order the classifier asks:
/// - `kinds`: per ``MessageKind``, either a fixed class name (`"media"`), `"text"` (classify the
///   text) or `"caption"` (a photo or video: `scene-photo` unless the caption is longer than
///   `scenePhoto.maxCaptionLength`, in which case the caption is classified as text).
/// - `emptyText`: the class of a text message with no text at all.
/// - `placeholders`: exports that write a stand-in for a non-text message ("[图片]"); matched
///   against the *whole* normalized text.
/// - `system`: phrases that mark an event written as text ("…撤回了一条消息") in messages no longer
///   than `maxLength`.
/// - `mentions.everyone`: names that, after `@`, address the whole group (`@所有人`, `@all`);
///   Slack's `<!channel>` form is understood too.
/// - `link`: a text that is URLs plus at most `maxOtherCharacters` other characters is a link.
/// - `rollCall`: a text that starts with a keyword (`#接龙`) is a roll-call; so is a list of at
///   least `minItems` numbered lines, each at most `maxItemLength` long, making up `minItemShare`
///   of the lines, under a header of at most `maxHeaderLength`, where at least `minNameShare` of
///   the items start with one of `nameInitials` (common surnames, so a numbered to-do list is not
///   mistaken for a name chain), unless the notice cues score `noticeVeto` or more. A keyword
///   elsewhere in a non-notice text without discussion words makes a roll-call too.
/// - `reply`: short texts (at most `maxLength`, `maxLines`) are cut into phrases from
///   `acknowledgement.phrases`, `checkIn.phrases`, `checkIn.leadPhrases`, `checkIn.standalonePhrases`,
///   `checkIn.context`, `reply.fillers`, `reply.vetoes` and `reply.discussion` (longest match
///   first; a phrase may be in only one list). Digits form number runs; a run of only `1`s is an
///   acknowledgement ("1", "111", "+1"). What matches no phrase is *residue*. A veto, a discussion
///   word or (with `questionVetoes`) a question mark means the text is not a reflex reply.
/// - `checkIn`: a reply with a `leadPhrases` entry, or a `phrases` entry that ends a clause
///   (followed by the end, punctuation, a space, a number or another reply word: "签到：张伟" but
///   not "签到表放在前台"), and at most `maxResidue` residue (a name, a place), no longer than
///   `maxLength`; or with a `standalonePhrases` entry (平安, 到: weak words that mean something
///   else inside a sentence) and no residue beyond a signature.
/// - `acknowledgement`: a reply made only of acknowledgement phrases, `1`s, fillers and
///   `symbols`, allowing one *signature* (a run of at most `maxSignatureLength` Chinese
///   characters at the start or end: "张三收到", "收到-幸福社区"). With `symbolOnly`, a text of
///   only emoji and punctuation is an acknowledgement too.
/// - `notice`: each cue found adds its weight once (`atStart` cues only at the very start); an
///   @everyone mention, `numberedItemsMin` numbered lines, `multiLineMin` lines and each
///   `lengthWeights` tier reached add theirs. A score of `threshold` makes a notice, if the text
///   has at least `minLength` characters and is not a question or discussion remark shorter than
///   `shortQuestionLength` ("收到，但这个截止时间太紧了" names a deadline without announcing one).
/// - everything else is `substantive`.
public struct ContentRules: Sendable, Equatable, Codable {
    /// The format version this build reads and writes.
    public static let formatVersion = 1

    public var version: Int
    public var kinds: [MessageKind: KindTreatment]
    public var emptyText: ContentClass
    public var placeholders: [String: ContentClass]
    public var system: System
    public var mentions: Mentions
    public var link: Link
    public var reply: Reply
    public var acknowledgement: Acknowledgement
    public var checkIn: CheckIn
    public var rollCall: RollCall
    public var notice: Notice
    public var scenePhoto: ScenePhoto
    public var numbering: Numbering

    public init(version: Int = ContentRules.formatVersion, kinds: [MessageKind: KindTreatment],
                emptyText: ContentClass, placeholders: [String: ContentClass], system: System,
                mentions: Mentions, link: Link, reply: Reply, acknowledgement: Acknowledgement,
                checkIn: CheckIn, rollCall: RollCall, notice: Notice, scenePhoto: ScenePhoto,
                numbering: Numbering) {
        self.version = version
        self.kinds = kinds
        self.emptyText = emptyText
        self.placeholders = placeholders
        self.system = system
        self.mentions = mentions
        self.link = link
        self.reply = reply
        self.acknowledgement = acknowledgement
        self.checkIn = checkIn
        self.rollCall = rollCall
        self.notice = notice
        self.scenePhoto = scenePhoto
        self.numbering = numbering
    }

    /// Loads a custom table, then checks it, so a bad file fails at load time with the path of
    /// the offending entry rather than misclassifying quietly later.
    public init(jsonData: Data) throws(ContentRulesError) {
        let decoded: ContentRules
        do {
            decoded = try JSONDecoder().decode(ContentRules.self, from: jsonData)
        } catch {
            let converted = ContentRulesError.from(error)
            if case .malformedJSON = converted {
                // JSONDecoder only says "not valid JSON"; JSONSerialization says where.
                do {
                    _ = try JSONSerialization.jsonObject(with: jsonData)
                } catch {
                    let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
                    throw ContentRulesError.malformedJSON(detail: detail ?? String(describing: error))
                }
            }
            throw converted
        }
        try decoded.validate()
        self = decoded
    }

    /// The table as pretty-printed JSON: a starting point for an office's own file.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    // MARK: - Sections

    /// What to do with a message of one platform kind.
    public enum KindTreatment: Sendable, Equatable, Codable {
        /// Every message of the kind gets this class whatever its text (a voice note is media).
        case fixed(ContentClass)
        /// The text decides.
        case text
        /// A photo or video: a work-scene photo unless its caption is long enough to say something.
        case caption

        public init(from decoder: any Decoder) throws {
            let raw = try decoder.singleValueContainer().decode(String.self)
            switch raw {
            case "text": self = .text
            case "caption": self = .caption
            default:
                guard let fixed = ContentClass(rawValue: raw) else {
                    throw ContentRulesError.invalidValue(
                        path: ContentRulesError.dottedPath(decoder.codingPath),
                        reason: "'\(raw)' is neither \"text\", \"caption\" nor a class ("
                            + ContentClass.allCases.map(\.rawValue).joined(separator: ", ") + ")")
                }
                self = .fixed(fixed)
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .fixed(let fixed): try container.encode(fixed.rawValue)
            case .text: try container.encode("text")
            case .caption: try container.encode("caption")
            }
        }
    }

    /// Events written as ordinary text by some exports.
    public struct System: Sendable, Equatable, Codable {
        public var phrases: [String]
        public var maxLength: Int

        public init(phrases: [String], maxLength: Int) {
            self.phrases = phrases
            self.maxLength = maxLength
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case phrases, maxLength }

        public init(from decoder: any Decoder) throws {
            let reader = try ContentRulesReader(decoder, keys: CodingKeys.self)
            let fallback = ContentRules.standard.system
            phrases = try reader.value(CodingKeys.phrases, or: fallback.phrases)
            maxLength = try reader.value(CodingKeys.maxLength, or: fallback.maxLength)
        }
    }

    /// Whole-group addressing, counted as a burden signal and as a notice cue.
    public struct Mentions: Sendable, Equatable, Codable {
        /// The names after `@` (or Slack's `<!…>`) that address everyone.
        public var everyone: [String]

        public init(everyone: [String]) { self.everyone = everyone }

        enum CodingKeys: String, CodingKey, CaseIterable { case everyone }

        public init(from decoder: any Decoder) throws {
            let reader = try ContentRulesReader(decoder, keys: CodingKeys.self)
            everyone = try reader.value(CodingKeys.everyone, or: ContentRules.standard.mentions.everyone)
        }
    }

    /// Forwarded links typed as text.
    public struct Link: Sendable, Equatable, Codable {
        public var urlPrefixes: [String]
        /// A short label ("链接：", "转发") may accompany the URL and still make a link.
        public var maxOtherCharacters: Int

        public init(urlPrefixes: [String], maxOtherCharacters: Int) {
            self.urlPrefixes = urlPrefixes
            self.maxOtherCharacters = maxOtherCharacters
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case urlPrefixes, maxOtherCharacters }

        public init(from decoder: any Decoder) throws {
            let reader = try ContentRulesReader(decoder, keys: CodingKeys.self)
            let fallback = ContentRules.standard.link
            urlPrefixes = try reader.value(CodingKeys.urlPrefixes, or: fallback.urlPrefixes)
            maxOtherCharacters = try reader.value(CodingKeys.maxOtherCharacters, or: fallback.maxOtherCharacters)
        }
    }

    /// The lexicon shared by acknowledgements and check-ins, which are both short reflex replies.
    public struct Reply: Sendable, Equatable, Codable {
        /// Longest text (meaningful characters) that can still be a reflex reply.
        public var maxLength: Int
        public var maxLines: Int
        /// Words that add nothing (的, 了, 领导, everyone) and so neither make nor break a reply.
        public var fillers: [String]
        /// Instructions and work words (请, 报送, 问题): a text with one is asking or reporting.
        public var vetoes: [String]
        /// Words of talking *about* something (为什么, 觉得, 取消): "打卡太麻烦了" discusses
        /// check-ins, it is not one. They also stop a mere mention of 接龙 making a roll-call.
        public var discussion: [String]
        /// A question mark means the text asks rather than answers ("收到了吗？").
        public var questionVetoes: Bool

        public init(maxLength: Int, maxLines: Int, fillers: [String], vetoes: [String],
                    discussion: [String], questionVetoes: Bool) {
            self.maxLength = maxLength
            self.maxLines = maxLines
            self.fillers = fillers
            self.vetoes = vetoes
            self.discussion = discussion
            self.questionVetoes = questionVetoes
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case maxLength, maxLines, fillers, vetoes, discussion, questionVetoes
        }

        public init(from decoder: any Decoder) throws {
            let reader = try ContentRulesReader(decoder, keys: CodingKeys.self)
            let fallback = ContentRules.standard.reply
            maxLength = try reader.value(CodingKeys.maxLength, or: fallback.maxLength)
            maxLines = try reader.value(CodingKeys.maxLines, or: fallback.maxLines)
            fillers = try reader.value(CodingKeys.fillers, or: fallback.fillers)
            vetoes = try reader.value(CodingKeys.vetoes, or: fallback.vetoes)
            discussion = try reader.value(CodingKeys.discussion, or: fallback.discussion)
            questionVetoes = try reader.value(CodingKeys.questionVetoes, or: fallback.questionVetoes)
        }
    }

    /// The "收到" traffic under every notice.
    public struct Acknowledgement: Sendable, Equatable, Codable {
        public var phrases: [String]
        /// Emoji that acknowledge on their own (👍, 👌, 🙏). Skin tones and variation selectors
        /// are ignored, so "👍🏻" is "👍".
        public var symbols: [String]
        /// Whether a text of only emoji or punctuation ("😂", "🎉🎉") counts as a reflex reply.
        public var symbolOnly: Bool
        /// The longest name or unit an acknowledgement may be signed with ("收到-幸福社区").
        public var maxSignatureLength: Int

        public init(phrases: [String], symbols: [String], symbolOnly: Bool, maxSignatureLength: Int) {
            self.phrases = phrases
            self.symbols = symbols
            self.symbolOnly = symbolOnly
            self.maxSignatureLength = maxSignatureLength
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case phrases, symbols, symbolOnly, maxSignatureLength }

        public init(from decoder: any Decoder) throws {
            let reader = try ContentRulesReader(decoder, keys: CodingKeys.self)
            let fallback = ContentRules.standard.acknowledgement
            phrases = try reader.value(CodingKeys.phrases, or: fallback.phrases)
            symbols = try reader.value(CodingKeys.symbols, or: fallback.symbols)
            symbolOnly = try reader.value(CodingKeys.symbolOnly, or: fallback.symbolOnly)
            maxSignatureLength = try reader.value(CodingKeys.maxSignatureLength, or: fallback.maxSignatureLength)
        }
    }

    /// The "打卡留痕" traffic: presence reports.
    public struct CheckIn: Sendable, Equatable, Codable {
        /// Words that report presence when they end a clause (打卡, 到岗, 签到): followed by the
        /// end of the text, punctuation or a space, a number or another reply word. Directly
        /// followed by other text they only name a thing ("签到表", "打卡地点").
        public var phrases: [String]
        /// Completed reports that may run straight into a place ("今日已巡查幸福里小区").
        public var leadPhrases: [String]
        /// Words that are a check-in only when they are (almost) all that is said: 平安 alone is a
        /// safety report, "平安建设材料" is work.
        public var standalonePhrases: [String]
        /// Times and dates, neutral beside a check-in ("上班打卡 08:25") but not in a 收到.
        public var context: [String]
        public var maxLength: Int
        /// How much unmatched text (a place: "幸福里小区") a check-in may carry.
        public var maxResidue: Int

        public init(phrases: [String], leadPhrases: [String], standalonePhrases: [String], context: [String],
                    maxLength: Int, maxResidue: Int) {
            self.phrases = phrases
            self.leadPhrases = leadPhrases
            self.standalonePhrases = standalonePhrases
            self.context = context
            self.maxLength = maxLength
            self.maxResidue = maxResidue
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case phrases, leadPhrases, standalonePhrases, context, maxLength, maxResidue
        }

        public init(from decoder: any Decoder) throws {
            let reader = try ContentRulesReader(decoder, keys: CodingKeys.self)
            let fallback = ContentRules.standard.checkIn
            phrases = try reader.value(CodingKeys.phrases, or: fallback.phrases)
            leadPhrases = try reader.value(CodingKeys.leadPhrases, or: fallback.leadPhrases)
            standalonePhrases = try reader.value(CodingKeys.standalonePhrases, or: fallback.standalonePhrases)
            context = try reader.value(CodingKeys.context, or: fallback.context)
            maxLength = try reader.value(CodingKeys.maxLength, or: fallback.maxLength)
            maxResidue = try reader.value(CodingKeys.maxResidue, or: fallback.maxResidue)
        }
    }

    /// 接龙 chains, judged from one message: each copy of the chain is a new message.
    public struct RollCall: Sendable, Equatable, Codable {
        public var keywords: [String]
        public var minItems: Int
        public var maxItemLength: Int
        public var minItemShare: Double
        public var maxHeaderLength: Int
        /// Characters a name line usually starts with: the common surnames.
        public var nameInitials: String
        public var minNameShare: Double
        /// A numbered list whose notice cues score this much is a notice, not a chain.
        public var noticeVeto: Int

        public init(keywords: [String], minItems: Int, maxItemLength: Int, minItemShare: Double,
                    maxHeaderLength: Int, nameInitials: String, minNameShare: Double, noticeVeto: Int) {
            self.keywords = keywords
            self.minItems = minItems
            self.maxItemLength = maxItemLength
            self.minItemShare = minItemShare
            self.maxHeaderLength = maxHeaderLength
            self.nameInitials = nameInitials
            self.minNameShare = minNameShare
            self.noticeVeto = noticeVeto
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case keywords, minItems, maxItemLength, minItemShare, maxHeaderLength, nameInitials, minNameShare,
                 noticeVeto
        }

        public init(from decoder: any Decoder) throws {
            let reader = try ContentRulesReader(decoder, keys: CodingKeys.self)
            let fallback = ContentRules.standard.rollCall
            keywords = try reader.value(CodingKeys.keywords, or: fallback.keywords)
            minItems = try reader.value(CodingKeys.minItems, or: fallback.minItems)
            maxItemLength = try reader.value(CodingKeys.maxItemLength, or: fallback.maxItemLength)
            minItemShare = try reader.value(CodingKeys.minItemShare, or: fallback.minItemShare)
            maxHeaderLength = try reader.value(CodingKeys.maxHeaderLength, or: fallback.maxHeaderLength)
            nameInitials = try reader.value(CodingKeys.nameInitials, or: fallback.nameInitials)
            minNameShare = try reader.value(CodingKeys.minNameShare, or: fallback.minNameShare)
            noticeVeto = try reader.value(CodingKeys.noticeVeto, or: fallback.noticeVeto)
        }
    }

    /// Announcements: scored, because no single word makes one (通知 also appears in
    /// "通知收到了吗？") while a long numbered text with a deadline plainly is one.
    public struct Notice: Sendable, Equatable, Codable {
        public var cues: [Cue]
        public var threshold: Int
        public var minLength: Int
        public var shortQuestionLength: Int
        public var everyoneMentionWeight: Int
        public var numberedItemsMin: Int
        public var numberedItemsWeight: Int
        public var multiLineMin: Int
        public var multiLineWeight: Int
        public var lengthWeights: [LengthWeight]

        public init(cues: [Cue], threshold: Int, minLength: Int, shortQuestionLength: Int,
                    everyoneMentionWeight: Int, numberedItemsMin: Int, numberedItemsWeight: Int,
                    multiLineMin: Int, multiLineWeight: Int, lengthWeights: [LengthWeight]) {
            self.cues = cues
            self.threshold = threshold
            self.minLength = minLength
            self.shortQuestionLength = shortQuestionLength
            self.everyoneMentionWeight = everyoneMentionWeight
            self.numberedItemsMin = numberedItemsMin
            self.numberedItemsWeight = numberedItemsWeight
            self.multiLineMin = multiLineMin
            self.multiLineWeight = multiLineWeight
            self.lengthWeights = lengthWeights
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case cues, threshold, minLength, shortQuestionLength, everyoneMentionWeight, numberedItemsMin,
                 numberedItemsWeight, multiLineMin, multiLineWeight, lengthWeights
        }

        public init(from decoder: any Decoder) throws {
            let reader = try ContentRulesReader(decoder, keys: CodingKeys.self)
            let fallback = ContentRules.standard.notice
            cues = try reader.value(CodingKeys.cues, or: fallback.cues)
            threshold = try reader.value(CodingKeys.threshold, or: fallback.threshold)
            minLength = try reader.value(CodingKeys.minLength, or: fallback.minLength)
            shortQuestionLength = try reader.value(CodingKeys.shortQuestionLength, or: fallback.shortQuestionLength)
            everyoneMentionWeight = try reader.value(CodingKeys.everyoneMentionWeight,
                                                     or: fallback.everyoneMentionWeight)
            numberedItemsMin = try reader.value(CodingKeys.numberedItemsMin, or: fallback.numberedItemsMin)
            numberedItemsWeight = try reader.value(CodingKeys.numberedItemsWeight, or: fallback.numberedItemsWeight)
            multiLineMin = try reader.value(CodingKeys.multiLineMin, or: fallback.multiLineMin)
            multiLineWeight = try reader.value(CodingKeys.multiLineWeight, or: fallback.multiLineWeight)
            lengthWeights = try reader.value(CodingKeys.lengthWeights, or: fallback.lengthWeights)
        }

        /// One notice word and how much it says.
        public struct Cue: Sendable, Equatable, Codable {
            public var phrase: String
            public var weight: Int
            /// Counts only as the first words ("通知：…", "Reminder: …"), where it is a heading.
            public var atStart: Bool

            public init(_ phrase: String, _ weight: Int, atStart: Bool = false) {
                self.phrase = phrase
                self.weight = weight
                self.atStart = atStart
            }

            enum CodingKeys: String, CodingKey, CaseIterable { case phrase, weight, atStart }

            public init(from decoder: any Decoder) throws {
                let reader = try ContentRulesReader(decoder, keys: CodingKeys.self)
                let phrase: String? = try reader.value(CodingKeys.phrase, or: nil)
                guard let phrase else {
                    throw ContentRulesError.invalidValue(path: ContentRulesError.dottedPath(decoder.codingPath),
                                                         reason: "a cue needs a \"phrase\"")
                }
                self.phrase = phrase
                weight = try reader.value(CodingKeys.weight, or: 1)
                atStart = try reader.value(CodingKeys.atStart, or: false)
            }
        }

        /// Extra weight for sheer length: a long text is rarely chatter.
        public struct LengthWeight: Sendable, Equatable, Codable {
            public var atLeast: Int
            public var weight: Int

            public init(atLeast: Int, weight: Int) {
                self.atLeast = atLeast
                self.weight = weight
            }
        }
    }

    /// Work-scene photos ("现场照片", "今日走访已完成").
    public struct ScenePhoto: Sendable, Equatable, Codable {
        /// A longer caption explains something, and the photo is classified by what it says.
        public var maxCaptionLength: Int

        public init(maxCaptionLength: Int) { self.maxCaptionLength = maxCaptionLength }

        enum CodingKeys: String, CodingKey, CaseIterable { case maxCaptionLength }

        public init(from decoder: any Decoder) throws {
            let reader = try ContentRulesReader(decoder, keys: CodingKeys.self)
            maxCaptionLength = try reader.value(CodingKeys.maxCaptionLength,
                                                or: ContentRules.standard.scenePhoto.maxCaptionLength)
        }
    }

    /// How numbered lines begin, for telling notices' item lists and 接龙 name lists.
    public struct Numbering: Sendable, Equatable, Codable {
        /// What may follow an item's digits: "1." "1、" "1)" (full-width forms fold to these).
        public var delimiters: [String]
        /// Numerals of "一、" "（二）" items.
        public var chineseNumerals: String
        /// Whether ① ⑴ ⒈ ❶ start an item.
        public var enclosedNumbers: Bool

        public init(delimiters: [String], chineseNumerals: String, enclosedNumbers: Bool) {
            self.delimiters = delimiters
            self.chineseNumerals = chineseNumerals
            self.enclosedNumbers = enclosedNumbers
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case delimiters, chineseNumerals, enclosedNumbers }

        public init(from decoder: any Decoder) throws {
            let reader = try ContentRulesReader(decoder, keys: CodingKeys.self)
            let fallback = ContentRules.standard.numbering
            delimiters = try reader.value(CodingKeys.delimiters, or: fallback.delimiters)
            chineseNumerals = try reader.value(CodingKeys.chineseNumerals, or: fallback.chineseNumerals)
            enclosedNumbers = try reader.value(CodingKeys.enclosedNumbers, or: fallback.enclosedNumbers)
        }
    }

    // MARK: - Coding

    enum CodingKeys: String, CodingKey, CaseIterable {
        case version, kinds, emptyText, placeholders, system, mentions, link, reply, acknowledgement, checkIn,
             rollCall, notice, scenePhoto, numbering
    }

    public init(from decoder: any Decoder) throws {
        let reader = try ContentRulesReader(decoder, keys: CodingKeys.self)
        let fallback = ContentRules.standard
        version = try reader.value(CodingKeys.version, or: ContentRules.formatVersion)
        guard version == ContentRules.formatVersion else {
            throw ContentRulesError.unsupportedVersion(found: version, supported: ContentRules.formatVersion)
        }
        let kindTable: [String: KindTreatment] = try reader.value(CodingKeys.kinds, or: [:])
        var kinds = fallback.kinds
        for (name, treatment) in kindTable {
            guard let kind = MessageKind(rawValue: name) else {
                throw ContentRulesError.unknownKey(path: "kinds.\(name)", known: MessageKind.allCases.map(\.rawValue))
            }
            kinds[kind] = treatment
        }
        self.kinds = kinds
        emptyText = try reader.value(CodingKeys.emptyText, or: fallback.emptyText)
        let extraPlaceholders: [String: ContentClass] = try reader.value(CodingKeys.placeholders, or: [:])
        placeholders = fallback.placeholders.merging(extraPlaceholders) { _, custom in custom }
        system = try reader.value(CodingKeys.system, or: fallback.system)
        mentions = try reader.value(CodingKeys.mentions, or: fallback.mentions)
        link = try reader.value(CodingKeys.link, or: fallback.link)
        reply = try reader.value(CodingKeys.reply, or: fallback.reply)
        acknowledgement = try reader.value(CodingKeys.acknowledgement, or: fallback.acknowledgement)
        checkIn = try reader.value(CodingKeys.checkIn, or: fallback.checkIn)
        rollCall = try reader.value(CodingKeys.rollCall, or: fallback.rollCall)
        notice = try reader.value(CodingKeys.notice, or: fallback.notice)
        scenePhoto = try reader.value(CodingKeys.scenePhoto, or: fallback.scenePhoto)
        numbering = try reader.value(CodingKeys.numbering, or: fallback.numbering)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(version, forKey: .version)
        var kindTable: [String: KindTreatment] = [:]
        for (kind, treatment) in kinds { kindTable[kind.rawValue] = treatment }
        try container.encode(kindTable, forKey: .kinds)
        try container.encode(emptyText, forKey: .emptyText)
        try container.encode(placeholders, forKey: .placeholders)
        try container.encode(system, forKey: .system)
        try container.encode(mentions, forKey: .mentions)
        try container.encode(link, forKey: .link)
        try container.encode(reply, forKey: .reply)
        try container.encode(acknowledgement, forKey: .acknowledgement)
        try container.encode(checkIn, forKey: .checkIn)
        try container.encode(rollCall, forKey: .rollCall)
        try container.encode(notice, forKey: .notice)
        try container.encode(scenePhoto, forKey: .scenePhoto)
        try container.encode(numbering, forKey: .numbering)
    }
}
