/// The database schema as an ordered list of migrations; `PRAGMA user_version` records how many
/// have run, so an older database is upgraded in place and a newer one is refused.
///
/// Times are INTEGER milliseconds since the Unix epoch (UTC) so that comparisons and windows are
/// plain integer arithmetic; the source's own text is kept beside them (`*_raw`) for audits.
enum Schema {
    static let migrations: [String] = [
        // 1: the foundation data model.
        """
        CREATE TABLE import_runs (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            format TEXT NOT NULL,
            time_zone TEXT NOT NULL,
            keep_text INTEGER NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            groups_read INTEGER NOT NULL DEFAULT 0,
            groups_added INTEGER NOT NULL DEFAULT 0,
            people_added INTEGER NOT NULL DEFAULT 0,
            memberships_read INTEGER NOT NULL DEFAULT 0,
            memberships_added INTEGER NOT NULL DEFAULT 0,
            messages_read INTEGER NOT NULL DEFAULT 0,
            messages_added INTEGER NOT NULL DEFAULT 0,
            records_skipped INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE groups (
            id INTEGER PRIMARY KEY,
            platform TEXT NOT NULL,
            source_id TEXT NOT NULL,
            name TEXT NOT NULL,
            owner_unit TEXT,
            owner_id TEXT,
            created_at INTEGER,
            created_raw TEXT,
            task_end TEXT,
            task_end_at INTEGER,
            protected INTEGER NOT NULL DEFAULT 0,
            first_seen_run INTEGER REFERENCES import_runs(id),
            last_seen_run INTEGER REFERENCES import_runs(id),
            UNIQUE (platform, source_id)
        );
        CREATE TABLE group_tags (
            group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
            tag TEXT NOT NULL,
            PRIMARY KEY (group_id, tag)
        ) WITHOUT ROWID;
        CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            platform TEXT NOT NULL,
            source_id TEXT NOT NULL,
            display_name TEXT,
            unit TEXT,
            UNIQUE (platform, source_id)
        );
        CREATE TABLE person_aliases (
            platform TEXT NOT NULL,
            alias_id TEXT NOT NULL,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            PRIMARY KEY (platform, alias_id)
        ) WITHOUT ROWID;
        CREATE TABLE memberships (
            group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('owner', 'admin', 'member')),
            joined_at INTEGER,
            left_at INTEGER,
            source TEXT NOT NULL CHECK (source IN ('roster', 'event', 'inferred')),
            PRIMARY KEY (group_id, person_id)
        ) WITHOUT ROWID;
        CREATE INDEX memberships_by_person ON memberships (person_id);
        CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
            sender_id INTEGER REFERENCES people(id),
            sent_at INTEGER NOT NULL,
            sent_raw TEXT NOT NULL,
            kind TEXT NOT NULL,
            content_class TEXT,
            text TEXT,
            text_length INTEGER NOT NULL DEFAULT 0,
            content_hash INTEGER,
            mentions_all INTEGER NOT NULL DEFAULT 0,
            source_message_id TEXT,
            dedup_key INTEGER NOT NULL,
            import_run INTEGER REFERENCES import_runs(id)
        );
        \(deferrableMessageIndexes.map { $0.definition + ";" }.joined(separator: "\n"))
        """,
        // The decisions ledger: what the office decided about a group, so later plans honor it.
        // `evidence` is the verdict list when the decision was taken (a rejection stands only
        // while the evidence is unchanged).
        """
        CREATE TABLE decisions (
            id INTEGER PRIMARY KEY,
            group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('keep', 'dissolved', 'merged', 'reject')),
            into_group_id INTEGER REFERENCES groups(id),
            decided_on TEXT NOT NULL,
            until TEXT,
            reason TEXT,
            evidence TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX decisions_by_group ON decisions (group_id, decided_on);
        -- The latest message an import added: the data's own "when" for that run, used to date
        -- when a group was first seen (the grace period), never the wall clock.
        ALTER TABLE import_runs ADD COLUMN data_until INTEGER;
        """,
        // The dry-run plans: a record of what was proposed, so it can be compared and undone.
        // Nothing else is ever written by `plan`. A plan identical to one already recorded (same
        // as-of, same content) is not recorded twice, so re-running an audit changes nothing.
        """
        CREATE TABLE plan_runs (
            id INTEGER PRIMARY KEY,
            as_of INTEGER NOT NULL,
            fingerprint TEXT NOT NULL UNIQUE,
            groups_before INTEGER NOT NULL,
            groups_after INTEGER NOT NULL,
            plan_json TEXT NOT NULL
        );
        CREATE TABLE plan_actions (
            plan_id INTEGER NOT NULL REFERENCES plan_runs(id) ON DELETE CASCADE,
            group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
            action TEXT NOT NULL CHECK (action IN ('dissolve', 'merge', 'review', 'keep')),
            merge_into INTEGER REFERENCES groups(id),
            reasons TEXT NOT NULL,
            members_affected TEXT NOT NULL,
            PRIMARY KEY (plan_id, group_id)
        ) WITHOUT ROWID;
        """,
        // Run history for follow-up reviews: which policy and which imports each plan saw, and per
        // group its verdicts and whether the latest export of its format still contained it.
        """
        ALTER TABLE plan_runs ADD COLUMN policy_hash TEXT NOT NULL DEFAULT '';
        ALTER TABLE plan_runs ADD COLUMN import_runs TEXT NOT NULL DEFAULT '';
        ALTER TABLE plan_actions ADD COLUMN verdicts TEXT NOT NULL DEFAULT '';
        ALTER TABLE plan_actions ADD COLUMN present INTEGER NOT NULL DEFAULT 1;
        """,
        // Small named values the store keeps for itself (e.g. the pseudonym key of this database).
        """
        CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        """,
        // Activity aggregates for groups known only from usage reports (Microsoft Teams): no
        // messages and no members, only the report's counts and last activity date.
        """
        CREATE TABLE group_activity_reports (
            group_id INTEGER PRIMARY KEY REFERENCES groups(id) ON DELETE CASCADE,
            report TEXT NOT NULL,
            refresh_date TEXT NOT NULL,
            refresh_at INTEGER NOT NULL,
            period_days INTEGER,
            last_activity_date TEXT,
            last_activity_at INTEGER,
            active_users INTEGER,
            active_channels INTEGER,
            guests INTEGER,
            reactions INTEGER,
            meetings_organized INTEGER,
            post_messages INTEGER,
            reply_messages INTEGER,
            channel_messages INTEGER,
            urgent_messages INTEGER,
            mentions INTEGER,
            team_type TEXT,
            import_run INTEGER REFERENCES import_runs(id)
        ) WITHOUT ROWID;
        """,
        // The content-hash index served one query (cross-posted notices), which reads it in hash
        // order and then fetches each row from the table: random reads that cost three times a
        // plain scan and sort at a million messages, and grow worse with the table. The
        // detector now scans; the index only cost every import a fourth sort.
        """
        DROP INDEX IF EXISTS messages_by_hash;
        """,
        // Bots are stored apart from people: they are never members in the analysis, their posts
        // are never a person's activity, and `stats` counts them separately. One-to-one chats are
        // skipped by every importer; each is remembered by a 64-bit fingerprint (never the other
        // party's name or id) so `stats` can say how many were left out, counting each once over
        // repeated imports.
        """
        ALTER TABLE people ADD COLUMN is_bot INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE skipped_chats (
            platform TEXT NOT NULL,
            fingerprint INTEGER NOT NULL,
            kind TEXT NOT NULL,
            import_run INTEGER REFERENCES import_runs(id),
            PRIMARY KEY (platform, fingerprint)
        ) WITHOUT ROWID;
        ALTER TABLE import_runs ADD COLUMN bots_seen INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE import_runs ADD COLUMN chats_skipped INTEGER NOT NULL DEFAULT 0;
        """,
    ]

    /// The indexes on `messages`, which ``StoreWriter`` drops for a bulk load into an empty table
    /// and rebuilds at the end: one sort instead of a random B-tree update per row per index.
    /// (While `messages_dedup` is away the writer de-duplicates in memory; the rebuild re-checks
    /// uniqueness.) The first migration creates them from this same list; a later migration that
    /// changes them must update it (the seventh dropped `messages_by_hash`, removed here).
    static let deferrableMessageIndexes: [(name: String, definition: String)] = [
        ("messages_dedup", "CREATE UNIQUE INDEX messages_dedup ON messages (group_id, dedup_key)"),
        ("messages_by_group_time", "CREATE INDEX messages_by_group_time ON messages (group_id, sent_at)"),
    ]

    /// The schema version this build writes.
    static var currentVersion: Int { migrations.count }
}
