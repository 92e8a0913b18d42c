import Dispatch
import Foundation

/// Runs the store's synchronous queries off Swift's cooperative threads, on as many worker
/// threads as the store has readers, first come first served (so under load every request
/// waits about as long as the others), and gives up waiting after a time limit: the request
/// is answered 503 at once, the query finishes in the background.
public struct QueryRunner: Sendable {
    /// The longest a request waits for the database, queue included.
    public let timeLimit: Duration
    private let pool: WorkerPool

    public init(timeLimit: Duration, threads: Int = 4) {
        self.timeLimit = timeLimit
        self.pool = WorkerPool(threads: threads)
    }

    /// `work`'s result, or a 503 problem when it takes longer than the time limit.
    public func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        let limit = timeLimit
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let once = ResumeOnce(continuation)
            pool.submit { once.resume(Result { try work() }) }
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

/// A fixed set of threads taking jobs from one first-in first-out queue.
final class WorkerPool: @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [@Sendable () -> Void] = []
    private var head = 0

    init(threads: Int) {
        for n in 0..<max(1, threads) {
            let thread = Thread { self.work() }  // the threads keep the pool: it lives as long as the server process
            thread.name = "biennien-query-\(n)"
            thread.start()
        }
    }

    func submit(_ job: @escaping @Sendable () -> Void) {
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    private func work() {
        while true {
            condition.lock()
            while head == jobs.count { condition.wait() }
            let job = jobs[head]
            head += 1
            if head > 1024, head * 2 > jobs.count {
                jobs.removeFirst(head)
                head = 0
            }
            condition.unlock()
            job()
        }
    }
}
