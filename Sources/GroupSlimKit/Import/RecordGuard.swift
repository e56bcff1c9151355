/// Decides, record by record, whether a bad record stops the import or is skipped
/// (`--skip-bad`), and keeps the tally a user needs to judge what was lost.
///
/// Only record-level problems can be skipped (a bad value, a missing value, an unknown group,
/// a wrong field count, a malformed record). A problem with the file as a whole — a missing
/// column, broken quoting that desynchronizes everything after it, an unreadable encoding —
/// still stops the import, because nothing after it can be trusted.
public final class RecordGuard {
    /// Whether record-level problems are skipped instead of stopping the import.
    public var skipBad: Bool
    public private(set) var skipped = SkippedRecords()
    /// How many problems are kept verbatim for the user (error texts never hold message text).
    public static let exampleLimit = 5

    public init(skipBad: Bool) {
        self.skipBad = skipBad
    }

    /// Runs the handling of one record. Returns whether it was handled; throws when the problem
    /// is not skippable or skipping is off.
    @discardableResult
    public func attempt(_ body: () throws -> Void) throws -> Bool {
        do {
            try body()
            return true
        } catch let error as ImportError {
            guard skipBad, let reason = error.recordLevelReason else { throw error }
            skip(reason, error.description)
            return false
        } catch let error as ExportRecordError {
            guard skipBad, let reason = error.recordLevelReason else { throw error }
            skip(reason, error.description)
            return false
        }
    }

    private func skip(_ reason: String, _ description: String) {
        skipped.byReason[reason, default: 0] += 1
        if skipped.examples.count < RecordGuard.exampleLimit { skipped.examples.append(description) }
    }
}

extension ExportRecordError {
    /// A short reason when the problem is one record's (a missing or mistyped field); `nil` when
    /// the file as a whole is not what the format says.
    public var recordLevelReason: String? {
        switch self {
        case .missingField(_, _, let field, _): return "missing \(field)"
        case .badField(_, _, let field, _, _): return "bad \(field)"
        case .wrongShape, .emptyFile: return nil
        }
    }
}

/// What `--skip-bad` skipped: counts per reason and the first few problems in full.
public struct SkippedRecords: Sendable, Equatable {
    /// Reason (e.g. "bad sent_at", "unknown group") → records skipped for it.
    public var byReason: [String: Int] = [:]
    /// The first problems, as the error messages that would have stopped the import.
    public var examples: [String] = []

    public var total: Int { byReason.values.reduce(0, +) }

    public init() {}
}

extension ImportError {
    /// A short reason for the tally when this problem concerns one record only; `nil` when it
    /// concerns the whole file.
    public var recordLevelReason: String? {
        switch self {
        case .badValue(_, _, let column, _, _): return "bad \(column)"
        case .missingValue(_, _, let column): return "missing \(column)"
        case .unknownGroup: return "unknown group"
        case .fieldCount: return "wrong number of fields"
        case .malformedRecord(_, _, let expected): return "malformed record (expected \(expected))"
        case .unexpectedLine: return "unrecognized line"
        case .malformedHeader: return "malformed message header"
        default: return nil
        }
    }
}
