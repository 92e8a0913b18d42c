/// A half-open range of Unicode scalar offsets into a document body (the unit of FORMAT.md,
/// equal to Python string indices).
public struct Span: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { end <= start }
    public var range: Range<Int> { start..<end }

    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

    public static func < (a: Span, b: Span) -> Bool { (a.start, a.end) < (b.start, b.end) }
    public var description: String { "\(start)..<\(end)" }
}
