/// Writes compact JSON straight into a byte buffer, with no intermediate values: the fast path
/// for JSON Lines output (`JSONValue` builds the same documents as trees, for pretty output).
///
/// Call `field` before each member of an object and `element` before each item of an array;
/// values themselves are written with `string`, `int`, `optional` or a nested container.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    private var counts: [Int] = []

    public init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func beginObject() { bytes.append(UInt8(ascii: "{")); counts.append(0) }
    public mutating func endObject() { counts.removeLast(); bytes.append(UInt8(ascii: "}")) }
    public mutating func beginArray() { bytes.append(UInt8(ascii: "[")); counts.append(0) }
    public mutating func endArray() { counts.removeLast(); bytes.append(UInt8(ascii: "]")) }

    private mutating func next() {
        guard let k = counts.indices.last else { return }
        if counts[k] > 0 { bytes.append(UInt8(ascii: ",")) }
        counts[k] += 1
    }

    /// The key of the next member of the current object.
    public mutating func field(_ name: String) {
        next()
        JSONValue.writeString(name, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
    }

    /// Before the next item of the current array.
    public mutating func element() { next() }

    public mutating func string(_ s: String) { JSONValue.writeString(s, to: &bytes) }
    public mutating func int(_ n: Int) { bytes += String(n).utf8 }
    public mutating func optional(_ s: String?) {
        if let s { string(s) } else { bytes += "null".utf8 }
    }
}
