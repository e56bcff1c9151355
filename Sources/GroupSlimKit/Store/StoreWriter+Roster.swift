/// Applies a ``Roster``: every roster person becomes (or stays) one canonical person, and every
/// platform identity the roster gives them points at that person, so the analysis counts one
/// person once across platforms and groups.
extension StoreWriter {
    /// Links the roster's identities. The roster is the authority: an identity imported earlier
    /// as a person of its own is merged into the roster person (messages and memberships move),
    /// and an alias that pointed elsewhere is re-pointed.
    public func applyRoster(_ roster: Roster) throws {
        var claimedNames = Set<String>()
        var nameCounts: [String: Int] = [:]
        for entry in roster.entries {
            for identity in entry.identities where identity.platform == WhatsAppImporter.platform { claimedNames.insert(identity.id) }
            if let name = entry.name { nameCounts[name, default: 0] += 1 }
        }
        for entry in roster.entries {
            let person = try personID(platform: CanonicalImporter.identityNamespace, sourceID: entry.memberID,
                                      name: entry.name, unit: entry.unit)
            if let unit = entry.unit { try db.run("UPDATE people SET unit = ? WHERE id = ?", [unit, person]) }
            for identity in entry.identities where !(identity.platform == CanonicalImporter.identityNamespace && identity.id == entry.memberID) {
                try link(identity, to: person)
            }
            // WhatsApp has no ids, and WeChat and QQ notices name people by display name only
            // (stored as `nick:NAME`): a name unique in the roster names this person there too,
            // unless an explicit alias gave it to someone.
            if let name = entry.name, nameCounts[name] == 1 {
                if !claimedNames.contains(name) {
                    try link(Roster.Identity(platform: WhatsAppImporter.platform, id: name), to: person)
                }
                for platform in [WeChatImporter.platform, QQImporter.platform] {
                    try link(Roster.Identity(platform: platform, id: "nick:" + name), to: person, onlyIfFree: true)
                }
            }
        }
    }

    private func link(_ identity: Roster.Identity, to person: Int64, onlyIfFree: Bool = false) throws {
        if onlyIfFree, try db.queryFirst("SELECT 1 FROM person_aliases WHERE platform = ? AND alias_id = ?",
                                         [identity.platform, identity.id], { _ in true }) != nil {
            return
        }
        if let existing = try db.queryFirst("SELECT id FROM people WHERE platform = ? AND source_id = ?",
                                            [identity.platform, identity.id], { $0.int64(0) }), existing != person {
            try merge(existing, into: person)
        }
        try db.run("INSERT OR REPLACE INTO person_aliases (platform, alias_id, person_id) VALUES (?, ?, ?)",
                   [identity.platform, identity.id, person])
    }

    /// Moves everything of person `old` to `person` and deletes `old`.
    private func merge(_ old: Int64, into person: Int64) throws {
        try db.run("UPDATE messages SET sender_id = ? WHERE sender_id = ?", [person, old])
        try db.run("""
            INSERT OR IGNORE INTO memberships (group_id, person_id, role, joined_at, left_at, source)
            SELECT group_id, ?, role, joined_at, left_at, source FROM memberships WHERE person_id = ?
            """, [person, old])
        try db.run("DELETE FROM memberships WHERE person_id = ?", [old])
        try db.run("UPDATE person_aliases SET person_id = ? WHERE person_id = ?", [person, old])
        try db.run("UPDATE people SET display_name = COALESCE(display_name, (SELECT display_name FROM people WHERE id = ?)) WHERE id = ?",
                   [old, person])
        try db.run("DELETE FROM people WHERE id = ?", [old])
    }
}
