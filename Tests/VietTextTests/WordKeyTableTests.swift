import Testing
import VietText

@Suite("Word key table")
struct WordKeyTableTests {
    @Test("stores and finds every key, including 0 and colliding low bits, across growth")
    func roundTrip() {
        var table = WordKeyTable<Int>()
        let keys: [UInt64] = [1, 16, 32, 1 << 40, UInt64.max] + (0..<500).map { WordKey.lowered("từ\($0)") }
        for (n, k) in keys.enumerated() { table[k] = n }
        for (n, k) in keys.enumerated() { #expect(table[k] == n) }
        #expect(table[WordKey.lowered("không có")] == nil)
        #expect(table.count == keys.count)
        #expect(table[0] == table[1])  // 0 marks empty slots, so it shares key 1's slot
    }
}
