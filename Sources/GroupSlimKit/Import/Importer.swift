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
    /// than computing). The cache only grows as far as the data does.
    static let importCacheKiB = 262_144

    /// Imports `url` in `format` (detected when `.auto`).
    public func importSource(_ url: URL, format: ImportFormat = .auto, into store: GroupStore) throws -> ImportSummary {
        let resolved = format == .auto ? try ImportFormat.detect(url) : format
        let db = store.connection
        let previousCacheSize = try db.scalarInt("PRAGMA cache_size")
        try db.execute("PRAGMA cache_size = -\(Importer.importCacheKiB); PRAGMA temp_store = MEMORY")
        defer { try? db.execute("PRAGMA cache_size = \(previousCacheSize); PRAGMA temp_store = DEFAULT") }
        return try db.transaction(.immediate) {
            let writer = try StoreWriter(
                store: store, source: url.path, format: resolved.rawValue, timeZone: options.timeZone,
                keepText: options.keepText, classifier: classifier)
            guard let importer = resolved.importer else { throw ImportError.unknownFormat(path: url.path, tried: []) }
            let summary = try importer.init(options: options).run(source: url, writer: writer)
            try writer.finish()
            return summary
        }
    }
}
