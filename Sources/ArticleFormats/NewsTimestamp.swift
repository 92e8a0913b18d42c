import VietText

/// A publication timestamp as crawlers and pages write it, read as the article's local date in
/// Vietnam (UTC+7): a time with a zone is moved to UTC+7 (`2025-10-19T18:30:00Z` is 2025-10-20);
/// a date alone, or a naive time (`2025-10-20 08:30:00`), is taken as already local.
public enum NewsTimestamp {
    /// Vietnam's offset from UTC, in minutes.
    public static let vietnamOffsetMinutes = 7 * 60

    /// The local date of an ISO-8601-like timestamp, or nil when it is not one.
    public static func localDate(_ text: some StringProtocol) -> CivilDate? {
        let s = Array(text.utf8.drop(while: { $0 == 32 }))
        guard s.count >= 10, let date = CivilDate(iso: String(decoding: s[0..<10], as: UTF8.self)) else { return nil }
        if s.count == 10 { return date }
        var i = 10
        guard s[i] == UInt8(ascii: "T") || s[i] == UInt8(ascii: "t") || s[i] == 32 else { return nil }
        i += 1
        func number(_ width: Int) -> Int? {
            guard i + width <= s.count else { return nil }
            var value = 0
            for k in i..<(i + width) {
                guard s[k] >= 48 && s[k] <= 57 else { return nil }
                value = value * 10 + Int(s[k] - 48)
            }
            i += width
            return value
        }
        guard let hour = number(2), hour < 24, i < s.count, s[i] == UInt8(ascii: ":") else { return nil }
        i += 1
        guard let minute = number(2), minute < 60 else { return nil }
        if i < s.count, s[i] == UInt8(ascii: ":") {
            i += 1
            guard number(2) != nil else { return nil }
            if i < s.count, s[i] == UInt8(ascii: ".") || s[i] == UInt8(ascii: ",") {
                i += 1
                while i < s.count, s[i] >= 48 && s[i] <= 57 { i += 1 }
            }
        }
        while i < s.count, s[i] == 32 { i += 1 }
        if i == s.count { return date }  // naive: local already
        let offset: Int
        if s[i] == UInt8(ascii: "Z") || s[i] == UInt8(ascii: "z") {
            offset = 0
            i += 1
        } else if s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") {
            let sign = s[i] == UInt8(ascii: "-") ? -1 : 1
            i += 1
            guard let hours = number(2), hours <= 14 else { return nil }
            var minutes = 0
            if i < s.count, s[i] == UInt8(ascii: ":") { i += 1 }
            if i < s.count { guard let m = number(2), m < 60 else { return nil }; minutes = m }
            offset = sign * (hours * 60 + minutes)
        } else {
            return nil
        }
        guard i == s.count else { return nil }
        let local = hour * 60 + minute - offset + vietnamOffsetMinutes
        let dayShift = local >= 0 ? local / 1440 : -((-local + 1439) / 1440)
        return date.adding(days: dayShift)
    }
}
