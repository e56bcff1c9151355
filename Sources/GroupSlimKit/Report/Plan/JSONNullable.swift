/// An optional that encodes as JSON `null` instead of leaving its key out, for fields the plan's
/// JSON shape promises on every group (`merge_into`, `owner_unit`).
struct JSONNullable<Value: Encodable>: Encodable {
    var value: Value?

    init(_ value: Value?) { self.value = value }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value { try container.encode(value) } else { try container.encodeNil() }
    }
}
