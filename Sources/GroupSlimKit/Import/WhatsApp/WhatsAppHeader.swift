/// The start of one WhatsApp message line: its date parts (order still unknown), time, and the
/// rest of the line. Android writes `12/31/24, 9:41 PM - Name: text`, iOS
/// `[31/12/2024, 21:41:05] Name: text`; locales change separators, add `上午/下午` before the time
/// or `a. m.` after it. The date parts stay raw until the file's day/month order is known.
struct WhatsAppHeader: Equatable {
    /// The three numeric date parts in the order written, with their digit counts.
    var parts: [Int]
    var partDigits: [Int]
    var hour: Int
    var minute: Int
    var second: Int
    /// `true` for PM, `false` for AM, `nil` for a 24-hour time.
    var isAfternoon: Bool?
    /// The header text as written (for `sent_raw`).
    var raw: String
    /// Everything after the header: `Name: text` or a system line.
    var body: String
    /// The header ended with a bare space or colon, not ` - ` or `]`; such lines only count as
    /// message starts when an author follows, because ordinary text can look like them.
    var isLooselySeparated: Bool
    /// The year is written in the Thai Buddhist era (`3/12/2565 BE`): 543 years ahead.
    var isBuddhistEra = false

    /// The 24-hour hour.
    var hour24: Int {
        guard let isAfternoon else { return hour }
        if isAfternoon { return hour == 12 ? 12 : hour + 12 }
        return hour == 12 ? 0 : hour
    }
}
