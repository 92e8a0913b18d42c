import VietText

/// The identity of an article's content: 128 bits (two FNV-1a 64 hashes with different
/// offsets) of its date and NFC body, as 32 hex digits. The same article read twice, from any
/// file, in any normalization form, has the same hash.
public enum ContentHash {
    public static func of(date: CivilDate, body: String) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x8422_2325_cbf2_9ce4
        func feed(_ bytes: some Sequence<UInt8>) {
            for byte in bytes {
                a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                b = b ^ (b >> 29)
            }
        }
        feed(date.description.utf8)
        feed([0x0A])
        feed(body.utf8)
        return hex(a) + hex(b)
    }

    private static func hex(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
