import Foundation
import Hummingbird
import Store

/// `/api/export`: the CLI's export formats streamed as the rows leave the database: a thread
/// reads the events and hands over 64 KiB chunks, at most four waiting, so memory stays flat
/// whatever the size; a client that goes away stops the reading.
enum ExportStream {
    enum Format: String { case jsonl, csv, gdelt }
    enum Table: String { case events, mentions }

    static func response(_ q: QueryString, store: any ChronicleBackend) throws -> Response {
        guard let format = Format(rawValue: q["format"] ?? "jsonl") else { throw Problem.badRequest("'format' must be jsonl, csv or gdelt") }
        guard let table = Table(rawValue: q["table"] ?? "events") else { throw Problem.badRequest("'table' must be events or mentions") }
        let filter = QueryFilter(from: try Parameters.date(q, "from"), to: try Parameters.date(q, "to"), code: try Parameters.code(q))
        try Parameters.checkRange(filter)
        let type = ["jsonl": "application/jsonl", "csv": "text/csv; charset=utf-8", "gdelt": "text/tab-separated-values; charset=utf-8"][format.rawValue] ?? "text/plain"
        let (stream, continuation) = AsyncStream.makeStream(of: ByteBuffer.self)
        let flow = FlowControl()
        continuation.onTermination = { _ in flow.cancel() }
        Thread.detachNewThread {
            defer { continuation.finish() }
            var buffer = ""
            func line(_ text: String) throws {
                buffer += text
                buffer += "\n"
                if buffer.utf8.count >= 1 << 16 { try send() }
            }
            func send() throws {
                guard flow.acquire() else { throw CancellationError() }
                continuation.yield(ByteBuffer(string: buffer))
                buffer = ""
            }
            if format == .csv { try? line(table == .events ? EventExport.csvHeader : MentionExport.csvHeader) }
            let added = String(ChronicleStore.timestamp().filter(\.isNumber).prefix(14))
            try? store.events(filter: filter, withReports: format == .jsonl || table == .mentions) { e, reports in
                switch (table, format) {
                case (.events, .jsonl): try line(EventExport.jsonLine(e, mentions: reports))
                case (.events, .csv): try line(EventExport.csvLine(e))
                case (.events, .gdelt): try line(EventExport.gdeltLine(e, added: added))
                case (.mentions, .jsonl): for m in reports ?? [] { try line(MentionExport.jsonLine(m, event: e)) }
                case (.mentions, .csv): for m in reports ?? [] { try line(MentionExport.csvLine(m, event: e)) }
                case (.mentions, .gdelt): for m in reports ?? [] { try line(MentionExport.gdeltLine(m, event: e)) }
                }
            }
            if !buffer.isEmpty { try? send() }
        }
        let body = ResponseBody { writer in
            for await chunk in stream {
                try await writer.write(chunk)
                flow.release()
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-cache"], body: body)
    }
}

/// At most four chunks between the reading thread and the response; cancelling wakes the
/// reader so it stops.
final class FlowControl: @unchecked Sendable {
    private let slots = DispatchSemaphore(value: 4)
    private let lock = NSLock()
    private var cancelled = false

    /// Waits for room; false once the response is gone.
    func acquire() -> Bool {
        slots.wait()
        lock.lock()
        defer { lock.unlock() }
        return !cancelled
    }

    func release() { slots.signal() }

    func cancel() {
        lock.lock()
        cancelled = true
        lock.unlock()
        for _ in 0..<4 { slots.signal() }
    }
}
