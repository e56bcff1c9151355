/// Infers a chat file's day/month order from all its dates, because WhatsApp writes the phone
/// locale's short date without saying which it is.
///
/// In order: a year of four digits fixes where the year is (first means year-month-day); a part
/// above 12 can only be a day; otherwise the part that changes more often between consecutive
/// dates is the day. With no evidence at all (say, every date is in the first twelve days of
/// one month) the order is ambiguous and the importer warns.
struct WhatsAppDateOrderGuesser {
    private var yearFirst = false
    private var yearMiddle = false
    private var firstOver12 = false
    private var secondOver12 = false
    private var firstChanges = 0
    private var secondChanges = 0
    private var previous: (Int, Int)?

    mutating func add(_ header: WhatsAppHeader) {
        if header.partDigits[0] == 4 { yearFirst = true; return }
        if header.partDigits[1] == 4 { yearMiddle = true }
        let (p, q) = yearMiddle ? (header.parts[0], header.parts[2]) : (header.parts[0], header.parts[1])
        if p > 12 { firstOver12 = true }
        if q > 12 { secondOver12 = true }
        if let previous, previous != (p, q) {
            if previous.0 != p { firstChanges += 1 }
            if previous.1 != q { secondChanges += 1 }
        }
        previous = (p, q)
    }

    /// The inferred order and whether the dates proved it.
    func guess() -> (order: DateOrder, proven: Bool) {
        if yearFirst { return (.ymd, true) }
        if firstOver12 != secondOver12 { return (firstOver12 ? .dmy : .mdy, true) }
        if firstChanges != secondChanges { return (firstChanges > secondChanges ? .dmy : .mdy, true) }
        return (.dmy, false)
    }

    /// The wall-clock time of `header` read in `order`; `nil` when the parts do not fit it.
    static func wallClock(_ header: WhatsAppHeader, order: DateOrder) -> WallClock? {
        let parts = header.parts, digits = header.partDigits
        var year: Int, month: Int, day: Int
        if digits[0] == 4 {
            (year, month, day) = (parts[0], parts[1], parts[2])
        } else if digits[1] == 4 {
            (year, month, day) = order == .dmy ? (parts[1], parts[2], parts[0]) : (parts[1], parts[0], parts[2])
        } else {
            year = parts[2]
            (month, day) = order == .dmy ? (parts[1], parts[0]) : (parts[0], parts[1])
            if order == .ymd { (year, month, day) = (parts[0], parts[1], parts[2]) }
        }
        if year < 100 { year += 2000 }
        if header.isBuddhistEra { year -= 543 }
        let clock = WallClock(year: year, month: month, day: day, hour: header.hour24, minute: header.minute,
                              second: header.second)
        return clock.isValid ? clock : nil
    }
}
