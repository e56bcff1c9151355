import Foundation

/// The one JSON style of every file GroupSlim writes (policy, analysis, plan, history, diff):
/// snake_case keys, sorted and pretty-printed, so the same value always gives the same bytes.
enum StableJSON {
    static func text<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
