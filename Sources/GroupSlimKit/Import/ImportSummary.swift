/// What an import did, for printing and for tests.
public struct ImportSummary: Sendable, Equatable {
    /// One source file and how many records were read from it.
    public struct FileRead: Sendable, Equatable {
        public var path: String
        public var records: Int
        public var encoding: String
    }

    public var source: String
    public var format: String
    public var runID: Int64
    public var files: [FileRead]
    public var counts: ImportCounts
    /// Non-fatal observations: extra columns ignored, files ignored.
    public var warnings: [String]
    /// Records skipped under `--skip-bad`.
    public var skipped = SkippedRecords()
}
