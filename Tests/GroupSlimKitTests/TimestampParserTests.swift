import Foundation
import Testing
@testable import GroupSlimKit

@Suite("Timestamps")
struct TimestampParserTests {
    let shanghai = TimestampParser(timeZone: TimeZone(identifier: "Asia/Shanghai")!)
    let newYork = TimestampParser(timeZone: TimeZone(identifier: "America/New_York")!)
    /// 2026-03-05T01:07:00Z in milliseconds.
    let instant: Int64 = 1_772_672_820_000

    @Test("every accepted shape gives the same instant", arguments: [
        "2026-03-05T09:07:00+08:00",
        "2026-03-05T01:07:00Z",
        "2026-03-05T01:07:00z",
        "2026-03-05T09:07:00+0800",
        "2026-03-05T09:07:00+08",
        "2026-03-04T20:07:00-05:00",
        "2026-03-05 09:07:00+08:00",
        "2026-03-05T09:07:00",
        "2026-03-05 09:07:00",
        "2026-03-05 09:07",
        "  2026-03-05 09:07  ",
        "2026/3/5 9:07",
        "2026/03/05 09:07:00",
        "2026.3.5 9:07",
        "2026年3月5日 9:07",
        "1772672820",
        "1772672820000",
    ])
    func shapes(text: String) {
        #expect(shanghai.parse(text)?.milliseconds == instant, "\(text)")
        #expect(shanghai.parse(text)?.isDateOnly == false)
    }

    @Test("fractional seconds keep milliseconds")
    func fractions() {
        #expect(shanghai.parse("2026-03-05T09:07:00.5+08:00")?.milliseconds == instant + 500)
        #expect(shanghai.parse("2026-03-05T09:07:00.123456Z")?.milliseconds == instant + 8 * 3_600_000 + 123)
    }

    @Test("bare dates are local midnight and marked date-only")
    func bareDates() {
        let parsed = shanghai.parse("2026-03-05")
        #expect(parsed?.isDateOnly == true)
        #expect(parsed?.milliseconds == 1_772_640_000_000)  // 2026-03-04T16:00:00Z
        #expect(shanghai.parse("2026/3/5")?.milliseconds == 1_772_640_000_000)
        #expect(shanghai.parse("2026年3月5日")?.milliseconds == 1_772_640_000_000)
    }

    @Test("times without offset follow the zone, including daylight saving")
    func zones() {
        // New York is UTC-5 in January and UTC-4 in July.
        #expect(newYork.parse("2026-01-15 12:00")?.milliseconds == shanghai.parse("2026-01-15T17:00:00Z")?.milliseconds)
        #expect(newYork.parse("2026-07-15 12:00")?.milliseconds == shanghai.parse("2026-07-15T16:00:00Z")?.milliseconds)
        // An explicit offset ignores the zone.
        #expect(newYork.parse("2026-03-05T09:07:00+08:00")?.milliseconds == instant)
        // Unix times have no zone.
        #expect(newYork.parse("1772672820")?.milliseconds == instant)
    }

    @Test("garbage and out-of-range values are rejected", arguments: [
        "", "yesterday", "2026-13-01", "2026-02-30", "2026-02-29 10:00", "2026-03-05 24:00", "2026-03-05 09:7",
        "1800-01-01", "2301-01-01", "2026-03-05T09:07:00+25:00", "2026-03-05 09:07 tomorrow", "12", "-1772672820",
        "99999999999999999", "2026/3", "3/5/2026",
    ])
    func rejects(text: String) {
        #expect(shanghai.parse(text) == nil, "\(text)")
    }

    @Test("epoch seconds from an export: in range as milliseconds, any other 64-bit value nil, never a trap")
    func epochSeconds() {
        #expect(TimestampParser.milliseconds(fromEpochSeconds: 1_704_067_200) == 1_704_067_200_000)
        for bad: Int64 in [0, -1, 99_999_999_999_999_999, .max, .min, .max / 1000, .min / 1000, 7_289_654_400] {
            #expect(TimestampParser.milliseconds(fromEpochSeconds: bad) == nil, "\(bad)")
        }
        // The last second of 2200 is the latest accepted.
        #expect(TimestampParser.milliseconds(fromEpochSeconds: 7_289_654_399) == 7_289_654_399_000)
    }

    @Test("leap days are valid in leap years")
    func leapDays() {
        #expect(shanghai.parse("2024-02-29 10:00") != nil)
        #expect(shanghai.parse("2000-02-29") != nil)
        #expect(shanghai.parse("2100-02-29") == nil)
    }

    @Test("civil date round trip")
    func civilRoundTrip() {
        for days in stride(from: Int64(-1000), through: 80_000, by: 37) {
            let (year, month, day) = CivilDate.fromDays(days)
            #expect(CivilDate.days(year: year, month: month, day: day) == days)
        }
        #expect(ImportReport.isoUTC(instant) == "2026-03-05T01:07:00Z")
    }
}
