import Foundation
import Testing
@testable import Chronicle

@Suite("Parallel analysis in input order")
struct OrderedParallelMapTests {
    final class Collector: @unchecked Sendable {
        let lock = NSLock()
        var items: [Int] = []
        func add(_ n: Int) { lock.lock(); items.append(n); lock.unlock() }
    }

    @Test("results come out in input order whatever the finishing order", arguments: [1, 2, 4])
    func order(workers: Int) {
        let out = Collector()
        OrderedParallelMap.run(
            (0..<200).makeIterator(), workers: workers, window: 8,
            transform: { n in
                usleep(UInt32((n * 7919) % 5) * 100)  // uneven work
                return n * 2
            },
            emit: { out.add($0) }
        )
        #expect(out.items == (0..<200).map { $0 * 2 })
    }
}
