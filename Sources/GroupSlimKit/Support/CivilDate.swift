/// Gregorian calendar arithmetic on day numbers, locale- and Foundation-free so that dates in
/// reports are the same on every machine.
public enum CivilDate {
    /// (year, month, day) of the day `days` after 1970-01-01 (Howard Hinnant's algorithm).
    public static func fromDays(_ days: Int64) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return (Int(year), Int(month), Int(day))
    }

    /// Days since 1970-01-01 of a Gregorian date.
    public static func days(year: Int, month: Int, day: Int) -> Int64 {
        TimestampParser.daysFromCivil(year, month, day)
    }
}
