import Foundation

/// The example articles and test pages, read from the package.
enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let pages = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Pages")

    /// An example article: its date and its body's paragraphs.
    static func example(_ name: String) throws -> (date: String, paragraphs: [String]) {
        let text = try String(contentsOf: packageRoot.appendingPathComponent("Examples/\(name)"), encoding: .utf8)
        let lines = text.split(separator: "\n", maxSplits: 1)
        let date = String(lines[0].dropFirst("date ".count))
        let paragraphs = lines.count > 1
            ? lines[1].components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            : []
        return (date, paragraphs)
    }

    static func examples() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: packageRoot.appendingPathComponent("Examples").path)
            .filter { $0.hasSuffix(".txt") }.sorted()
    }

    static func page(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: pages.appendingPathComponent(name)))
    }
}
