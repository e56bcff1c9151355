/// Finds notices posted into two or more groups within 24 hours: the "same notice forwarded
/// into five groups" burden, and evidence that two groups do the same job.
///
/// Only messages that carry content count (notices, substantive messages and forwarded links
/// of at least `minimumLength` characters); identical "收到" replies everywhere are not cross-posts.
public struct CrossPostDetector {
    public static let minimumLength = 8
    public static let window: Int64 = 86_400_000

    public struct Result: Sendable, Equatable {
        /// Per group row id: how many of its messages have a twin in another group.
        public var perGroup: [Int64: Int] = [:]
        /// Per unordered pair of group row ids (smaller first): distinct texts cross-posted between them.
        public var perPair: [GroupPairKey: Int] = [:]
        /// Distinct texts that were cross-posted at all.
        public var distinctNotices = 0
        /// Per group row id: notices it posted first that reached at least
        /// ``CrossPostDetector/cascadeReach`` other groups within 24 hours, and every group they
        /// reached. A group notices cascade down from speaks to a broad audience.
        public var cascades: [Int64: Cascade] = [:]
    }

    public struct Cascade: Sendable, Equatable {
        public var notices = 0
        public var reached = Set<Int64>()
    }

    /// How many other groups a notice must reach from its first post to count as a cascade.
    public static let cascadeReach = 3

    public init() {}

    public func detect(_ store: GroupStore, asOf: Int64) throws -> Result {
        try detect(store.connection, asOf: asOf)
    }

    /// The same, on any connection to the store (the analysis runs it on a second one, on
    /// another thread, while the signal scan reads the first).
    func detect(_ connection: SQLiteConnection, asOf: Int64) throws -> Result {
        var result = Result()
        var run: [(group: Int64, sentAt: Int64)] = []
        var currentHash: Int64?
        func flush() {
            defer { run.removeAll(keepingCapacity: true) }
            guard run.count > 1, Set(run.map(\.group)).count > 1 else { return }
            var marked = Set<Int>()
            var pairs = Set<GroupPairKey>()
            var start = 0
            for index in run.indices {
                while run[index].sentAt - run[start].sentAt > CrossPostDetector.window { start += 1 }
                for other in start..<index where run[other].group != run[index].group {
                    marked.insert(index)
                    marked.insert(other)
                    pairs.insert(GroupPairKey(run[other].group, run[index].group))
                }
            }
            if !marked.isEmpty { result.distinctNotices += 1 }
            // The first post and the groups its text reached within 24 hours of it.
            let origin = run[0]
            let reached = Set(run.filter { $0.group != origin.group && $0.sentAt - origin.sentAt <= CrossPostDetector.window }.map(\.group))
            if reached.count >= CrossPostDetector.cascadeReach {
                result.cascades[origin.group, default: Cascade()].notices += 1
                result.cascades[origin.group]!.reached.formUnion(reached)
            }
            for index in marked { result.perGroup[run[index].group, default: 0] += 1 }
            for pair in pairs { result.perPair[pair, default: 0] += 1 }
        }
        try connection.cached("""
            SELECT content_hash, group_id, sent_at FROM messages NOT INDEXED
            WHERE content_hash IS NOT NULL AND sent_at <= ? AND text_length >= ?
              AND content_class IN ('notice', 'substantive', 'link')
            ORDER BY content_hash, sent_at
            """).forEachRow([asOf, CrossPostDetector.minimumLength]) { row in
            let hash = row.int64(0)
            if hash != currentHash {
                flush()
                currentHash = hash
            }
            run.append((row.int64(1), row.int64(2)))
        }
        flush()
        return result
    }
}

/// An unordered pair of group row ids, stored smaller first.
public struct GroupPairKey: Hashable, Sendable {
    public let first: Int64
    public let second: Int64

    public init(_ a: Int64, _ b: Int64) {
        first = min(a, b)
        second = max(a, b)
    }
}
