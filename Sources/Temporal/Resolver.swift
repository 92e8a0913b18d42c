import VietText

/// Computes TIMEX3 values from what a rule captured, the article date, the sentence's tense and
/// the last date the article mentioned.
struct Resolver {
    let anchor: CivilDate
    let lexicon: TemporalLexicon
    /// The day of the latest timex that named one ("cùng ngày", clock times).
    var lastDay: CivilDate?
    /// The day of the latest date that stood early in its sentence: what "cùng ngày" refers to.
    var lastAnchor: CivilDate?
    /// The tense of the timex's sentence, computed only when a year must be inferred.
    var tense: () -> Tense?

    /// `base` moved by `n` of the captured unit (negative: back), at that unit's precision.
    func shifted(_ base: CivilDate, by n: Int, _ c: Captures) -> String {
        guard let unit = c.unit else { return base.description }
        switch unit.code {
        case "D": return base.adding(days: n).description
        case "W": return Resolver(anchor: base.adding(days: 7 * n), lexicon: lexicon, tense: tense).value(.week(0), c)
        case "M": return Resolver(anchor: base.adding(months: n), lexicon: lexicon, tense: tense).value(.relativeMonth(0), c)
        case "Q": return Resolver(anchor: base.adding(months: 3 * n), lexicon: lexicon, tense: tense).value(.relativeQuarter(0), c)
        case "Y": return pad(base.year + n, 4)
        case "DE": return pad((base.year + 10 * n) / 10, 3)
        default: return base.description
        }
    }

    func value(_ rule: Rule.Value, _ c: Captures) -> String {
        let pod = c.partOfDay?.suffix ?? ""
        switch rule {
        case .literal(let v):
            return v
        case .date:
            guard let m = c.month, let d = c.day else { return "XXXX-XX-XX" }
            if let y = explicitYear(c) {
                guard let date = CivilDate(year: y, month: m, day: d) else { return "XXXX-XX-XX" }
                return date.description + pod
            }
            return (inferDay(month: m, day: d)?.description ?? "XXXX-XX-XX") + pod
        case .month:
            guard let m = c.month else { return "XXXX-XX" }
            let y = explicitYear(c) ?? inferMonth(m)
            return pad(y, 4) + "-" + pad(m, 2)
        case .year:
            return explicitYear(c).map { pad($0, 4) } ?? "XXXX"
        case .relativeYear(let n):
            return pad(anchor.year + n, 4)
        case .relativeMonth(let n):
            let d = anchor.adding(months: n)
            return pad(d.year, 4) + "-" + pad(d.month, 2)
        case .day(let n):
            return anchor.adding(days: n).description + pod
        case .week(let n):
            let w = anchor.adding(days: 7 * n).isoWeek
            return pad(w.year, 4) + "-W" + pad(w.week, 2)
        case .weekday(let n):
            guard let wd = c.weekday else { return "XXXX-XX-XX" }
            let monday = anchor.adding(days: 1 - anchor.weekday)
            if n != 0 { return monday.adding(days: 7 * n + wd - 1).description + pod }
            let thisWeek = monday.adding(days: wd - 1)
            let candidates = [thisWeek.adding(days: -7), thisWeek, thisWeek.adding(days: 7)]
            return choose(candidates.map(\.dayNumber), now: anchor.dayNumber, within: 7).map { CivilDate(dayNumber: $0).description + pod } ?? "XXXX-XX-XX"
        case .quarter:
            guard let q = c.ordinal, (1...4).contains(q) else { return "XXXX-QX" }
            return pad(explicitYear(c) ?? anchor.year, 4) + "-Q\(q)"
        case .relativeQuarter(let n):
            let index = anchor.year * 4 + (anchor.month - 1) / 3 + n
            return pad(index / 4, 4) + "-Q\(index % 4 + 1)"
        case .half(let n):
            return pad(explicitYear(c) ?? anchor.year, 4) + "-H\(n)"
        case .season:
            guard let code = c.season?.rawValue else { return "XXXX-XX" }
            if let y = explicitYear(c) { return pad(y, 4) + "-" + code }
            let start = ["SP": 3, "SU": 6, "FA": 9, "WI": 12][code] ?? 1
            let now = anchor.year * 12 + anchor.month - 1
            let candidates = (-2...1).map { (anchor.year + $0) * 12 + start - 1 }
            let chosen = choose(candidates, now: now, within: 6) ?? candidates[2]
            return pad(chosen / 12, 4) + "-" + code
        case .decade:
            guard let y = c.year else { return "XXX" }
            return pad(y / 10, 3)
        case .century:
            guard let n = c.ordinal ?? c.numbers.first.flatMap({ $0 }).map({ Int($0) }), n > 0 else { return "XX" }
            return pad(n - 1, 2)
        case .duration:
            return duration(c)
        case .vague:
            guard let unit = c.unit else { return "PX" }
            let code = unit.code == "Q" ? "M" : unit.code
            return (unit.isTime ? "PTX" : "PX") + code
        case .set:
            guard let unit = c.unit else { return "P1D" }
            if unit.code == "Q" { return "P3M" }
            return (unit.isTime ? "PT1" : "P1") + unit.code
        case .ago:
            guard let n = c.numbers.first.flatMap({ $0 }).map({ Int($0) }) else { return "PAST_REF" }
            return shifted(anchor, by: -n, c)
        case .anaphorShift(let sign):
            // "hai ngày sau đó", "trước đó một tuần": from the last date the text told.
            guard let n = c.numbers.first.flatMap({ $0 }).map({ Int($0) }) else { return "XXXX-XX-XX" }
            return shifted(lastAnchor ?? lastDay ?? anchor, by: sign * n, c)
        case .anaphor(let n):
            return (lastAnchor ?? lastDay ?? anchor).adding(days: n).description + pod
        case .clock:
            guard var h = c.hour else { return "XXXX-XX-XXTXX:XX" }
            if let shift = c.partOfDay?.hourShift, h < 12 { h += shift }
            var day = lastDay ?? anchor
            if let m = c.month, let d = c.day {
                if let y = explicitYear(c), let date = CivilDate(year: y, month: m, day: d) {
                    day = date
                } else if let date = inferDay(month: m, day: d) {
                    day = date
                }
            }
            return day.description + "T" + pad(h % 24 == 0 && h == 24 ? 0 : h, 2) + ":" + pad(c.minute ?? 0, 2)
        case .tet:
            if let y = explicitYear(c) { return lexicon.tet[y]?.description ?? pad(y, 4) }
            let dates = (-1...1).compactMap { lexicon.tet[anchor.year + $0] }
            guard let day = choose(dates.map(\.dayNumber), now: anchor.dayNumber, within: 183) else { return pad(anchor.year, 4) }
            return CivilDate(dayNumber: day).description
        case .newyear:
            let y = explicitYear(c) ?? (choose([anchor.year, anchor.year + 1].compactMap { CivilDate(year: $0, month: 1, day: 1)?.dayNumber }, now: anchor.dayNumber, within: 183).map { CivilDate(dayNumber: $0).year } ?? anchor.year)
            return pad(y, 4) + "-01-01"
        }
    }

    private func explicitYear(_ c: Captures) -> Int? {
        c.year ?? c.yearOffset.map { anchor.year + $0 }
    }

    /// A day and month without a year: the reading nearest the article date that agrees with
    /// the sentence's tense ("ngày 28/12" in an article of 2026-01-03 is 2025-12-28).
    func inferDay(month: Int, day: Int) -> CivilDate? {
        let candidates = (-1...1).compactMap { CivilDate(year: anchor.year + $0, month: month, day: day)?.dayNumber }
        return choose(candidates, now: anchor.dayNumber, within: 183).map(CivilDate.init(dayNumber:))
    }

    /// A month without a year, the same way, counted in months.
    func inferMonth(_ month: Int) -> Int {
        let now = anchor.year * 12 + anchor.month - 1
        let candidates = (-1...1).map { (anchor.year + $0) * 12 + month - 1 }
        return (choose(candidates, now: now, within: 6) ?? now) / 12
    }

    /// Chooses among sorted candidate points in time: the latest not after `now` (past) or the
    /// earliest after it (future). A near tense cue decides (a future cue yields to `now`
    /// itself); a far cue decides only for a reading less than `within` away. Without a cue news
    /// speaks mostly of the past, so the future reading wins only when it is less than a third
    /// as far away as the past one.
    func choose(_ candidates: [Int], now: Int, within: Int) -> Int? {
        let past = candidates.last { $0 <= now }
        let future = candidates.first { $0 > now }
        guard let p = past else { return future }
        guard let f = future else { return p }
        if let cue = tense() {
            switch cue.direction {
            case .past where cue.near || now - p <= within: return p
            case .future where p == now: return p
            case .future where cue.near || f - now <= within: return f
            default: break
            }
        }
        return (f - now) * 3 < (now - p) ? f : p
    }

    private func duration(_ c: Captures) -> String {
        guard let unit = c.unit else { return "PX" }
        guard let first = c.numbers.first, var n = first else {
            return (unit.isTime ? "PTX" : "PX") + unit.code
        }
        var code = unit.code
        if code == "Q" { n *= 3; code = "M" }
        let main = (unit.isTime ? "PT" : "P") + Resolver.format(n) + code
        if let m = c.numbers.second { return main + Resolver.format(m) + "M" }
        return main
    }

    /// 4 → "4", 4.5 → "4.5".
    static func format(_ n: Double) -> String {
        n == n.rounded() ? String(Int(n)) : String(n)
    }
}
