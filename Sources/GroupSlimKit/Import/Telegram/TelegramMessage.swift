/// One element of a Telegram Desktop dialog's `messages`, reduced to what the store needs.
struct TelegramMessage {
    var id: String
    var isService: Bool
    var milliseconds: Int64
    var raw: String
    /// `from_id` of a message or `actor_id` of a service action, as `user123`/`channel123`.
    var senderID: String?
    var senderName: String?
    /// Whether the sender is a bot account (by its name: see ``isBotName(_:)``). A person who
    /// posts through an inline bot (`via_bot`) sends a bot message but stays a person.
    var senderIsBot: Bool
    var kind: MessageKind
    var text: String
    var action: String?
    /// Display names named by the action (`members` of invite/remove/create).
    var targets: [String]

    /// `nil` for `unsupported` elements, which hold nothing but their id.
    init?(_ value: JSONValue, place: RecordPlace, timestamps: TimestampParser) throws {
        let type = try place.text(value, "type", expected: "\"message\", \"service\" or \"unsupported\"")
        if type == "unsupported" { return nil }
        guard type == "message" || type == "service" else {
            throw ExportRecordError.badField(file: place.file, record: place.description, field: "type",
                                             expected: "\"message\", \"service\" or \"unsupported\"", found: "'\(type)'")
        }
        id = try place.text(value, "id", expected: "the message id (a number)")
        isService = type == "service"
        // date_unixtime (2022+) is UTC; `date` alone is the exporting machine's wall clock.
        // An unreadable date_unixtime falls back to `date`; with no `date` it is the error to report.
        if let unix = value["date_unixtime"], unix.int64 != nil || value["date"] == nil {
            milliseconds = try place.epochMilliseconds(unix, "date_unixtime")
            raw = value["date"]?.string ?? unix.scalarText ?? ""
        } else {
            let date = try place.text(value, "date", expected: "the local time such as \"2024-05-01T08:00:00\" (or date_unixtime)")
            guard let parsed = timestamps.parse(date) else {
                throw ExportRecordError.badField(file: place.file, record: place.description, field: "date",
                                                 expected: "a time such as \"2024-05-01T08:00:00\"", found: "'\(date)'")
            }
            milliseconds = parsed.milliseconds
            raw = date
        }
        let idField = isService ? "actor_id" : "from_id"
        senderID = value[idField].flatMap(TelegramMessage.peerID)
        senderName = value[isService ? "actor" : "from"]?.string
        action = value["action"]?.string
        targets = value["members"]?.array?.compactMap(\.string) ?? []
        text = TelegramMessage.flatten(value["text"])
        senderIsBot = !isService && senderName.map(TelegramMessage.isBotName) == true
        kind = isService ? .system : value["via_bot"] != nil || senderIsBot ? .bot : TelegramMessage.kind(value)
    }

    /// Telegram Desktop marks no sender as a bot, but Telegram requires every bot's username to end
    /// in "bot", and bots are shown by names such as "PantryStockBot" or "Stock bot": a name whose
    /// last word is "bot", or that ends in a capitalised "Bot" after a lower-case letter. "Abbot"
    /// and "Talbot" are people.
    static func isBotName(_ name: String) -> Bool {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        let words = trimmed.split { !($0.isLetter || $0.isNumber) }
        if let last = words.last, last.lowercased() == "bot", words.count > 1 { return true }
        guard trimmed.hasSuffix("Bot"), trimmed.count > 3 else { return false }
        let before = trimmed[trimmed.index(trimmed.endIndex, offsetBy: -4)]
        return before.isLowercase || before.isNumber
    }

    /// `"user123"` as is; the bare integers of pre-2021 exports as `user123`, so an old and a
    /// new export of the same chat name the same people.
    static func peerID(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): return text.isEmpty ? nil : text
        case .number(let digits): return "user" + digits
        default: return nil
        }
    }

    /// `text` is a string, or an array of strings and `{type, text}` entity objects.
    static func flatten(_ value: JSONValue?) -> String {
        switch value {
        case .string(let text)?:
            return text
        case .array(let parts)?:
            return parts.map { $0.string ?? $0["text"]?.string ?? "" }.joined()
        default:
            return ""
        }
    }

    static func kind(_ value: JSONValue) -> MessageKind {
        switch value["media_type"]?.string {
        case "sticker", "animation": return .sticker
        case "video_message", "video_file": return .video
        case "voice_message", "audio_file": return .voice
        default: break
        }
        if value["photo"] != nil { return .image }
        if value["file"] != nil { return .file }
        if value["location_information"] != nil || value["place_name"] != nil { return .location }
        return .text
    }
}
