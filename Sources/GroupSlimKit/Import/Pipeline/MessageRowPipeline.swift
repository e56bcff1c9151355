import Foundation

/// Builds ``MessageRow``s (classification, text normalization, content hash, de-duplication key)
/// on a background thread, one batch at a time, while the importer's own thread goes on reading
/// the export and inserting the previous batch.
///
/// Building a row is about as much CPU as parsing the JSON or text it came from, and needs no
/// database; the platform importers read and insert on the connection's thread, so without this
/// the second core idles. Batches come back in the order they were queued, so de-duplication and
/// the first-wins rules see messages exactly as a serial import would.
final class MessageRowPipeline {
    /// A message as the importer queued it, with the group and sender rows already resolved.
    struct Queued: Sendable {
        var groupID: Int64
        var senderID: Int64?
        var senderKey: String
        var record: MessageRecord
    }

    /// One batch in flight: written by the background thread until `done` is signalled, read by
    /// the owning thread only after waiting on it.
    private final class Job: @unchecked Sendable {
        let input: [Queued]
        var output: [PendingMessage] = []
        let done = DispatchSemaphore(value: 0)

        init(input: [Queued]) {
            self.input = input
        }

        func run(classifier: MessageClassifier, keepText: Bool) {
            output.reserveCapacity(input.count)
            for item in input {
                let row = MessageRow(item.record, senderKey: item.senderKey, classifier: classifier, keepText: keepText)
                output.append(PendingMessage(groupID: item.groupID, senderID: item.senderID, row: row))
            }
            done.signal()
        }
    }

    /// Messages per batch: large enough that handing over costs nothing per message, small
    /// enough (a few MB of text) to keep memory flat.
    static let batchSize = 4_096

    private let classifier: MessageClassifier
    private let keepText: Bool
    private var filling: [Queued] = []
    private var running: Job?

    init(classifier: MessageClassifier, keepText: Bool) {
        self.classifier = classifier
        self.keepText = keepText
        filling.reserveCapacity(MessageRowPipeline.batchSize)
    }

    /// Queues one message. When a batch is full it starts building it and returns the rows of
    /// the batch before, in queue order, for the caller to insert; otherwise returns `[]`.
    func add(_ message: Queued) -> [PendingMessage] {
        filling.append(message)
        guard filling.count >= MessageRowPipeline.batchSize else { return [] }
        let ready = finishRunning()
        start(filling)
        filling = []
        filling.reserveCapacity(MessageRowPipeline.batchSize)
        return ready
    }

    /// Every row still queued or in flight, in queue order; the pipeline is empty afterwards.
    func drain() -> [PendingMessage] {
        var ready = finishRunning()
        if !filling.isEmpty {
            let job = Job(input: filling)
            filling = []
            job.run(classifier: classifier, keepText: keepText)
            ready += job.output
        }
        return ready
    }

    private func start(_ batch: [Queued]) {
        let job = Job(input: batch)
        let classifier = classifier
        let keepText = keepText
        DispatchQueue.global(qos: .userInitiated).async { job.run(classifier: classifier, keepText: keepText) }
        running = job
    }

    private func finishRunning() -> [PendingMessage] {
        guard let job = running else { return [] }
        job.done.wait()
        running = nil
        return job.output
    }
}

@available(*, unavailable)
extension MessageRowPipeline: Sendable {}
