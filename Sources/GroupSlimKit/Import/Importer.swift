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

    /// Imports `url` in `format` (detected when `.auto`).
    public func importSource(_ url: URL, format: ImportFormat = .auto, into store: GroupStore) throws -> ImportSummary {
        let resolved = format == .auto ? try ImportFormat.detect(url) : format
        let roster = try options.roster.map(Roster.load)
        return try store.connection.transaction(.immediate) {
            let writer = try StoreWriter(
                store: store, source: url.path, format: resolved.rawValue, timeZone: options.timeZone,
                keepText: options.keepText, classifier: classifier)
            writer.records.skipBad = options.skipBad
            // The roster first, so every identity the import meets resolves to its roster person.
            if let roster { try writer.applyRoster(roster) }
            guard let importer = resolved.importer else { throw ImportError.unknownFormat(path: url.path, tried: []) }
            var summary = try importer.init(options: options).run(source: url, writer: writer)
            summary.skipped = writer.records.skipped
            try writer.finish()
            try store.connection.run("""
                UPDATE import_runs SET data_until = (SELECT MAX(sent_at) FROM messages WHERE import_run = ?1) WHERE id = ?1
                """, [writer.runID])
            return summary
        }
    }
}
