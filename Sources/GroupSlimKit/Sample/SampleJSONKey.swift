/// A JSON key for the ground-truth file that reads both `snake_case` (as written) and the camel
/// case a `.convertFromSnakeCase` decoder hands over, so callers may decode either way.
struct SampleJSONKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }

    /// `person_ids` → `personIds`, the way `JSONDecoder.KeyDecodingStrategy.convertFromSnakeCase` does.
    var camelCased: SampleJSONKey {
        let parts = stringValue.split(separator: "_")
        guard parts.count > 1 else { return self }
        return SampleJSONKey(String(parts[0]) + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined())
    }

    static func decode<T: Decodable>(_ type: T.Type, _ key: String, in container: KeyedDecodingContainer<SampleJSONKey>) throws -> T {
        let snake = SampleJSONKey(key)
        if container.contains(snake) { return try container.decode(type, forKey: snake) }
        return try container.decode(type, forKey: snake.camelCased)
    }
}
