import Foundation
import VietText

/// What the slots of a match captured: the raw material of a TIMEX3 value. Stored compactly
/// (captures are copied on every trial of a rule), read and written as `Int`.
struct Captures {
    @Narrow<Int16> var day: Int?
    @Narrow<Int16> var month: Int?
    @Narrow<Int16> var year: Int?
    /// A year relative to the article's ("năm ngoái" -1).
    @Narrow<Int16> var yearOffset: Int?
    @Narrow<Int8> var weekday: Int?
    /// A quarter, century or other ordinal written as a Roman numeral or a number.
    @Narrow<Int16> var ordinal: Int?
    @Narrow<Int8> var hour: Int?
    @Narrow<Int8> var minute: Int?
    /// Up to two numbers in order of appearance (a vague one, "vài", is nil).
    var numbers = Numbers()
    var partOfDay: TemporalLexicon.PartOfDay?
    var unit: TemporalLexicon.Unit?
    var season: TemporalLexicon.Season?
}

/// An optional `Int` stored in a narrower integer (values are clamped to it).
@propertyWrapper
struct Narrow<Storage: FixedWidthInteger> {
    private var stored: Storage?

    init(wrappedValue: Int?) {
        stored = wrappedValue.map { Storage(clamping: $0) }
    }

    var wrappedValue: Int? {
        get { stored.map(Int.init) }
        set { stored = newValue.map { Storage(clamping: $0) } }
    }
}

/// Up to two numbers of a match, without an array (captures are copied on every trial).
struct Numbers {
    private(set) var count = 0
    private var a: Double?
    private var b: Double?

    var first: Double?? { count > 0 ? .some(a) : nil }
    var second: Double? { count > 1 ? b : nil }

    mutating func append(_ n: Double?) {
        if count == 0 { a = n } else { b = n }
        count = min(count + 1, 2)
    }

    /// Adds to the last number ("một tiếng rưỡi").
    mutating func addToLast(_ x: Double) {
        if count == 1, let v = a { a = v + x } else if count == 2, let v = b { b = v + x }
    }
}

/// The slots of the grammar: the pieces that are not plain words (see rules.tsv).
enum Slot: String, CaseIterable {
    case DM, DMY, MY, QY, DAY, MONTH, YEAR, YEARREF, NUM, VAGUE, POD, UNIT, WEEKDAY, ROMAN, CLOCK, HOUR, MINUTE, SEASON, HALF

    /// A small number for tables indexed by slot.
    var index: Int {
        switch self {
        case .DM: return 0
        case .DMY: return 1
        case .MY: return 2
        case .QY: return 3
        case .DAY: return 4
        case .MONTH: return 5
        case .YEAR: return 6
        case .YEARREF: return 7
        case .NUM: return 8
        case .VAGUE: return 9
        case .POD: return 10
        case .UNIT: return 11
        case .WEEKDAY: return 12
        case .ROMAN: return 13
        case .CLOCK: return 14
        case .HOUR: return 15
        case .MINUTE: return 16
        case .SEASON: return 17
        case .HALF: return 18
        }
    }

    static let count = 19

    /// What a token must be for this slot to start on it.
    struct Start {
        var words: [Word] = []
        var number = false
        var alphanumeric = false
        var capitalWord = false
    }

    func start(_ lex: TemporalLexicon) -> Start {
        switch self {
        case .DM, .DMY, .MY, .DAY, .YEAR: return Start(number: true)
        case .QY: return Start(number: true, capitalWord: true)
        case .MONTH: return Start(words: lex.monthNames.heads, number: true)
        case .YEARREF: return Start(words: [.năm])
        case .NUM, .HOUR, .MINUTE: return Start(words: lex.numbers.heads, number: true)
        case .VAGUE: return Start(words: lex.vague.heads)
        case .POD: return Start(words: lex.partsOfDay.heads)
        case .UNIT: return Start(words: lex.units.heads)
        case .WEEKDAY: return Start(words: [.thứ, .chủ])
        case .ROMAN: return Start(capitalWord: true)
        case .CLOCK: return Start(number: true, alphanumeric: true)
        case .SEASON: return Start(words: lex.seasons.heads)
        case .HALF: return Start(words: [.rưỡi])
        }
    }

    /// Matches the slot at token `i` (not beyond `limit`); returns the end token index.
    func match(_ s: TokenStream, at i: Int, limit: Int, lex: TemporalLexicon, into c: inout Captures) -> Int? {
        guard i < limit else { return nil }
        switch self {
        case .DM:
            guard let (d, m, end) = dayMonth(s, i, limit), !continuesNumber(s, end, limit) else { return nil }
            c.day = d; c.month = m
            return end
        case .DMY:
            guard let (d, m, end) = dayMonth(s, i, limit), end + 1 < limit,
                  s.adjacent(end), s.adjacent(end + 1), s.mark(end) == s.mark(i + 1),
                  let y = s.digits(end + 1, maxDigits: 4), s.digitCount(end + 1) == 4,
                  CivilDate(year: y, month: m, day: d) != nil, !continuesNumber(s, end + 2, limit) else { return nil }
            c.day = d; c.month = m; c.year = y
            return end + 2
        case .MY, .QY:
            guard i + 2 < limit, s.adjacent(i + 1), s.adjacent(i + 2),
                  s.isPunctuation(i + 1, "/") || s.isPunctuation(i + 1, "-"),
                  let y = s.digits(i + 2, maxDigits: 4), s.digitCount(i + 2) == 4,
                  !continuesNumber(s, i + 3, limit) else { return nil }
            if self == .MY {
                guard let m = s.digits(i, maxDigits: 2), (1...12).contains(m) else { return nil }
                c.month = m
            } else {
                guard let q = s.roman(i) ?? s.digits(i, maxDigits: 1), (1...4).contains(q) else { return nil }
                c.ordinal = q
            }
            c.year = y
            return i + 3
        case .DAY:
            guard let d = s.digits(i, maxDigits: 2), (1...31).contains(d), !continuesNumber(s, i + 1, limit) else { return nil }
            c.day = d
            return i + 1
        case .MONTH:
            if let m = s.digits(i, maxDigits: 2), (1...12).contains(m), !continuesNumber(s, i + 1, limit) {
                c.month = m
                return i + 1
            }
            // Month names are capitalized ("tháng Ba"); lower-case "tháng năm" is "months and years".
            guard let (m, end) = lex.monthNames.match(s, at: i, limit: limit),
                  s.tokens[i].isCapitalized || Word.monthNamesAnyCase.contains(where: { s.isWord(i, $0) }) else { return nil }
            c.month = m
            return end
        case .YEAR:
            guard let y = s.digits(i, maxDigits: 4), s.digitCount(i) == 4, (1000...2999).contains(y),
                  !continuesNumber(s, i + 1, limit) else { return nil }
            c.year = y
            return i + 1
        case .YEARREF:
            guard s.isWord(i, .năm), i + 1 < limit else { return nil }
            if let end = Slot.YEAR.match(s, at: i + 1, limit: limit, lex: lex, into: &c) { return end }
            let offsets: [(Word, Int)] = [(.nay, 0), (.ngoái, -1), (.trước, -1), (.qua, -1), (.kia, -2), (.tới, 1), (.sau, 1)]
            guard let offset = offsets.first(where: { s.isWord(i + 1, $0.0) })?.1 else { return nil }
            c.yearOffset = offset
            return i + 2
        case .NUM:
            guard let (n, end) = number(s, i, limit, lex) else { return nil }
            c.numbers.append(n)
            return end
        case .HOUR, .MINUTE:
            guard let (n, end) = number(s, i, limit, lex), n == n.rounded(), n >= 0,
                  n <= (self == .HOUR ? 24 : 59) else { return nil }
            if self == .HOUR { c.hour = Int(n) } else { c.minute = Int(n) }
            return end
        case .VAGUE:
            guard lex.vague.match(s, at: i, limit: limit) != nil else { return nil }
            c.numbers.append(nil)
            return i + 1
        case .POD:
            guard let (pod, end) = lex.partsOfDay.match(s, at: i, limit: limit) else { return nil }
            c.partOfDay = pod
            return end
        case .UNIT:
            guard let (unit, end) = lex.units.match(s, at: i, limit: limit) else { return nil }
            c.unit = unit
            return end
        case .SEASON:
            guard let (season, end) = lex.seasons.match(s, at: i, limit: limit) else { return nil }
            c.season = season
            return end
        case .HALF:
            guard s.isWord(i, .rưỡi) else { return nil }
            c.numbers.addToLast(0.5)
            return i + 1
        case .ROMAN:
            guard let n = s.roman(i) else { return nil }
            c.ordinal = n
            return i + 1
        case .WEEKDAY:
            return weekday(s, i, limit, lex, &c)
        case .CLOCK:
            return clock(s, i, limit, &c)
        }
    }

    /// d/m, d-m or d.m written together, a real day of that month.
    private func dayMonth(_ s: TokenStream, _ i: Int, _ limit: Int) -> (Int, Int, Int)? {
        guard i + 2 < limit, s.adjacent(i + 1), s.adjacent(i + 2),
              s.isPunctuation(i + 1, "/") || s.isPunctuation(i + 1, "-") || s.isPunctuation(i + 1, "."),
              let d = s.digits(i, maxDigits: 2), let m = s.digits(i + 2, maxDigits: 2),
              (1...12).contains(m), d >= 1, d <= CivilDate.daysIn(month: m, year: 2024) else { return nil }
        // Not the tail of a longer number ("1.2.3", "0912.34.56").
        if i >= 2, s.adjacent(i), s.tokens[i - 1].kind == .punctuation, s.adjacent(i - 1), s.tokens[i - 2].kind == .number { return nil }
        return (d, m, i + 3)
    }

    /// Whether the number ending before `end` goes on (more digits, letters or separators + digits).
    private func continuesNumber(_ s: TokenStream, _ end: Int, _ limit: Int) -> Bool {
        guard end < s.tokens.count, s.adjacent(end) else { return false }
        guard let sep = s.mark(end) else { return true }
        if ["/", "-", ".", ",", ":"].contains(sep), end + 1 < s.tokens.count, s.adjacent(end + 1),
           s.tokens[end + 1].kind == .number { return true }
        return sep == "%"
    }

    /// Digits (with a decimal comma "4,5" and thousands dots "1.000") or a numeral in words.
    private func number(_ s: TokenStream, _ i: Int, _ limit: Int, _ lex: TemporalLexicon) -> (Double, Int)? {
        if s.tokens[i].kind == .number {
            // Not the middle of a number: "8,23" does not start at "23".
            if i >= 2, s.adjacent(i), s.tokens[i - 1].kind == .punctuation, s.adjacent(i - 1), s.tokens[i - 2].kind == .number { return nil }
            guard var value = s.digits(i, maxDigits: 15).map(Double.init) else { return nil }
            var end = i + 1
            while end + 1 < limit, s.adjacent(end), s.adjacent(end + 1), s.isPunctuation(end, "."),
                  s.digitCount(end + 1) == 3, let group = s.digits(end + 1, maxDigits: 3) {
                value = value * 1000 + Double(group)
                end += 2
            }
            if end + 1 < limit, s.adjacent(end), s.adjacent(end + 1), s.isPunctuation(end, ","),
               let fraction = s.digits(end + 1, maxDigits: 6) {
                value += Double(fraction) / pow(10, Double(s.digitCount(end + 1)))
                end += 2
            }
            if end < s.tokens.count, s.adjacent(end), s.tokens[end].kind != .punctuation { return nil }
            return (value, end)
        }
        return numeral(s, i, limit, lex)
    }

    /// A numeral in words: "hai", "mười lăm", "hai mươi mốt", "ba trăm", "hai nghìn năm trăm".
    private func numeral(_ s: TokenStream, _ i: Int, _ limit: Int, _ lex: TemporalLexicon) -> (Double, Int)? {
        func word(_ k: Int, _ w: Word) -> Bool { k < limit && s.isWord(k, w) }
        func digit(_ k: Int) -> Int? {
            guard let (n, _) = lex.numbers.match(s, at: k, limit: min(k + 1, limit)), n < 10 else { return nil }
            return n
        }
        /// After mười/mươi: a unit digit, where 5 is lăm (năm is the noun "year").
        func tail(_ k: Int) -> Int? {
            if let (n, _) = lex.tails.match(s, at: k, limit: min(k + 1, limit)) { return n }
            guard !word(k, .năm), let n = digit(k) else { return nil }
            return n
        }
        func multiplier(_ k: Int) -> Int? { lex.multipliers.match(s, at: k, limit: min(k + 1, limit))?.0 }
        /// 1 … 999.
        func small(_ start: Int) -> (Int, Int)? {
            var k = start, value = 0
            if let d = digit(k), multiplier(k + 1) == 100 {
                value = d * 100
                k += 2
                if word(k, .lẻ) || word(k, .linh) { k += 1 }
            }
            if word(k, .mười) {
                value += 10
                k += 1
                if let t = tail(k) { value += t; k += 1 }
            } else if let d = digit(k), multiplier(k + 1) == 10 {
                value += d * 10
                k += 2
                if let t = tail(k) { value += t; k += 1 }
            } else if let d = digit(k) {
                value += d
                k += 1
            }
            return k > start ? (value, k) : nil
        }
        guard let (first, afterFirst) = small(i) else { return nil }
        if let m = multiplier(afterFirst), m >= 1000 {
            let rest = small(afterFirst + 1)
            return (Double(first * m + (rest?.0 ?? 0)), rest?.1 ?? afterFirst + 1)
        }
        return (Double(first), afterFirst)
    }

    /// "thứ Hai" … "thứ Bảy", "thứ 2" … "thứ 7", "Chủ nhật". Lower-case day names count only
    /// after "hôm" or a part of the day; "lần thứ năm" is an ordinal.
    private func weekday(_ s: TokenStream, _ i: Int, _ limit: Int, _ lex: TemporalLexicon, _ c: inout Captures) -> Int? {
        if s.isWord(i, .chủ), i + 1 < limit, s.isWord(i + 1, .nhật) {
            c.weekday = 7
            return i + 2
        }
        guard s.isWord(i, .thứ), i + 1 < limit, let (wd, end) = lex.weekdays.match(s, at: i + 1, limit: limit) else { return nil }
        // Lower-case names ("thứ năm") and digits ("thứ 3") are ordinals unless the context
        // makes them days: "hôm thứ 3", "sáng thứ năm", "vào thứ 3", "thứ 3 tuần tới".
        let named = s.tokens[i + 1].kind == .word
        if !named || !s.tokens[i + 1].isCapitalized {
            let before = i > 0 && (Word.weekdayIntroducers.contains { s.isWord(i - 1, $0) } || lex.partsOfDay.match(s, at: i - 1, limit: i) != nil)
            let after = end < limit && s.isWord(end, .tuần)
            guard before || after else { return nil }
        }
        if end < limit, s.isWord(end, .của) { return nil }
        c.weekday = wd
        return end
    }

    /// "9h30", "10h", "21h45", "9g30", "9:30".
    private func clock(_ s: TokenStream, _ i: Int, _ limit: Int, _ c: inout Captures) -> Int? {
        if s.tokens[i].kind == .alphanumeric {
            let text = s.text(i)
            let parts = text.split(separator: "h", maxSplits: 1, omittingEmptySubsequences: false)
            let pieces = parts.count == 2 ? parts : text.split(separator: "g", maxSplits: 1, omittingEmptySubsequences: false)
            guard pieces.count == 2, let h = Int(pieces[0]), pieces[0].count <= 2, (0...24).contains(h) else { return nil }
            var m = 0
            if !pieces[1].isEmpty {
                guard pieces[1].count == 2, let mm = Int(pieces[1]), (0...59).contains(mm) else { return nil }
                m = mm
            }
            c.hour = h; c.minute = m
            return i + 1
        }
        guard i + 2 < limit, s.adjacent(i + 1), s.adjacent(i + 2), s.isPunctuation(i + 1, ":"),
              let h = s.digits(i, maxDigits: 2), (0...24).contains(h),
              let m = s.digits(i + 2, maxDigits: 2), s.digitCount(i + 2) == 2, (0...59).contains(m),
              !continuesNumber(s, i + 3, limit) else { return nil }
        c.hour = h; c.minute = m
        return i + 3
    }
}
