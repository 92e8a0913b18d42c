import Dispatch
import Foundation

/// Applies a transform to a stream on several threads and hands the results on in input order,
/// each as soon as it and all before it are done.
///
/// At most `window` items are in flight (read but not yet handed on), so memory stays flat
/// whatever the length of the input; `workers` transforms run at once.
public enum OrderedParallelMap {
    public static func run<Input: Sendable, Output: Sendable>(
        _ inputs: some IteratorProtocol<Input>,
        workers: Int,
        window: Int? = nil,
        transform: @escaping @Sendable (Input) -> Output,
        emit: @escaping @Sendable (Output) -> Void
    ) {
        var inputs = inputs
        let workers = max(1, workers)
        if workers == 1 {
            while let input = inputs.next() { emit(transform(input)) }
            return
        }
        let inFlight = DispatchSemaphore(value: max(workers, window ?? workers * 4))
        let running = DispatchSemaphore(value: workers)
        let group = DispatchGroup()
        let buffer = ReorderBuffer<Output>(emit: emit, onEmit: { inFlight.signal() })
        var sequence = 0
        while let input = inputs.next() {
            inFlight.wait()
            let n = sequence
            sequence += 1
            group.enter()
            DispatchQueue.global().async {
                running.wait()
                let output = transform(input)
                running.signal()
                buffer.deposit(output, at: n)
                group.leave()
            }
        }
        group.wait()
    }
}

/// Holds finished results until every earlier one is finished, then emits them in order.
private final class ReorderBuffer<Output: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var ready: [Int: Output] = [:]
    private var next = 0
    private let emit: @Sendable (Output) -> Void
    private let onEmit: @Sendable () -> Void

    init(emit: @escaping @Sendable (Output) -> Void, onEmit: @escaping @Sendable () -> Void) {
        self.emit = emit
        self.onEmit = onEmit
    }

    func deposit(_ output: Output, at index: Int) {
        lock.lock()
        defer { lock.unlock() }
        ready[index] = output
        while let item = ready.removeValue(forKey: next) {
            emit(item)
            next += 1
            onEmit()
        }
    }
}
