import Foundation

/// One export format's reader. Every platform's importer reduces its source to the same
/// records (``GroupRecord``, people, memberships, ``MessageRecord``) through a ``StoreWriter``,
/// so the store and the analysis never depend on a platform's shapes.
///
/// ``Importer`` wraps ``run(source:writer:)`` in one transaction: an importer simply throws
/// an ``ImportError`` naming the file and record on bad input, and nothing it wrote stays.
protocol FormatImporter {
    /// The format this importer reads.
    static var format: ImportFormat { get }
    /// What a user should give for this format, listed when detection fails.
    static var expectation: String { get }
    /// Whether `url` holds this format, judged from a few kilobytes of content (not the name
    /// alone), and cheap enough to try every importer in turn.
    static func recognizes(_ url: URL) -> Bool

    init(options: ImportOptions)
    /// Reads `source` through `writer`. Must stream: memory stays bounded whatever the size.
    func run(source: URL, writer: StoreWriter) throws -> ImportSummary
}

extension CanonicalImporter: FormatImporter {
    static var format: ImportFormat { .canonical }
    static var expectation: String { "canonical (a folder with groups.csv, members.csv, messages.csv)" }

    static func recognizes(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue
            && locate(.groups, in: url) != nil
    }

    func run(source: URL, writer: StoreWriter) throws -> ImportSummary {
        try run(folder: source, writer: writer)
    }
}
