import Foundation

/// A first-in first-out hand-over between one producer thread and one consumer thread, holding at
/// most `capacity` elements so a fast reader cannot run ahead of the database by more than a few
/// batches (memory stays bounded whatever the file size).
///
/// Either side can stop the other: the producer by ``finish()`` (the consumer drains what is
/// left, then ``take()`` returns `nil`), the consumer by ``cancel()`` (``put(_:)`` returns
/// `false` at once and the producer should stop reading).
///
/// `@unchecked Sendable`: every stored property is read and written only while `condition` is
/// locked.
final class BoundedQueue<Element: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var elements: [Element] = []
    private var head = 0
    private let capacity: Int
    private var isFinished = false
    private var isCancelled = false

    init(capacity: Int) {
        precondition(capacity > 0, "a bounded queue needs room for at least one element")
        self.capacity = capacity
    }

    /// Appends `element`, waiting while the queue is full. Returns `false` when the consumer has
    /// cancelled (the element is dropped).
    func put(_ element: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while elements.count - head >= capacity && !isCancelled { condition.wait() }
        if isCancelled { return false }
        elements.append(element)
        condition.broadcast()
        return true
    }

    /// The next element, waiting while the queue is empty; `nil` once the producer has finished
    /// and everything was taken, or after ``cancel()``.
    func take() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while head == elements.count && !isFinished && !isCancelled { condition.wait() }
        if isCancelled || head == elements.count { return nil }
        let element = elements[head]
        head += 1
        if head > capacity {
            elements.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return element
    }

    /// The producer is done; the consumer will see `nil` after the last element.
    func finish() {
        condition.lock()
        isFinished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The consumer stops: waiting and future ``put(_:)`` calls return `false`.
    func cancel() {
        condition.lock()
        isCancelled = true
        elements.removeAll()
        head = 0
        condition.broadcast()
        condition.unlock()
    }
}
