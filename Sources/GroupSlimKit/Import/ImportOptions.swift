import Foundation

/// How an import reads its sources.
public struct ImportOptions: Sendable {
    /// Zone for times written without an offset (`2026/3/5 9:07`); the system zone by default.
    public var timeZone: TimeZone
    /// Whether message text is stored. Without it, classes, lengths and content hashes are still
    /// stored, so every verdict works; only reports that quote text lose it.
    public var keepText: Bool
    /// Called now and then during long reads, for progress displays.
    public var progress: (@Sendable (ImportProgress) -> Void)?
    /// Skip records with record-level problems (counted per reason) instead of stopping.
    public var skipBad: Bool
    /// Day/month order for chat logs that write bare numeric dates (WhatsApp); `nil` infers it
    /// per file from all the file's dates.
    public var dateOrder: DateOrder?
    /// A canonical `people.csv` whose aliases name platform identities (`qq:12345`), so one
    /// person is one person across platforms; see ``Roster``.
    public var roster: URL?

    public init(timeZone: TimeZone = .current, keepText: Bool = true,
                progress: (@Sendable (ImportProgress) -> Void)? = nil, skipBad: Bool = false,
                dateOrder: DateOrder? = nil, roster: URL? = nil) {
        self.timeZone = timeZone
        self.keepText = keepText
        self.progress = progress
        self.skipBad = skipBad
        self.dateOrder = dateOrder
        self.roster = roster
    }

    /// Resolves an IANA zone name such as `Asia/Shanghai`.
    /// - Throws: ``ImportError/badTimeZone(name:)`` for unknown names.
    public static func timeZone(named name: String) throws -> TimeZone {
        guard let zone = TimeZone(identifier: name) else { throw ImportError.badTimeZone(name: name) }
        return zone
    }
}

/// A snapshot of a running import for progress displays.
public struct ImportProgress: Sendable, Equatable {
    public var file: String
    public var records: Int
    public var bytesRead: Int
    public var totalBytes: Int
}
