/// Which field of a record holds which canonical column, resolved once from the header row.
struct HeaderMap {
    let file: String
    private var indexes: [String: Int] = [:]
    /// Each matched column's header cell as the file wrote it ("Active Users" for `active_users`),
    /// so errors name the column the user can see.
    private var headings: [String: String] = [:]
    /// Header cells that matched no column (reported once, as a warning).
    private(set) var extraColumns: [String] = []
    let fieldCount: Int

    init(header: CSVRecord, columns: [CanonicalFile.Column], file: String) throws {
        self.file = file
        fieldCount = header.fields.count
        var lookup: [String: String] = [:]
        for column in columns {
            for name in column.acceptedNames { lookup[CanonicalFile.normalizeHeader(name)] = column.name }
        }
        for (offset, cell) in header.fields.enumerated() {
            let normal = CanonicalFile.normalizeHeader(cell)
            guard let column = lookup[normal] else {
                if !normal.isEmpty { extraColumns.append(cell) }
                continue
            }
            if indexes[column] != nil { throw ImportError.duplicateColumn(file: file, column: column) }
            indexes[column] = offset
            headings[column] = cell.trimmedWhitespace
        }
        for column in columns where column.isRequired && indexes[column.name] == nil {
            throw ImportError.missingColumn(
                file: file, column: column.name, accepted: column.acceptedNames, found: header.fields)
        }
    }

    func has(_ column: String) -> Bool { indexes[column] != nil }

    /// The header cell that holds `column` in this file, or the column's own name.
    func heading(_ column: String) -> String {
        headings[column].flatMap { $0.isEmpty ? nil : $0 } ?? column
    }

    /// A column resolved to its field position once, for readers that look up the same columns
    /// in millions of records (a dictionary lookup by name per field was a twentieth of the
    /// message reader's time).
    struct Field: Sendable {
        let column: String
        let index: Int?
        /// The file's header cell for the column, for errors.
        let heading: String
    }

    func field(_ column: String) -> Field { Field(column: column, index: indexes[column], heading: heading(column)) }

    /// The trimmed value, or `nil` when the column is absent or the cell is empty.
    func value(_ field: Field, in record: CSVRecord) -> String? {
        guard let value = rawValue(field, in: record)?.trimmedWhitespace else { return nil }
        return value.isEmpty ? nil : value
    }

    /// The untrimmed value (message text keeps its own spacing).
    func rawValue(_ field: Field, in record: CSVRecord) -> String? {
        guard let index = field.index, index < record.fields.count else { return nil }
        let value = record.fields[index]
        return value.isEmpty ? nil : value
    }

    func required(_ field: Field, in record: CSVRecord) throws -> String {
        guard let value = value(field, in: record) else {
            throw ImportError.missingValue(file: file, line: record.line, column: field.heading)
        }
        return value
    }

    /// ``value(_:in:)`` by column name, for readers of a few thousand records.
    func value(_ column: String, in record: CSVRecord) -> String? { value(field(column), in: record) }

    /// ``rawValue(_:in:)`` by column name.
    func rawValue(_ column: String, in record: CSVRecord) -> String? { rawValue(field(column), in: record) }

    /// ``required(_:in:)`` by column name.
    func required(_ column: String, in record: CSVRecord) throws -> String { try required(field(column), in: record) }
}

import Foundation
