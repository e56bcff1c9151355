/// Conflicts between what an import says and what the store already holds.
public enum StoreWriterError: Error, Equatable, Sendable, CustomStringConvertible {
    case ambiguousGroup(sourceID: String, platforms: [String])
    case aliasConflict(alias: String)

    public var description: String {
        switch self {
        case .ambiguousGroup(let sourceID, let platforms):
            return "group id '\(sourceID)' exists on several platforms (\(platforms.joined(separator: ", "))); give each group a distinct id."
        case .aliasConflict(let alias):
            return "'\(alias)' is listed as an alias but is already a person of its own; merge them by listing it only as an alias."
        }
    }
}
