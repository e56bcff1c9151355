#!/usr/bin/env python3
"""Generator for the Mattermost bulk-export (JSONL) cases of the independent corpus.

Line types and fields follow Mattermost's "Bulk loading data format" docs and
server/channels/app/imports/import_types.go as summarised in shared/docs/export-formats.md
§9 (first line {"type":"version","version":1}; team, channel, user, post with nested
replies, direct_channel, direct_post; create_at in ms; users' team/channel roster),
cross-checked with mattermost/mattermost server/tests/bulk_insert_chunk_test.jsonl.
Content is original.

Counting rules:
  group chats  = `channel` lines (O and P), plus direct_channels with 3+ members (group
                 messages, like Slack mpims)
  one-to-one   = direct_channels with exactly 2 members
  records      = posts in group chats + each of their nested replies (direct_posts of a
                 group message included)
  humans       = distinct usernames of posts/replies in group chats whose `type` does not
                 start with "system_" and whose props carry neither from_bot nor from_webhook
  bots         = distinct usernames of posts with props.from_bot == "true" or
                 props.from_webhook == "true"
"""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common import case_dir, make_zip, summary_line, write_expected, write_text  # noqa: E402

TEAM = "northwind"


def line(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


class Clock:
    def __init__(self, start):
        self.t = start

    def ms(self, minutes=3):
        self.t += dt.timedelta(minutes=minutes, milliseconds=211)
        return int(self.t.timestamp() * 1000)


def user(username, first, last, position, channels, *, email=None, roles="system_user", nickname=""):
    return {"type": "user", "user": {
        "username": username, "email": email or f"{username}@northwind.example.com", "auth_service": "",
        "nickname": nickname, "first_name": first, "last_name": last, "position": position, "roles": roles,
        "locale": "en", "delete_at": 0,
        "teams": [{"name": TEAM, "roles": "team_user", "theme": "",
                   "channels": [{"name": c, "roles": "channel_user", "favorite": False,
                                 "notify_props": {"desktop": "default", "mobile": "default",
                                                  "mark_unread": "all"}} for c in channels]}],
        "notify_props": {"desktop": "mention", "desktop_sound": "true", "email": "true", "mobile": "mention",
                         "mobile_push_status": "away", "channel": "true", "comments": "never",
                         "mention_keys": ""}}}


def post(clock, channel, username, message, minutes=3, ptype="", props=None, replies=(), reactions=(),
         pinned=False):
    p = {"team": TEAM, "channel": channel, "user": username, "type": ptype, "message": message,
         "props": props or {}, "create_at": clock.ms(minutes), "edit_at": 0, "flagged_by": None,
         "reactions": [{"user": u, "emoji_name": e, "create_at": clock.ms(0)} for u, e in reactions] or None,
         "replies": None, "attachments": None, "is_pinned": pinned}
    if replies:
        p["replies"] = []
        for ru, rmsg in replies:
            p["replies"].append({"user": ru, "type": "", "message": rmsg, "create_at": clock.ms(4), "edit_at": 0,
                                 "flagged_by": None, "reactions": None, "attachments": None, "is_pinned": False})
    return {"type": "post", "post": p}


def direct_channel(members, header=""):
    return {"type": "direct_channel", "direct_channel": {"members": list(members), "favorited_by": None,
                                                         "header": header}}


def direct_post(clock, members, username, message, minutes=3):
    return {"type": "direct_post", "direct_post": {
        "channel_members": list(members), "user": username, "type": "", "message": message, "props": {},
        "create_at": clock.ms(minutes), "edit_at": 0, "flagged_by": None, "reactions": None, "replies": None,
        "attachments": None, "is_pinned": False}}


def build(start, *, with_gm=False, attachments=False):
    c = Clock(start)
    out = [
        {"type": "version", "version": 1,
         "info": {"generator": "mattermost-server", "version": "9.5.2 (7f4f2a9, enterprise: false)",
                  "created": "2024-03-15T10:00:00.000Z"}},
        {"type": "team", "team": {"name": TEAM, "display_name": "Northwind Labs", "type": "I",
                                  "description": "Northwind engineering and product", "allow_open_invite": False,
                                  "scheme": None}},
        {"type": "channel", "channel": {"team": TEAM, "name": "town-square", "display_name": "Town Square",
                                        "type": "O", "header": "Stand-ups at 09:30 \u00b7 lunch plans welcome",
                                        "purpose": "", "scheme": None}},
        {"type": "channel", "channel": {"team": TEAM, "name": "deploys", "display_name": "Deploys", "type": "O",
                                        "header": "", "purpose": "Automated deploy and ticket notices",
                                        "scheme": None}},
        {"type": "channel", "channel": {"team": TEAM, "name": "leadership", "display_name": "Leadership",
                                        "type": "P", "header": "", "purpose": "Budget and hiring",
                                        "scheme": None}},
        user("alice", "Alice", "Moreno", "Engineering Manager", ["town-square", "deploys", "leadership"],
             roles="system_admin system_user"),
        user("bob", "Bob", "Okafor", "Backend Engineer", ["town-square", "deploys"]),
        user("carol", "Carol", "Chen", "Product Designer", ["town-square", "leadership"]),
        user("dave", "Dave", "Patel", "SRE", ["town-square", "deploys"]),
        user("erin", "Erin", "Walsh", "Recruiter", ["town-square"]),
        user("frank", "Frank", "Ito", "Intern", ["town-square"]),
        user("jira", "Jira", "", "", ["deploys"], email="jira@bots.northwind.example.com"),
        user("ci-service", "CI", "Service", "Service account", ["deploys"], email="ci@northwind.example.com"),
    ]
    posts = [
        post(c, "town-square", "alice", "Morning all! Stand-up in 5 minutes", minutes=0),
        post(c, "town-square", "bob", "here"),
        post(c, "town-square", "carol", "present :raised_hand:"),
        post(c, "town-square", "dave", "here"),
        post(c, "town-square", "frank", "frank joined the channel.", ptype="system_join_channel",
             props={"username": "frank"}, minutes=7),
        post(c, "town-square", "alice",
             "Yesterday: billing export\nToday: code review for the sync service\nBlockers: none",
             replies=[("bob", "nice, ping me for the review"), ("dave", "I can pair on it after lunch")]),
        post(c, "town-square", "carol", "Who's in for lunch? Thinking tacos at 12:30", minutes=120,
             reactions=[("alice", "taco"), ("bob", "+1")]),
        post(c, "deploys", "ci-service", "Deploy **api v2.14.0** to production finished :white_check_mark:",
             props={"from_webhook": "true", "override_username": "Deploy Notifier",
                    "override_icon_url": "https://ci.example.com/icon.png"}, minutes=180),
        post(c, "deploys", "jira", "", props={"from_bot": "true", "attachments": [{
            "fallback": "NW-482 moved to Done", "color": "#2684FF", "pretext": "",
            "title": "NW-482 Cache warm-up on deploy", "title_link": "https://jira.example.com/browse/NW-482",
            "text": "Status: In Review \u2192 Done", "fields": None}]}, minutes=5),
        post(c, "deploys", "bob", "Smoke tests are green", minutes=4,
             replies=[("alice", "thanks Bob :pray:")]),
        post(c, "deploys", "jira", "NW-483 created: Flaky checkout test", props={"from_bot": "true"}, minutes=60),
        post(c, "deploys", "dave", "p99 latency is back to normal after the deploy", minutes=30, pinned=True),
        post(c, "leadership", "alice", "Q2 budget draft is in the shared drive, comments by Thursday please",
             minutes=300),
        post(c, "leadership", "carol", "Thanks, I'll review it tonight"),
        post(c, "town-square", "alice", "Reminder: timesheets are due Friday", minutes=900),
    ]
    out += posts
    out.append(direct_channel(["alice", "erin"]))
    dposts = [
        direct_post(c, ["alice", "erin"], "erin", "Hi Alice, quick question about the onboarding laptop", minutes=20),
        direct_post(c, ["alice", "erin"], "alice", "IT will drop it off tomorrow morning"),
    ]
    out += dposts
    gm_posts = []
    if with_gm:
        gm = ["alice", "bob", "carol"]
        out.append(direct_channel(gm))
        gm_posts = [
            direct_post(c, gm, "alice", "Offsite planning: can we lock the date this week?", minutes=10),
            direct_post(c, gm, "bob", "Any day but Tuesday"),
            direct_post(c, gm, "carol", "Thursday works for me"),
        ]
        out += gm_posts
    if attachments:
        posts[11]["post"]["attachments"] = [{"path": "data/latency-p99.png"}]
    return out


def counts(lines_):
    groups = sum(1 for x in lines_ if x["type"] == "channel")
    one = 0
    records, humans, bots = 0, set(), set()

    def visit(p, members_ok=True):
        nonlocal records
        records += 1
        props = p.get("props") or {}
        if props.get("from_bot") == "true" or props.get("from_webhook") == "true":
            bots.add(p["user"])
        elif not (p.get("type") or "").startswith("system_"):
            humans.add(p["user"])
        for r in p.get("replies") or []:
            visit(r)

    for x in lines_:
        if x["type"] == "direct_channel":
            if len(x["direct_channel"]["members"]) == 2:
                one += 1
            else:
                groups += 1
        elif x["type"] == "post":
            visit(x["post"])
        elif x["type"] == "direct_post" and len(x["direct_post"]["channel_members"]) > 2:
            visit(x["direct_post"])
    return dict(group_chats=groups, one_to_one_chats=one, group_message_records=records,
                human_senders=len(humans), bot_senders=len(bots))


def jsonl(lines_):
    return "\n".join(line(x) for x in lines_) + "\n"


RESULTS = []

BASE_NOTES = ("Bulk-export JSONL: version line first, one team, channels town-square (O), deploys (O), leadership "
              "(P), users with their team/channel roster, posts with create_at in ms, nested replies (each reply "
              "counts as a record), reactions, a system_join_channel post by frank (who never writes), posts with "
              "props.from_bot \"true\" (user jira) and props.from_webhook \"true\" (service account ci-service "
              "with override_username), one direct_channel with 2 members + direct_posts (a one-to-one, not "
              "counted; erin writes only there). Mattermost 'Bulk loading data format' and import_types.go via "
              "shared/docs/export-formats.md §9; mattermost/mattermost server/tests/bulk_insert_chunk_test.jsonl.")


def main():
    start = dt.datetime(2024, 3, 12, 8, 30, tzinfo=dt.timezone.utc)

    ls = build(start)
    d = case_dir("mattermost-bulk-jsonl", "mattermost")
    write_text(os.path.join(d, "bulk-export.jsonl"), jsonl(ls))
    RESULTS.append(("mattermost-bulk-jsonl",
                    write_expected(d, "mattermost", "bulk-export.jsonl", notes=BASE_NOTES, **counts(ls))))

    ls = build(start, attachments=True)
    d = case_dir("mattermost-export-zip", "mattermost")
    png = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                        "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
    zip_name = "9h4k2m7qxbfy3c8w1rzt6n5pde_export.zip"
    make_zip(os.path.join(d, zip_name), [("import.jsonl", jsonl(ls).encode("utf-8")),
                                         ("data/latency-p99.png", png)])
    RESULTS.append(("mattermost-export-zip", write_expected(
        d, "mattermost", zip_name, notes=BASE_NOTES + " Delivered as the zip `mmctl export create` produces "
        "(import.jsonl + data/ attachments; one post references data/latency-p99.png).", **counts(ls))))

    ls = build(start, with_gm=True)
    d = case_dir("mattermost-group-message", "mattermost")
    write_text(os.path.join(d, "bulk-export.jsonl"), jsonl(ls))
    RESULTS.append(("mattermost-group-message", write_expected(
        d, "mattermost", "bulk-export.jsonl", notes=BASE_NOTES + " Plus a direct_channel with THREE members "
        "(a Mattermost group message, like a Slack mpim) and its 3 direct_posts: counted as a group chat. "
        "Judgement call documented here (§9: 'members … 2 = DM, more = group message').", **counts(ls))))

    ls = build(start)
    text = jsonl(ls).split("\n")
    bad = 9
    text[bad - 1] = text[bad - 1][:-40]  # truncate a user line mid-object
    d = case_dir("mattermost-error-bad-line", "mattermost")
    write_text(os.path.join(d, "bulk-export.jsonl"), "\n".join(text))
    RESULTS.append(("mattermost-error-bad-line", write_expected(
        d, "mattermost", "bulk-export.jsonl", outcome="error", error_line=bad,
        notes="The bulk-export of mattermost-bulk-jsonl with line 9 (a user line) cut off mid-object, so it is not "
              "valid JSON. Must be refused, pointing at line 9.")))

    ls = build(start)[1:]
    d = case_dir("mattermost-error-no-version", "mattermost")
    write_text(os.path.join(d, "bulk-export.jsonl"), jsonl(ls))
    RESULTS.append(("mattermost-error-no-version", write_expected(
        d, "mattermost", "bulk-export.jsonl", outcome="error", error_line=1,
        notes="Bulk-export whose first line is the team line: the format requires {\"type\":\"version\",…} as the "
              "first line (docs 'Bulk loading data format'; shared/docs/export-formats.md §9). Must be refused at "
              "line 1.")))

    for name, exp in RESULTS:
        print(summary_line(name, exp))


if __name__ == "__main__":
    main()
