/// The columns of the Teams team-activity report (`getTeamsTeamActivityDetail`). Headers match
/// by name, case-insensitively, because Microsoft's own pages spell them both ways ("Team Type",
/// "Team type") and the admin-center export adds words ("Last activity date (UTC)").
enum TeamsActivityColumns {
    static let all: [CanonicalFile.Column] = [
        CanonicalFile.Column("report_refresh_date", required: true, ["refresh_date", "report_refresh_date_(utc)"]),
        CanonicalFile.Column("team_name", required: true, ["team", "name"]),
        CanonicalFile.Column("team_id", ["teamid", "id"]),
        CanonicalFile.Column("team_type", ["type", "privacy"]),
        CanonicalFile.Column("last_activity_date", required: true, ["last_activity_date_(utc)", "last_activity", "last_activity_date_utc"]),
        CanonicalFile.Column("report_period", ["period", "report_period_(days)"]),
        CanonicalFile.Column("active_users", []), CanonicalFile.Column("active_channels", []),
        CanonicalFile.Column("guests", []), CanonicalFile.Column("reactions", []),
        CanonicalFile.Column("meetings_organized", ["meetings"]), CanonicalFile.Column("post_messages", ["posts"]),
        CanonicalFile.Column("reply_messages", ["replies"]), CanonicalFile.Column("channel_messages", []),
        CanonicalFile.Column("urgent_messages", []), CanonicalFile.Column("mentions", []),
        CanonicalFile.Column("active_shared_channels", []), CanonicalFile.Column("active_external_users", []),
    ]

    /// Header cells that only this report has; two of them make a file a Teams report.
    static let signature = ["team_name", "team_id", "last_activity_date", "report_refresh_date", "channel_messages"]
}
