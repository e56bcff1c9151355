/// Turns the records of a canonical messages.csv into ready-to-insert ``MessageRow``s: field
/// checks, time parsing, kind names, classification, content hash and de-duplication key.
///
/// This is most of a message import's work and none of it needs the database, so
/// ``CanonicalImporter`` runs it on a reader thread while its own thread resolves groups and
/// people and inserts. The parser is a value holding only `Sendable` state (the header, the
/// time zone's parser, the classifier, the people directory's aliases) for that reason.
struct CanonicalMessageParser: Sendable {
    let header: HeaderMap
    let parser: TimestampParser
    let classifier: MessageClassifier
    let keepText: Bool
    /// Alias id → main id, from people.csv: de-duplication keys use the main id so a message
    /// exported once under each of a person's ids is still one message.
    let aliasOf: [String: String]
    let file: String
    private let groupField: HeaderMap.Field
    private let timeField: HeaderMap.Field
    private let senderField: HeaderMap.Field
    private let kindField: HeaderMap.Field
    private let textField: HeaderMap.Field
    private let idField: HeaderMap.Field

    init(header: HeaderMap, parser: TimestampParser, classifier: MessageClassifier, keepText: Bool,
         aliasOf: [String: String], file: String) {
        self.header = header
        self.parser = parser
        self.classifier = classifier
        self.keepText = keepText
        self.aliasOf = aliasOf
        self.file = file
        groupField = header.field("group_id")
        timeField = header.field("sent_at")
        senderField = header.field("sender_id")
        kindField = header.field("kind")
        textField = header.field("text")
        idField = header.field("message_id")
    }

    /// One parsed message, still naming its group and sender by the export's ids.
    struct Parsed: Sendable {
        var line: Int
        var groupKey: String
        var senderID: String
        var row: MessageRow
    }

    /// What the reader thread hands over, in file order.
    enum Item: Sendable {
        case message(Parsed)
        /// The record at `line` is wrong. `groupKey` is its group when that much was read, so
        /// the consumer can report an unknown group first, as a serial import would.
        case failure(ImportError, groupKey: String?, line: Int)
    }

    /// Parses one record.
    func parse(_ record: CSVRecord) -> Item {
        var groupKey: String?
        do {
            if record.fields.count != header.fieldCount {
                throw ImportError.fieldCount(file: file, line: record.line, found: record.fields.count,
                                             expected: header.fieldCount)
            }
            let group = try header.required(groupField, in: record)
            groupKey = group
            let rawTime = try header.required(timeField, in: record)
            let sentAt = try CanonicalImporter.parseTime(rawTime, with: parser, column: "sent_at", file: file,
                                                         line: record.line).milliseconds
            let senderID = try header.required(senderField, in: record)
            let kindText = header.value(kindField, in: record) ?? ""
            guard let kind = MessageKind(canonical: kindText) else {
                throw ImportError.badValue(
                    file: file, line: record.line, column: "kind", value: kindText,
                    expected: "one of " + MessageKind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            let message = MessageRecord(
                sentAt: sentAt, sentRaw: rawTime, kind: kind, text: header.rawValue(textField, in: record),
                sourceMessageID: header.value(idField, in: record))
            let row = MessageRow(message, senderKey: aliasOf.isEmpty ? senderID : aliasOf[senderID] ?? senderID, classifier: classifier,
                                 keepText: keepText)
            return .message(Parsed(line: record.line, groupKey: group, senderID: senderID, row: row))
        } catch let error as ImportError {
            return .failure(error, groupKey: groupKey, line: record.line)
        } catch {
            return .failure(.unreadable(file: file, reason: "\(error)"), groupKey: groupKey, line: record.line)
        }
    }
}
