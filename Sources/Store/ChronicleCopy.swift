import Chronicle
import Foundation
import GRDB
import VietText

/// Moves a chronicle from a SQLite file into another database (PostgreSQL): every stored
/// article, read back as it was given (id, date, url, title, body) and ingested again. The
/// analysis is deterministic, so the target gets the same actors and events; articles it
/// already has are skipped by hash, so a copy that was stopped can simply be run again.
public enum ChronicleCopy {
    /// Copies every article of `source` into `target`; returns the ingest's counts.
    public static func run(from source: ChronicleStore, to target: any ChronicleBackend, jobs: Int,
                           onProgress: @escaping @Sendable (IngestPipeline.Progress) -> Void = { _ in }) throws -> IngestPipeline.Progress {
        var page: [Article] = []
        var after: Int64 = 0
        var failure: Error?
        let stream = AnyIterator<Result<Article, InputFailure>> {
            if page.isEmpty, failure == nil {
                do {
                    let rows = try source.storedArticles(after: after, limit: 1000)
                    after = rows.last?.rowID ?? after
                    page = rows.map(\.article).reversed()
                } catch {
                    failure = error
                }
            }
            return page.popLast().map { .success($0) }
        }
        let pipeline = IngestPipeline(store: target, chunk: 500)
        let progress = pipeline.run(stream, jobs: jobs, onProgress: onProgress)
        if let error = failure ?? pipeline.error { throw error }
        return progress
    }
}

extension ChronicleStore {
    /// Up to `limit` stored articles after the row `id`, in storage order, as they were given.
    public func storedArticles(after id: Int64, limit: Int) throws -> [(rowID: Int64, article: Article)] {
        try reader.read { db in
            try Row.fetchAll(db, sql: "SELECT id, source_id, date, url, title, body_text(body_z) AS body FROM articles WHERE id > ? ORDER BY id LIMIT ?",
                             arguments: [id, limit]).map { row in
                let date: String = row["date"]
                guard let day = CivilDate(iso: date) else { throw StoreError("\(path): article \(row["source_id"] as String) has a bad date '\(date)'") }
                let article = Article(id: row["source_id"], date: day, text: row["body"], url: row["url"], title: row["title"], origin: path)
                return (rowID: row["id"] as Int64, article: article)
            }
        }
    }
}
