import Foundation

/// Reads the Microsoft Teams team-activity usage report CSV: one row per team, aggregates only.
///
/// Each team becomes a group with no messages and no members, plus a ``GroupActivityReport``.
/// The analysis judges such groups as zombies from the last activity date alone and reports
/// every other verdict as "not judged" instead of guessing.
struct TeamsImporter: FormatImporter {
    static let platform = "teams"
    static let reportName = "teams-team-activity"
    static var format: ImportFormat { .teams }
    static var expectation: String {
        "teams (a Microsoft Teams team-activity report CSV: Report Refresh Date, Team Name, Team Id, Last Activity Date, …)"
    }

    let options: ImportOptions

    init(options: ImportOptions) { self.options = options }

    static func recognizes(_ url: URL) -> Bool {
        guard let first = TextSniffer.lines(of: url, limit: 1)?.first else { return false }
        let cells = Set(first.split(separator: ",").map {
            CanonicalFile.normalizeHeader($0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")))
        })
        return TeamsActivityColumns.signature.filter(cells.contains).count >= 3
    }

    func run(source: URL, writer: StoreWriter) throws -> ImportSummary {
        let file = source.path
        let reader = try CSVReader(url: source, displayName: file)
        guard let headerRecord = try reader.next() else {
            throw ImportError.emptyFile(file: file, expected: "a Teams team-activity report with a header row")
        }
        let header = try HeaderMap(header: headerRecord, columns: TeamsActivityColumns.all, file: file)
        let parser = TimestampParser(timeZone: options.timeZone)
        var rows = 0
        var seen = Set<String>()
        while let record = try reader.next() {
            let handled = try writer.records.attempt {
                if record.fields.count != header.fieldCount {
                    throw ImportError.fieldCount(file: file, line: record.line, found: record.fields.count, expected: header.fieldCount)
                }
                let name = try header.required("team_name", in: record)
                let id = header.value("team_id", in: record) ?? name
                guard seen.insert(id).inserted else {
                    throw ImportError.badValue(file: file, line: record.line, column: header.heading("team_id"), value: id,
                                               expected: "each team once per report")
                }
                let refreshRaw = try header.required("report_refresh_date", in: record)
                let refreshAt = try date(refreshRaw, column: header.heading("report_refresh_date"), parser: parser, file: file, line: record.line)
                let lastRaw = header.value("last_activity_date", in: record)
                let lastAt = try lastRaw.map { try date($0, column: header.heading("last_activity_date"), parser: parser, file: file, line: record.line) }
                var counts: [String: Int] = [:]
                for column in GroupActivityReport.countColumns {
                    guard let raw = header.value(column, in: record) else { continue }
                    guard let value = Int(raw), value >= 0 else {
                        throw ImportError.badValue(file: file, line: record.line, column: header.heading(column), value: raw,
                                                   expected: "a count (0 or more)")
                    }
                    counts[column] = value
                }
                let period = try header.value("report_period", in: record).map { raw -> Int in
                    guard let days = Int(raw.filter(\.isASCIIDigit)), days > 0 else {
                        throw ImportError.badValue(file: file, line: record.line, column: header.heading("report_period"), value: raw,
                                                   expected: "the report's days: 7, 30, 90 or 180")
                    }
                    return days
                }
                let groupID = try writer.upsertGroup(GroupRecord(platform: TeamsImporter.platform, sourceID: id, name: name))
                try writer.upsertActivityReport(groupID: groupID, GroupActivityReport(
                    report: TeamsImporter.reportName, refreshDate: refreshRaw, refreshAt: refreshAt, periodDays: period,
                    lastActivityDate: lastRaw, lastActivityAt: lastAt, counts: counts, teamType: header.value("team_type", in: record)))
            }
            guard handled else { continue }
            rows += 1
        }
        var warnings: [String] = []
        if !header.extraColumns.isEmpty {
            warnings.append("\(file): ignoring column(s) \(header.extraColumns.map { "'\($0)'" }.joined(separator: ", "))")
        }
        return ImportSummary(source: file, format: ImportFormat.teams.rawValue, runID: writer.runID,
                             files: [.init(path: file, records: rows, encoding: reader.encoding.rawValue)],
                             counts: writer.counts, warnings: warnings)
    }

    /// The start of a `YYYY-MM-DD` day in the import zone (the report does not say its zone).
    private func date(_ raw: String, column: String, parser: TimestampParser, file: String, line: Int) throws -> Int64 {
        guard let parsed = parser.parse(raw), parsed.isDateOnly else {
            throw ImportError.badValue(file: file, line: line, column: column, value: raw, expected: "a date YYYY-MM-DD")
        }
        return parsed.milliseconds
    }
}
