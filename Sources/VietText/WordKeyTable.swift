/// A read-mostly hash table keyed by `WordKey` hashes. The keys are already well-mixed 64-bit
/// hashes, so the table indexes by their low bits directly (open addressing, linear probing)
/// instead of hashing them again as `Dictionary` does: the hot look-up of every token.
public struct WordKeyTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    public private(set) var count = 0

    public init(minimumCapacity: Int = 16) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: nil, count: capacity)
        mask = capacity - 1
    }

    /// 0 marks an empty slot; a real key of 0 is stored as 1 (both sides map it the same way).
    @inline(__always) private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    public subscript(key: UInt64) -> Value? {
        get {
            let k = Self.stored(key)
            var i = Int(truncatingIfNeeded: k) & mask
            while true {
                let found = keys[i]
                if found == k { return values[i] }
                if found == 0 { return nil }
                i = (i + 1) & mask
            }
        }
        set {
            guard let newValue else { return }  // removal is not needed by any user
            if (count + 1) * 2 > keys.count { grow() }
            let k = Self.stored(key)
            var i = Int(truncatingIfNeeded: k) & mask
            while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
            if keys[i] == 0 { count += 1 }
            keys[i] = k
            values[i] = newValue
        }
    }

    /// All keys present.
    public var allKeys: [UInt64] { keys.filter { $0 != 0 } }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: nil, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (k, v) in zip(oldKeys, oldValues) where k != 0 {
            if let v { self[k] = v }
        }
    }
}
