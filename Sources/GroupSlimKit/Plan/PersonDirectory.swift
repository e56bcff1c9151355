/// Who the store's person row ids are: the id members are known by in the export, a display
/// name and unit for the "most burdened people" table.
public struct PersonDirectory: Sendable, Equatable {
    public struct Person: Sendable, Equatable {
        public var sourceID: String
        public var name: String?
        public var unit: String?
    }

    public var people: [Int64: Person]

    public init(people: [Int64: Person]) { self.people = people }

    public static func read(_ store: GroupStore) throws -> PersonDirectory {
        var people: [Int64: Person] = [:]
        try store.connection.cached("SELECT id, source_id, display_name, unit FROM people").forEachRow { row in
            people[row.int64(0)] = Person(sourceID: row.string(1), name: row.optionalString(2), unit: row.optionalString(3))
        }
        return PersonDirectory(people: people)
    }

    /// The export's id of a person, or `#rowid` when the store does not know them.
    public func sourceID(_ rowID: Int64) -> String { people[rowID]?.sourceID ?? "#\(rowID)" }
}
