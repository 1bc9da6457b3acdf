import Dispatch
import Foundation

/// Runs independent pieces of work on every core and returns their results in order.
enum ParallelParse {
    static func run<T>(count: Int, _ work: (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(work) }
        let results = Results<T>(count: count)
        withoutActuallyEscaping(work) { work in
            let box = UncheckedSendable(work)
            DispatchQueue.concurrentPerform(iterations: count) { i in results.set(i, box.value(i)) }
        }
        return results.values()
    }

    /// One slot per piece of work, each written once under a lock.
    private final class Results<T>: @unchecked Sendable {
        private var slots: [T?]
        private let lock = NSLock()
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ value: T) { lock.lock(); slots[i] = value; lock.unlock() }
        func values() -> [T] { slots.map { $0! } }
    }

    private struct UncheckedSendable<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}
