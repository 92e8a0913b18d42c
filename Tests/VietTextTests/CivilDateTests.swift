import Testing
import VietText

@Suite("Calendar dates")
struct CivilDateTests {
    @Test("impossible dates are refused", arguments: ["2025-02-30", "2025-13-01", "2025-00-10", "2023-02-29", "2025-1-05", "20250105", "2025-01-5x"])
    func impossible(text: String) {
        #expect(CivilDate(iso: text) == nil)
    }

    @Test("real dates parse and print back", arguments: ["2024-02-29", "2025-10-20", "2000-02-29", "1999-12-31"])
    func roundTrip(text: String) {
        #expect(CivilDate(iso: text)?.description == text)
    }

    @Test("day numbers round-trip over four centuries")
    func dayNumbers() {
        var date = CivilDate(year: 1900, month: 1, day: 1)!
        for _ in 0..<(400 * 366 / 7) {
            let next = date.adding(days: 7)
            #expect(CivilDate(dayNumber: next.dayNumber) == next)
            #expect(next.dayNumber - date.dayNumber == 7)
            date = next
        }
    }

    @Test("weekday and ISO week")
    func weeks() {
        let d = CivilDate(year: 2025, month: 10, day: 20)!  // a Monday
        #expect(d.weekday == 1)
        #expect(d.isoWeek.year == 2025 && d.isoWeek.week == 43)
        let jan1 = CivilDate(year: 2021, month: 1, day: 1)!  // belongs to 2020-W53
        #expect(jan1.isoWeek.year == 2020 && jan1.isoWeek.week == 53)
        #expect(CivilDate(year: 2026, month: 1, day: 4)!.weekday == 7)
    }

    @Test("adding months clamps to the month's end")
    func months() {
        #expect(CivilDate(year: 2025, month: 1, day: 31)!.adding(months: 1).description == "2025-02-28")
        #expect(CivilDate(year: 2025, month: 11, day: 15)!.adding(months: 3).description == "2026-02-15")
        #expect(CivilDate(year: 2025, month: 3, day: 15)!.adding(months: -5).description == "2024-10-15")
    }
}
