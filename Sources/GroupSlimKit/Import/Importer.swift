import Foundation

/// Imports one or more sources into a store, each source as one transaction: an import that
/// fails leaves the database exactly as it was before that source, and one that succeeds is
/// recorded as an import run.
public struct Importer {
    public var options: ImportOptions
    public var classifier: MessageClassifier

    public init(options: ImportOptions, classifier: MessageClassifier = MessageClassifier()) {
        self.options = options
        self.classifier = classifier
    }

    /// Page cache for the import transaction, in KiB. A whole source is one transaction, so
    /// with SQLite's default 2 MB cache the pages of the message indexes are spilled to the WAL
    /// and re-read over and over (a million-message import spent more time waiting on that I/O
    /// than computing). The cache only grows as far as the data does. 64 MiB, and index builds
    /// sorting in temporary files rather than memory, keep a 1 GB export's import under 200 MB
    /// resident (256 MiB with in-memory sorts reached 417 MB).
    static let importCacheKiB = 65_536

    /// Imports `url` in `format` (detected when `.auto`).
    public func importSource(_ url: URL, format: ImportFormat = .auto, into store: GroupStore) throws -> ImportSummary {
        let resolved: ImportFormat
        do {
            resolved = format == .auto ? try ImportFormat.detect(url) : format
        } catch ImportError.unknownFormat(let path, let tried, nil) {
            throw ImportError.unknownFormat(path: path, tried: tried,
                                            closest: FormatDiagnosis.closest(url, options: options)?.description)
        }
        let roster = try options.roster.map(Roster.load)
        let db = store.connection
        let previousCacheSize = try db.scalarInt("PRAGMA cache_size")
        try db.execute("PRAGMA cache_size = -\(Importer.importCacheKiB)")
        defer { try? db.execute("PRAGMA cache_size = \(previousCacheSize)") }
        // Every id the writer stores comes from a row it just read or inserted in this same
        // transaction, so SQLite's foreign-key checks (three parent look-ups per message) can
        // only ever pass; off for the load, they cost a fifth of a canonical import. (The pragma
        // is ignored inside a transaction, so it is set before.)
        let checkedForeignKeys = try db.scalarInt("PRAGMA foreign_keys") == 1
        if checkedForeignKeys { try db.execute("PRAGMA foreign_keys = OFF") }
        defer { if checkedForeignKeys { try? db.execute("PRAGMA foreign_keys = ON") } }
        return try db.transaction(.immediate) {
            let writer = try StoreWriter(
                store: store, source: url.path, format: resolved.rawValue, timeZone: options.timeZone,
                keepText: options.keepText, classifier: classifier)
            writer.records.skipBad = options.skipBad
            // The roster first, so every identity the import meets resolves to its roster person.
            if let roster { try writer.applyRoster(roster) }
            guard let importer = resolved.importer else { throw ImportError.unknownFormat(path: url.path, tried: []) }
            var summary = try importer.init(options: options).run(source: url, writer: writer)
            summary.skipped = writer.records.skipped
            let counts = writer.counts
            if counts.groupsRead == 0 && counts.messagesRead == 0 && counts.membershipsRead == 0 {
                var found = ["0 group chats"]
                if counts.oneToOneChatsSkipped > 0 { found.append("\(counts.oneToOneChatsSkipped) one-to-one chat(s), skipped") }
                if summary.skipped.total > 0 { found.append("\(summary.skipped.total) bad record(s), skipped (--skip-bad)") }
                throw ImportError.noGroupChats(path: url.path, found: found + summary.warnings)
            }
            try writer.finish()
            return summary
        }
    }
}
