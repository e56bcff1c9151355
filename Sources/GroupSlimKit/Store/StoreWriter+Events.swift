extension StoreWriter {
    /// Records when a group was created, as a platform's own "created the group" event says,
    /// unless an earlier source already gave the date.
    public func setGroupCreated(groupID: Int64, at time: Int64, raw: String) throws {
        try db.run(
            "UPDATE groups SET created_at = COALESCE(created_at, ?), created_raw = COALESCE(created_raw, ?) WHERE id = ?",
            [time, raw, groupID])
    }
}
