extension CleanupPlan {
    /// The plan with every person replaced by a stable pseudonym, for reports shared outside
    /// the office: the most burdened people lose their names and ids, member lists become
    /// pseudonym lists. Units and groups stay, because the cleanup is about them.
    public func pseudonymized(with pseudonymizer: Pseudonymizer) -> CleanupPlan {
        var copy = self
        func alias(_ id: String) -> String { pseudonymizer.pseudonym(platform: "", id: id) }
        copy.burden.mostBurdened = burden.mostBurdened.map { person in
            var masked = person
            masked.personID = alias(person.personID)
            masked.name = nil
            return masked
        }
        copy.proposals = proposals.map { proposal in
            var masked = proposal
            masked.membersAffected = proposal.membersAffected.map(alias).sorted()
            return masked
        }
        return copy
    }
}

extension Pseudonymizer {
    /// The pseudonymizer for `store`: with `key` when given (stable across databases), else with
    /// a random key created once and kept in the database (stable for this database only).
    public static func forStore(_ store: GroupStore, key: String?) throws -> Pseudonymizer {
        if let key, !key.isEmpty { return Pseudonymizer(key: key) }
        let db = store.connection
        if let stored = try db.queryFirst("SELECT value FROM settings WHERE name = 'pseudonym_key'", [], { $0.string(0) }) {
            return Pseudonymizer(key: stored)
        }
        var generator = SystemRandomNumberGenerator()
        let fresh = (0..<4).map { _ in String(generator.next(), radix: 16) }.joined()
        try db.run("INSERT OR IGNORE INTO settings (name, value) VALUES ('pseudonym_key', ?)", [fresh])
        let kept = try db.queryFirst("SELECT value FROM settings WHERE name = 'pseudonym_key'", [], { $0.string(0) }) ?? fresh
        return Pseudonymizer(key: kept)
    }
}
