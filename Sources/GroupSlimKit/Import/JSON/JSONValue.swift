/// One JSON value read by ``JSONStreamReader``: a small tree for one record (a message, a
/// channel, a JSONL line), never a whole export.
///
/// Numbers keep their source text so ids such as `1234567890123456789` and Slack's `created`
/// survive exactly; the accessors convert on demand.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// The member `key` of an object; `nil` for a missing key or a non-object.
    public subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    /// The text of a string; `nil` for anything else.
    public var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// A string, or a number's source text: ids that one exporter writes as numbers and
    /// another as strings (Telegram `from_id`, Slack `created`) read the same.
    public var scalarText: String? {
        switch self {
        case .string(let text): return text
        case .number(let text): return text
        default: return nil
        }
    }

    /// An integer from a number or a string of digits (Slack writes `"1452837318"`, Telegram
    /// `date_unixtime` is a string). A fraction is cut off.
    public var int64: Int64? {
        guard let text = scalarText else { return nil }
        var value: Int64 = 0
        var negative = false
        var digits = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "-") && digits == 0 && !negative { negative = true; continue }
            if byte == UInt8(ascii: ".") { break }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let (shifted, overflowA) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = shifted.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
            guard !overflowA, !overflowB else { return nil }
            value = sum
            digits += 1
        }
        guard digits > 0 else { return nil }
        return negative ? -value : value
    }

    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    public var array: [JSONValue]? {
        if case .array(let values) = self { return values }
        return nil
    }

    public var object: JSONObject? {
        if case .object(let object) = self { return object }
        return nil
    }

    public var isNull: Bool { self == .null }

    /// A short name of the value's type for error messages (never its content).
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

/// A JSON object's members in source order. Records have a few dozen keys at most, so a linear
/// search beats hashing every key of every message.
public struct JSONObject: Sendable, Equatable {
    public struct Member: Sendable, Equatable {
        public var key: String
        public var value: JSONValue
    }

    public var members: [Member]

    public init(members: [Member] = []) {
        self.members = members
    }

    /// The last member named `key` (JSON allows repeats; the last one wins, as in most parsers).
    public subscript(key: String) -> JSONValue? {
        members.last { $0.key == key }?.value
    }
}
