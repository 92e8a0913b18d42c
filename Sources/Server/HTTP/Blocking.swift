import Dispatch
import Foundation

/// Runs the store's synchronous queries off Swift's cooperative threads (the reader pool
/// bounds how many run at once), and gives up waiting after a time limit: the request is
/// answered 503 at once, the query finishes in the background.
public struct QueryRunner: Sendable {
    /// The longest a request waits for the database.
    public let timeLimit: Duration
    private let queue = DispatchQueue(label: "biennien.queries", attributes: .concurrent)

    public init(timeLimit: Duration) {
        self.timeLimit = timeLimit
    }

    /// `work`'s result, or a 503 problem when it takes longer than the time limit.
    public func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        let limit = timeLimit
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let once = ResumeOnce(continuation)
            queue.async { once.resume(Result { try work() }) }
            let (seconds, attoseconds) = limit.components
            let nanos = Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
            DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(nanos)) {
                once.resume(.failure(Problem(status: 503, title: "Service Unavailable",
                                             detail: "the request took longer than \(limit) and was cut off: narrow the query (dates, actor, code, fewer results)")))
            }
        }
    }
}

/// Resumes a continuation with the first result given; later ones are dropped.
private final class ResumeOnce<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T, any Error>?

    init(_ continuation: CheckedContinuation<T, any Error>) { self.continuation = continuation }

    func resume(_ result: Result<T, any Error>) {
        lock.lock()
        let c = continuation
        continuation = nil
        lock.unlock()
        c?.resume(with: result)
    }
}
