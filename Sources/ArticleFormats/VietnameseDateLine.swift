import VietText

/// The date of a Vietnamese page's date line: the first `dd/mm/yyyy` (or `dd-mm-yyyy`) in it,
/// as in "Thứ hai, 20/10/2025, 08:00 (GMT+7)" or "20/10/2025 08:00". Times on such lines are
/// Vietnam's own, so the date is already local.
public enum VietnameseDateLine {
    public static func date(in text: some StringProtocol) -> CivilDate? {
        let s = Array(text.utf8.prefix(4096))
        var i = 0
        func digits(_ at: Int, _ min: Int, _ max: Int) -> (value: Int, end: Int)? {
            var k = at, value = 0
            while k < s.count, k - at < max, s[k] >= 48 && s[k] <= 57 {
                value = value * 10 + Int(s[k] - 48)
                k += 1
            }
            return k - at >= min ? (value, k) : nil
        }
        while i < s.count {
            let isBoundary = i == 0 || !(s[i - 1] >= 48 && s[i - 1] <= 57)
            if isBoundary, let day = digits(i, 1, 2), day.end < s.count,
               s[day.end] == UInt8(ascii: "/") || s[day.end] == UInt8(ascii: "-") || s[day.end] == UInt8(ascii: "."),
               let month = digits(day.end + 1, 1, 2), month.end < s.count, s[month.end] == s[day.end],
               let year = digits(month.end + 1, 4, 4), year.end == s.count || !(s[year.end] >= 48 && s[year.end] <= 57),
               let date = CivilDate(year: year.value, month: month.value, day: day.value) {
                return date
            }
            i += 1
        }
        return nil
    }
}
