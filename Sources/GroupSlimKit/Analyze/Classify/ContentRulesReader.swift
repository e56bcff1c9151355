import Foundation

/// Reads one object of a rules file where every key is optional and falls back to the built-in
/// value, but an unknown key is an error.
///
/// Optional keys let an office override one list without copying the whole table; refusing
/// unknown keys keeps that convenience from hiding a typo (`"acknowledgment"` would otherwise be
/// ignored and the defaults would quietly stay in force).
struct ContentRulesReader {
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { return nil }
    }

    private let container: KeyedDecodingContainer<Key>

    init(_ decoder: any Decoder, known: [String]) throws {
        let container: KeyedDecodingContainer<Key>
        do {
            container = try decoder.container(keyedBy: Key.self)
        } catch {
            throw ContentRulesError.wrongType(path: ContentRulesError.dottedPath(decoder.codingPath),
                                              expected: "an object")
        }
        for key in container.allKeys where !known.contains(key.stringValue) {
            throw ContentRulesError.unknownKey(path: ContentRulesError.dottedPath(decoder.codingPath + [key]),
                                               known: known)
        }
        self.container = container
    }

    init<K: CodingKey & CaseIterable>(_ decoder: any Decoder, keys: K.Type) throws {
        try self.init(decoder, known: K.allCases.map(\.stringValue))
    }

    /// The value under `key`, or `fallback` when the key is absent.
    func value<T: Decodable, K: CodingKey>(_ key: K, or fallback: T) throws -> T {
        let jsonKey = Key(key.stringValue)
        guard container.contains(jsonKey) else { return fallback }
        do {
            return try container.decode(T.self, forKey: jsonKey)
        } catch {
            throw ContentRulesError.from(error)
        }
    }
}
