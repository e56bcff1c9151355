import Foundation

/// Runs a producer on its own thread, feeding a ``BoundedQueue`` that the calling thread drains,
/// so reading and parsing overlap with the database writes on a multi-core machine.
///
/// ``run(capacity:produce:consume:)`` returns only after the producer thread has ended, whether
/// the consumer finished, threw, or the producer failed: nothing outlives the call.
enum BackgroundProducer {
    /// Starts `produce` on a new thread and calls `consume` on this one with each element.
    ///
    /// - Parameters:
    ///   - capacity: Elements the queue holds before the producer waits.
    ///   - produce: Puts elements until done (it should stop when ``BoundedQueue/put(_:)``
    ///     returns `false`). The queue is finished for it when it returns.
    ///   - consume: Handles one element; throwing cancels the producer and rethrows.
    static func run<Element: Sendable>(capacity: Int, produce: @escaping @Sendable (BoundedQueue<Element>) -> Void,
                                       consume: (Element) throws -> Void) throws {
        let queue = BoundedQueue<Element>(capacity: capacity)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            produce(queue)
            queue.finish()
            done.signal()
        }
        thread.name = "groupslim-import-reader"
        thread.start()
        defer { done.wait() }
        do {
            while let element = queue.take() { try consume(element) }
        } catch {
            queue.cancel()
            throw error
        }
    }
}
