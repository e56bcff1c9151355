/// Problems with the database file itself, as opposed to the data being imported.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case notADatabase(path: String)
    case newerSchema(path: String, found: Int, supported: Int)

    public var description: String {
        switch self {
        case .notADatabase(let path):
            return "\(path) is not a GroupSlim database (not SQLite). Choose another file with --db."
        case .newerSchema(let path, let found, let supported):
            return "\(path) was written by a newer GroupSlim (schema \(found), this build knows \(supported)). Upgrade groupslim."
        }
    }
}
