/// Where an encoder sends a JSON document, event by event. Call `field` before each member of an
/// object and `element` before each item of an array; values themselves are written with
/// `string`, `int`, `optional` or a nested container. One encoding function per type then serves
/// both the fast line writer and the tree used for pretty output.
public protocol JSONSink {
    mutating func beginObject()
    mutating func endObject()
    mutating func beginArray()
    mutating func endArray()
    mutating func field(_ name: String)
    mutating func element()
    mutating func string(_ s: String)
    mutating func int(_ n: Int)
    mutating func null()
}

extension JSONSink {
    public mutating func optional(_ s: String?) {
        if let s { string(s) } else { null() }
    }

    /// `[a, b]`.
    public mutating func pair(_ a: Int, _ b: Int) {
        beginArray(); element(); int(a); element(); int(b); endArray()
    }
}

/// Writes compact JSON straight into a byte buffer, with no intermediate values: the fast path
/// for JSON Lines output.
public struct JSONWriter: JSONSink {
    public private(set) var bytes: [UInt8] = []
    private var counts: [Int] = []

    public init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The bytes written so far, handed over without a copy; the writer is empty after.
    public mutating func takeBytes() -> [UInt8] {
        counts = []
        var out: [UInt8] = []
        swap(&out, &bytes)
        return out
    }

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
    public mutating func null() { bytes += "null".utf8 }
}

/// Builds a `JSONValue` tree from the same events (for pretty output).
public struct JSONTreeBuilder: JSONSink {
    private enum Open {
        case object([(String, JSONValue)], pendingKey: String?)
        case array([JSONValue])
    }

    private var stack: [Open] = []
    public private(set) var result: JSONValue = .null

    public init() {}

    private mutating func add(_ value: JSONValue) {
        guard let top = stack.popLast() else {
            result = value
            return
        }
        switch top {
        case .object(var fields, let key):
            fields.append((key ?? "", value))
            stack.append(.object(fields, pendingKey: nil))
        case .array(var items):
            items.append(value)
            stack.append(.array(items))
        }
    }

    public mutating func beginObject() { stack.append(.object([], pendingKey: nil)) }
    public mutating func beginArray() { stack.append(.array([])) }

    public mutating func endObject() {
        if case .object(let fields, _)? = stack.popLast() { add(.object(fields)) }
    }

    public mutating func endArray() {
        if case .array(let items)? = stack.popLast() { add(.array(items)) }
    }

    public mutating func field(_ name: String) {
        if case .object(let fields, _)? = stack.popLast() { stack.append(.object(fields, pendingKey: name)) }
    }

    public mutating func element() {}
    public mutating func string(_ s: String) { add(.string(s)) }
    public mutating func int(_ n: Int) { add(.int(n)) }
    public mutating func null() { add(.null) }
}
