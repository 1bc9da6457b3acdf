import Foundation

/// `map` over every core, results in order, for pure work on independent items.
enum ParallelMap {
    static func map<T: Sendable, U: Sendable>(_ items: [T], _ transform: @Sendable (T) -> U) -> [U] {
        guard items.count > 1 else { return items.map(transform) }
        let results = Slots<U>(count: items.count)
        let workers = min(items.count, max(1, ProcessInfo.processInfo.activeProcessorCount))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            // Each worker takes every `workers`-th item, so large and small ones spread evenly.
            var index = worker
            while index < items.count {
                results.set(index, transform(items[index]))
                index += workers
            }
        }
        return results.values()
    }

    /// The results as workers finish them, each in its own slot.
    private final class Slots<U>: @unchecked Sendable {
        private var slots: [U?]
        private let lock = NSLock()

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: U) {
            lock.lock(); slots[index] = value; lock.unlock()
        }

        func values() -> [U] { slots.map { $0! } }
    }
}
