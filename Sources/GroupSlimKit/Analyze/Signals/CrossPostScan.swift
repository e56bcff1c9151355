import Foundation

/// The cross-post scan running on its own thread and read connection while the analysis goes on
/// with the signal scan: the two read the whole messages table, one of them sorting it, and
/// the machine's second core idled during the analysis before.
///
/// Only for stores in a file and outside a transaction: an in-memory database cannot be opened
/// twice and another connection would not see uncommitted rows, so ``start(_:asOf:)`` returns
/// `nil` there and the caller scans on its own connection. Both scans stop at as-of, so
/// messages another process imports meanwhile are outside both (as they already were between
/// the analysis's queries on one connection).
final class CrossPostScan: @unchecked Sendable {
    // Written by the scan's thread before `done` is signalled, read only after waiting on it.
    private var outcome: Result<CrossPostDetector.Result, any Error>?
    private let done = DispatchSemaphore(value: 0)

    private init() {}

    /// Starts the scan of the store at `store.path`, or returns `nil` when the store is not a file.
    static func start(_ store: GroupStore, asOf: Int64) throws -> CrossPostScan? {
        // A second connection sees only committed data: inside a transaction, scan on the first.
        guard !store.path.isEmpty, store.path != ":memory:", !store.connection.isInTransaction else { return nil }
        let connection = try SQLiteConnection(path: store.path, readOnly: true)
        let scan = CrossPostScan()
        // The new connection's only user from here on is the scan's thread.
        let handOver = UncheckedTransfer(connection)
        let thread = Thread {
            scan.outcome = Result { try CrossPostDetector().detect(handOver.value, asOf: asOf) }
            scan.done.signal()
        }
        thread.name = "groupslim-cross-posts"
        thread.start()
        return scan
    }

    /// Waits for the scan and returns what it found, or rethrows its error. Call once.
    func result() throws -> CrossPostDetector.Result {
        done.wait()
        guard let outcome else { preconditionFailure("the scan signalled without an outcome") }
        return try outcome.get()
    }
}
