/// One record of a CSV file, with the physical line it started on so errors can point at it.
public struct CSVRecord: Sendable, Equatable {
    public var fields: [String]
    /// 1-based line number where the record begins (records may span lines inside quotes).
    public var line: Int

    public init(fields: [String], line: Int) {
        self.fields = fields
        self.line = line
    }
}
