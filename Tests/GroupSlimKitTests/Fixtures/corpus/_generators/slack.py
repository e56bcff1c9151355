#!/usr/bin/env python3
"""Generator for the Slack cases of the independent corpus.

Layout and fields follow Slack's help article "How to read Slack data exports" as
summarised in shared/docs/export-formats.md §1, rusq/slackdump's fixture export
(channels/groups/mpims/dms/users.json, `members`, mpim naming) and hfaran/
slack-export-viewer's 2016 testarchive (string `created`, `\\/` escaping, single `file`
object, `bot_message` with `username`).  Content is original.

Counting rules (computed from the model below):
  group chats      = channels.json + groups.json + mpims.json entries
  one-to-one       = dms.json entries
  records          = every message object in the day files of group chats
  human senders    = distinct `user` ids of messages that are not system subtypes
                     (channel_join/leave/topic/purpose/name/archive, bot_add/remove…),
                     carry no `bot_id`, are not subtype bot_message and whose user is
                     not `is_bot` in users.json
  bot senders      = distinct bot identities: bot user id when the bot is a users.json
                     `is_bot` user (its messages also carry that user's profile.bot_id),
                     else the message's `bot_id`
"""
import datetime as dt
import json
import os
import sys
import zoneinfo

sys.path.insert(0, os.path.dirname(__file__))
from common import case_dir, make_zip, summary_line, write_expected, write_text  # noqa: E402

LA = zoneinfo.ZoneInfo("America/Los_Angeles")
TEAM = "T01NWLABS"
SYSTEM_SUBTYPES = {"channel_join", "channel_leave", "channel_topic", "channel_purpose",
                   "channel_name", "channel_archive", "channel_unarchive", "group_join",
                   "group_leave", "group_topic", "group_purpose", "group_name", "bot_add",
                   "bot_remove", "pinned_item", "unpinned_item"}


def user(uid, name, real, *, deleted=False, is_bot=False, bot_id=None, title="", tz="America/Los_Angeles"):
    tzinfo = {"America/Los_Angeles": ("Pacific Daylight Time", -25200),
              "Europe/London": ("Greenwich Mean Time", 0),
              "America/New_York": ("Eastern Daylight Time", -14400)}[tz]
    u = {
        "id": uid, "team_id": TEAM, "name": name, "deleted": deleted, "color": "9f69e7",
        "real_name": real, "tz": tz, "tz_label": tzinfo[0], "tz_offset": tzinfo[1],
        "profile": {"title": title, "phone": "", "skype": "", "real_name": real,
                    "real_name_normalized": real, "display_name": "" if is_bot else name,
                    "display_name_normalized": "" if is_bot else name, "status_text": "",
                    "status_emoji": "", "avatar_hash": "g" + uid[-6:].lower(),
                    "image_72": "https://secure.gravatar.com/avatar/" + uid.lower() + ".jpg?s=72",
                    "team": TEAM},
        "is_admin": uid.endswith("ALICE"), "is_owner": uid.endswith("ALICE"),
        "is_primary_owner": uid.endswith("ALICE"), "is_restricted": False,
        "is_ultra_restricted": False, "is_bot": is_bot, "is_app_user": False,
        "updated": 1710100000,
    }
    if bot_id:
        u["profile"]["bot_id"] = bot_id
        u["profile"]["always_active"] = True
    if deleted:
        u["profile"]["display_name"] = name
    return u


USERS = [
    user("USLACKBOT", "slackbot", "Slackbot"),
    user("U01ALICE", "alice", "Alice Moreno", title="Engineering Manager"),
    user("U01BOB", "bob", "Bob Okafor", title="Backend Engineer"),
    user("U01CAROL", "carol", "Carol Chen", title="Product Designer", tz="Europe/London"),
    user("U01DAVE", "dave", "Dave Patel", title="SRE", tz="America/New_York"),
    user("U01ERIN", "erin", "Erin Walsh", title="Recruiter"),
    user("U01FRANK", "frank", "Frank Ito", title="Intern"),
    user("U01GRACE", "grace", "Grace Lin", deleted=True, title="QA Engineer"),
    user("U01STANDBOT", "standupbot", "Standup Bot", is_bot=True, bot_id="B01STANDUP"),
]
IS_BOT_USER = {u["id"]: u.get("profile", {}).get("bot_id") for u in USERS if u["is_bot"]}


class Clock:
    def __init__(self, start):
        self.t = start
        self.seq = 0

    def ts(self, minutes=3):
        self.t += dt.timedelta(minutes=minutes)
        self.seq += 1
        return "%d.%06d" % (int(self.t.timestamp()), 100 + self.seq)


def msg(clock, uid, text, minutes=3, **extra):
    m = {"client_msg_id": "6f1c%04x-7d2e-4f0a-9b1c-2a3b4c5d%04x" % (clock.seq + 1, clock.seq + 1),
         "type": "message", "text": text, "user": uid, "ts": clock.ts(minutes), "team": TEAM,
         "user_team": TEAM, "source_team": TEAM}
    m.update(extra)
    return m


def join(clock, uid, minutes=1, inviter=None, subtype="channel_join"):
    m = {"type": "message", "subtype": subtype, "ts": clock.ts(minutes), "user": uid,
         "text": "<@%s> has joined the channel" % uid}
    if inviter:
        m["inviter"] = inviter
    return m


def conv(cid, name, created, creator, members, topic="", purpose="", **extra):
    c = {"id": cid, "name": name, "created": created, "creator": creator, "is_archived": False,
         "is_general": False, "members": members,
         "topic": {"value": topic, "creator": creator if topic else "", "last_set": created if topic else 0},
         "purpose": {"value": purpose, "creator": creator if purpose else "", "last_set": created if purpose else 0}}
    c.update(extra)
    return c


def day_files(messages):
    by_day = {}
    for m in messages:
        d = dt.datetime.fromtimestamp(float(m["ts"]), tz=dt.timezone.utc).astimezone(LA).date().isoformat()
        by_day.setdefault(d, []).append(m)
    return by_day


def dumps(obj, escape_slashes=False, ensure_ascii=False):
    s = json.dumps(obj, indent=4, ensure_ascii=ensure_ascii)
    if escape_slashes:
        s = s.replace("/", "\\/")
    return s + "\n" if not escape_slashes else s


def classify(messages):
    """Return (humans, bots) sets for one conversation's messages."""
    humans, bots = set(), set()
    for m in messages:
        st = m.get("subtype")
        if st in SYSTEM_SUBTYPES:
            continue
        uid = m.get("user")
        if uid in IS_BOT_USER:
            bots.add(uid)
        elif m.get("bot_id") or st == "bot_message":
            bots.add(m.get("bot_id") or m.get("username"))
        elif uid:
            humans.add(uid)
    return humans, bots


# ----------------------------------------------------------------------------- model
def build_workspace():
    start = dt.datetime(2024, 3, 11, 16, 0, tzinfo=dt.timezone.utc)  # 09:00 PDT
    created = int(start.timestamp()) - 86400 * 30

    # --- #general
    c = Clock(start)
    general = [
        join(c, "U01ALICE"),
        join(c, "U01BOB", inviter="U01ALICE"),
        join(c, "U01CAROL", inviter="U01ALICE"),
        join(c, "U01DAVE", inviter="U01ALICE"),
        join(c, "U01FRANK", inviter="U01ALICE"),
        {"type": "message", "subtype": "channel_topic", "ts": c.ts(2), "user": "U01ALICE",
         "text": "<@U01ALICE> set the channel topic: Company-wide announcements and lunch plans",
         "topic": "Company-wide announcements and lunch plans"},
        msg(c, "U01ALICE", "Welcome to the Northwind Labs workspace :wave: please post daily updates in <#C01STANDUP|standup>"),
        msg(c, "U01BOB", "here"),
        msg(c, "U01CAROL", "present :raised_hand:"),
        msg(c, "U01DAVE", "<!here> lunch today? Thinking tacos at 12:30",
            reactions=[{"name": "taco", "users": ["U01BOB", "U01CAROL"], "count": 2}], minutes=140),
        msg(c, "U01GRACE", "I'll bring a cake on Friday for Bob's work anniversary :cake:", minutes=7),
        msg(c, "U01BOB", "is out of office Monday, back Tuesday", subtype="me_message", minutes=300),
        msg(c, "U01ALICE", "Reminder: timesheets are due Friday &amp; expenses by the 25th", minutes=900),
        msg(c, "U01CAROL", "Fire drill at 11:00, meet at the car park", minutes=60),
    ]

    # --- #engineering
    c = Clock(start + dt.timedelta(minutes=20))
    engineering = [
        join(c, "U01ALICE"),
        join(c, "U01BOB", inviter="U01ALICE"),
        join(c, "U01DAVE", inviter="U01ALICE"),
        join(c, "U01GRACE", inviter="U01ALICE"),
    ]
    parent = msg(c, "U01ALICE", "Can someone review <https://github.com/northwind/api/pull/482|PR 482>? Small one, I promise",
                 minutes=30)
    parent_ts = parent["ts"]
    r1 = msg(c, "U01BOB", "On it", thread_ts=parent_ts, parent_user_id="U01ALICE")
    r2 = msg(c, "U01DAVE", "LGTM :shipit: one nit about the log level", thread_ts=parent_ts,
             parent_user_id="U01ALICE", minutes=12)
    parent.update({"thread_ts": parent_ts, "reply_count": 2, "reply_users_count": 2,
                   "latest_reply": r2["ts"], "reply_users": ["U01BOB", "U01DAVE"],
                   "replies": [{"user": "U01BOB", "ts": r1["ts"]}, {"user": "U01DAVE", "ts": r2["ts"]}],
                   "is_locked": False, "subscribed": False})
    engineering += [parent, r1, r2]
    engineering += [
        msg(c, "U01GRACE", "I'll take the flaky checkout test ticket", minutes=45),
        msg(c, "U01BOB", "Latency graph from last night's load test", subtype="file_share", minutes=200,
            files=[{"id": "F01LATENCY", "created": int(c.t.timestamp()), "timestamp": int(c.t.timestamp()),
                    "name": "latency-p99.png", "title": "latency-p99.png", "mimetype": "image/png",
                    "filetype": "png", "user": "U01BOB", "size": 48213, "mode": "hosted",
                    "url_private": "https://files.slack.com/files-pri/T01NWLABS-F01LATENCY/latency-p99.png"}],
            upload=True),
        msg(c, "U01DAVE", "p99 looks fine after the cache change", minutes=20,
            edited={"user": "U01DAVE", "ts": "%d.000000" % (int(c.t.timestamp()) + 60)}),
        msg(c, "U01ALICE", "Retro notes: https://wiki.example.com/retro/sprint-14", minutes=1200),
    ]

    # --- #deploys (incoming webhook, no user)
    c = Clock(start + dt.timedelta(minutes=300))
    deploys = [
        join(c, "U01ALICE"),
        join(c, "U01BOB", inviter="U01ALICE"),
        {"type": "message", "subtype": "bot_message", "text": "Deploy *api* v2.14.0 to production started by bob",
         "ts": c.ts(60), "username": "deploy-notifier", "bot_id": "B01DEPLOY",
         "icons": {"emoji": ":rocket:"}},
        {"type": "message", "subtype": "bot_message", "text": "",
         "ts": c.ts(11), "username": "deploy-notifier", "bot_id": "B01DEPLOY",
         "attachments": [{"fallback": "Deploy api v2.14.0 finished", "color": "36a64f",
                          "title": "api v2.14.0 finished :white_check_mark:",
                          "text": "Duration 10m 42s, 0 errors", "id": 1}]},
        msg(c, "U01BOB", "smoke tests green :white_check_mark:", minutes=4),
        msg(c, "U01ALICE", "thanks Bob :pray:", minutes=2),
    ]

    # --- #standup (a bot *user* with is_bot=true)
    c = Clock(start + dt.timedelta(minutes=1440))
    standup = [
        join(c, "U01ALICE"),
        join(c, "U01CAROL", inviter="U01ALICE"),
        join(c, "U01DAVE", inviter="U01ALICE"),
        join(c, "U01STANDBOT", inviter="U01ALICE"),
    ]
    prompt = {"type": "message", "subtype": "bot_message", "text": "It's stand-up time! Reply in thread: yesterday / today / blockers",
              "ts": c.ts(30), "user": "U01STANDBOT", "bot_id": "B01STANDUP", "username": "Standup Bot"}
    standup.append(prompt)
    standup += [
        msg(c, "U01ALICE", "Y: billing export\nT: code review for the sync service\nB: none",
            thread_ts=prompt["ts"], parent_user_id="U01STANDBOT"),
        msg(c, "U01CAROL", "Y: onboarding docs\nT: two interviews\nB: waiting on a laptop",
            thread_ts=prompt["ts"], parent_user_id="U01STANDBOT"),
        msg(c, "U01DAVE", "here, no blockers", minutes=9),
    ]
    prompt.update({"thread_ts": prompt["ts"], "reply_count": 2, "reply_users_count": 2,
                   "reply_users": ["U01ALICE", "U01CAROL"],
                   "replies": [{"user": "U01ALICE", "ts": standup[-3]["ts"]},
                               {"user": "U01CAROL", "ts": standup[-2]["ts"]}]})
    standup.append({"type": "message", "text": "Stand-up summary: 3 of 4 people answered",
                    "ts": c.ts(120), "user": "U01STANDBOT", "bot_id": "B01STANDUP", "team": TEAM,
                    "bot_profile": {"id": "B01STANDUP", "deleted": False, "name": "Standup Bot",
                                    "updated": 1710000000, "app_id": "A01STANDUP",
                                    "icons": {"image_48": "https://a.slack-edge.com/standup_48.png"},
                                    "team_id": TEAM}})

    # --- private channel
    c = Clock(start + dt.timedelta(minutes=600))
    leadership = [
        msg(c, "U01ALICE", "Q2 budget draft is in the shared drive, comments by Thursday please"),
        msg(c, "U01CAROL", "Thanks, I'll review it tonight", minutes=25),
        msg(c, "U01ALICE", "Headcount plan: two backend hires, one designer", minutes=1500),
    ]

    # --- mpim
    c = Clock(start + dt.timedelta(minutes=700))
    mpim = [
        msg(c, "U01ALICE", "Offsite planning: can we lock the date this week?"),
        msg(c, "U01BOB", "Any day but Tuesday"),
        msg(c, "U01CAROL", "Thursday works for me :+1:"),
        msg(c, "U01ALICE", "Thursday it is, I'll book the room"),
    ]

    # --- DM (one-to-one, not counted)
    c = Clock(start + dt.timedelta(minutes=800))
    dm = [
        msg(c, "U01ERIN", "Hi Alice, quick question about the onboarding laptop for the new hire"),
        msg(c, "U01ALICE", "IT will drop it off tomorrow morning"),
        msg(c, "U01ERIN", "Perfect, thanks!"),
    ]

    all_ids = [u["id"] for u in USERS if u["id"] != "USLACKBOT" and not u["deleted"]]
    channels = [
        conv("C01GENERAL", "general", created, "U01ALICE", all_ids, topic="Company-wide announcements and lunch plans",
             purpose="This channel is for workspace-wide communication and announcements.", is_general=True,
             pins=[]),
        conv("C01ENGINEER", "engineering", created + 60, "U01ALICE", ["U01ALICE", "U01BOB", "U01DAVE"],
             purpose="Code reviews, incidents, architecture"),
        conv("C01DEPLOYS", "deploys", created + 120, "U01ALICE", ["U01ALICE", "U01BOB"],
             purpose="Automated deploy notices"),
        conv("C01STANDUP", "standup", created + 180, "U01ALICE",
             ["U01ALICE", "U01CAROL", "U01DAVE", "U01STANDBOT"], purpose="Daily async stand-up"),
    ]
    groups = [conv("G01LEADERS", "leadership", created + 240, "U01ALICE", ["U01ALICE", "U01CAROL"],
                   purpose="Private: budget and hiring")]
    mpims = [conv("G01MPIM001", "mpdm-alice--bob--carol-1", created + 300, "U01ALICE",
                  ["U01ALICE", "U01BOB", "U01CAROL"], purpose="Group messaging with: @alice @bob @carol")]
    for m in mpims:
        m["purpose"]["value"] = "Group messaging with: @alice @bob @carol"
    dms = [{"id": "D01ALERIN", "created": created + 360, "members": ["U01ALICE", "U01ERIN"]}]

    folders = {"general": general, "engineering": engineering, "deploys": deploys, "standup": standup,
               "leadership": leadership, "mpdm-alice--bob--carol-1": mpim, "D01ALERIN": dm}
    integration_logs = [
        {"service_id": "B01DEPLOY", "service_type": "Incoming WebHooks", "user_id": "U01ALICE",
         "user_name": "alice", "channel": "deploys", "date": str(created + 400), "change_type": "added",
         "scope": "incoming-webhook"},
        {"app_id": "A01STANDUP", "app_type": "Standup Bot", "user_id": "U01ALICE", "user_name": "alice",
         "date": str(created + 500), "change_type": "added", "scope": "chat:write,channels:history"},
    ]
    return channels, groups, mpims, dms, folders, integration_logs


def workspace_files(channels, groups, mpims, dms, folders, integration_logs, *, users=USERS):
    files = {"channels.json": dumps(channels), "users.json": dumps(users),
             "integration_logs.json": dumps(integration_logs)}
    if groups is not None:
        files["groups.json"] = dumps(groups)
    if mpims is not None:
        files["mpims.json"] = dumps(mpims)
    if dms is not None:
        files["dms.json"] = dumps(dms)
    for folder, messages in folders.items():
        for day, ms in day_files(messages).items():
            files[f"{folder}/{day}.json"] = dumps(ms)
    return files


def expected_counts(channels, groups, mpims, dms, folders):
    group_convs = list(channels) + list(groups or []) + list(mpims or [])
    records, humans, bots = 0, set(), set()
    for cv in group_convs:
        ms = folders.get(cv["name"]) or folders.get(cv["id"]) or []
        records += len(ms)
        h, b = classify(ms)
        humans |= h
        bots |= b
    return dict(group_chats=len(group_convs), one_to_one_chats=len(dms or []),
                group_message_records=records, human_senders=len(humans), bot_senders=len(bots))


RESULTS = []


def emit_folder(name, files, counts, notes, folder="export"):
    d = case_dir(name, "slack")
    for rel, text in sorted(files.items()):
        write_text(os.path.join(d, folder, rel), text)
    exp = write_expected(d, "slack", folder, notes=notes, **counts)
    RESULTS.append((name, exp))


def emit_zip(name, zip_name, files, counts, notes):
    d = case_dir(name, "slack")
    make_zip(os.path.join(d, zip_name), [(rel, files[rel].encode("utf-8")) for rel in sorted(files)])
    exp = write_expected(d, "slack", zip_name, notes=notes, **counts)
    RESULTS.append((name, exp))


FULL_NOTES = ("Full workspace export ('All channels and conversations'): channels.json (4 public), groups.json "
              "(1 private), mpims.json (1 group DM, folder named mpdm-alice--bob--carol-1), dms.json (1 DM, folder "
              "named by its id D01ALERIN), users.json with a deleted human (grace, still counted: she posted) and an "
              "is_bot user (U01STANDBOT, profile.bot_id B01STANDUP) whose posts carry user+bot_id (one with subtype "
              "bot_message, one modern without subtype but with bot_profile), an incoming webhook (bot_id B01DEPLOY, "
              "subtype bot_message, no user), channel_join (+inviter) and channel_topic events, a me_message, a "
              "file_share, thread parents and replies (each reply is its own record). Frank only joins; Erin only "
              "writes in the DM. Day files named by America/Los_Angeles date. Shapes: Slack help 'How to read Slack "
              "data exports' via shared/docs/export-formats.md §1, rusq/slackdump internal/fixtures/assets/export/*.json.")


def main():
    channels, groups, mpims, dms, folders, logs = build_workspace()
    files = workspace_files(channels, groups, mpims, dms, folders, logs)
    counts = expected_counts(channels, groups, mpims, dms, folders)
    emit_folder("slack-workspace-export", files, counts, FULL_NOTES + " Passed as the unpacked folder 'export'.")
    emit_zip("slack-workspace-zip", "Northwind Labs Slack export Mar 11 2024 - Mar 13 2024.zip", files, counts,
             FULL_NOTES + " Same export as slack-workspace-export, as the .zip Slack delivers (files at the zip root).")

    # Free-plan style export: public channels only, no groups/mpims/dms files.
    pub = channels[:3]
    pub_folders = {k: folders[k] for k in ("general", "engineering", "deploys")}
    files = workspace_files(pub, None, None, None, pub_folders, logs[:1])
    counts = expected_counts(pub, None, None, None, pub_folders)
    emit_folder("slack-public-only", files, counts,
                "Public-channels-only export (what non-admin / free-plan exports contain): channels.json, users.json, "
                "integration_logs.json and channel folders; no groups.json, mpims.json or dms.json. Webhook bot "
                "B01DEPLOY posts in #deploys. Slack help article 220556107 via shared/docs/export-formats.md §1.",
                folder="Northwind Labs Slack export")

    emit_legacy()
    emit_empty_channel(channels, groups, mpims, dms, folders, logs)
    for name, exp in RESULTS:
        print(summary_line(name, exp))


def emit_legacy():
    """A 2016-style archive: string `created`/`last_set`, `\\/` escaping, ASCII-escaped JSON,
    single `file` object + `upload`, bot_add system message, bot_message with attachments
    and only `username` + `bot_id`, no client_msg_id/team fields."""
    base = dt.datetime(2016, 1, 15, 17, 0, tzinfo=dt.timezone.utc)
    created = int(base.timestamp()) - 86400 * 10
    users = [
        {"id": "U0J1ALPHA", "team_id": "T0J1TEAM", "name": "jmartin", "deleted": False, "status": None,
         "color": "9f69e7", "real_name": "Julia Martin", "tz": "America/Los_Angeles",
         "tz_label": "Pacific Standard Time", "tz_offset": -28800,
         "profile": {"first_name": "Julia", "last_name": "Martin", "real_name": "Julia Martin",
                     "real_name_normalized": "Julia Martin", "email": "julia@example.com",
                     "image_72": "https://avatars.slack-edge.com/2016-01-05/u0j1alpha_72.jpg"},
         "is_admin": True, "is_owner": True, "is_primary_owner": True, "is_restricted": False,
         "is_ultra_restricted": False, "is_bot": False},
        {"id": "U0J1BRAVO", "team_id": "T0J1TEAM", "name": "kbaker", "deleted": False, "status": None,
         "color": "4bbe2e", "real_name": "Kevin Baker", "tz": "America/Los_Angeles",
         "tz_label": "Pacific Standard Time", "tz_offset": -28800,
         "profile": {"first_name": "Kevin", "last_name": "Baker", "real_name": "Kevin Baker",
                     "real_name_normalized": "Kevin Baker",
                     "image_72": "https://avatars.slack-edge.com/2016-01-05/u0j1bravo_72.jpg"},
         "is_admin": False, "is_owner": False, "is_primary_owner": False, "is_restricted": False,
         "is_ultra_restricted": False, "is_bot": False},
        {"id": "U0J1CHARL", "team_id": "T0J1TEAM", "name": "lnguyen", "deleted": False, "status": None,
         "color": "e7392d", "real_name": "Linh Nguyen", "tz": "America/Los_Angeles",
         "tz_label": "Pacific Standard Time", "tz_offset": -28800,
         "profile": {"first_name": "Linh", "last_name": "Nguyen", "real_name": "Linh Nguyen",
                     "real_name_normalized": "Linh Nguyen",
                     "image_72": "https://avatars.slack-edge.com/2016-01-05/u0j1charl_72.jpg"},
         "is_admin": False, "is_owner": False, "is_primary_owner": False, "is_restricted": False,
         "is_ultra_restricted": False, "is_bot": False},
    ]
    c = Clock(base)
    general = [
        {"type": "message", "subtype": "channel_join", "user": "U0J1ALPHA",
         "text": "<@U0J1ALPHA|jmartin> has joined the channel", "ts": c.ts(1)},
        {"type": "message", "subtype": "channel_join", "user": "U0J1BRAVO", "inviter": "U0J1ALPHA",
         "text": "<@U0J1BRAVO|kbaker> has joined the channel", "ts": c.ts(1)},
        {"type": "message", "subtype": "channel_join", "user": "U0J1CHARL", "inviter": "U0J1ALPHA",
         "text": "<@U0J1CHARL|lnguyen> has joined the channel", "ts": c.ts(1)},
        {"type": "message", "user": "U0J1ALPHA", "text": "Morning all, stand-up at 9:30 in the big room", "ts": c.ts(5)},
        {"type": "message", "user": "U0J1BRAVO", "text": "here", "ts": c.ts(2)},
        {"type": "message", "user": "U0J1CHARL", "text": "present", "ts": c.ts(1),
         "reactions": [{"name": "+1", "users": ["U0J1ALPHA"], "count": 1}]},
        {"type": "message", "user": "U0J1BRAVO", "text": "Lunch order for the team: <https://example.com/menu|menu here>", "ts": c.ts(150)},
    ]
    c = Clock(base + dt.timedelta(minutes=60))
    ops = [
        {"type": "message", "subtype": "channel_join", "user": "U0J1ALPHA",
         "text": "<@U0J1ALPHA|jmartin> has joined the channel", "ts": c.ts(1)},
        {"type": "message", "subtype": "channel_join", "user": "U0J1BRAVO", "inviter": "U0J1ALPHA",
         "text": "<@U0J1BRAVO|kbaker> has joined the channel", "ts": c.ts(1)},
        {"type": "message", "subtype": "bot_add", "user": "U0J1ALPHA", "bot_id": "B0J1JENKS",
         "bot_link": "<https://northwind.slack.com/services/B0J1JENKS|jenkins>",
         "text": "added an integration to this channel: <https://northwind.slack.com/services/B0J1JENKS|jenkins>",
         "ts": c.ts(3)},
        {"type": "message", "subtype": "bot_message", "username": "jenkins", "bot_id": "B0J1JENKS",
         "icons": {"image_48": "https://slack.global.ssl.fastly.net/jenkins_48.png"}, "text": "",
         "attachments": [{"fallback": "build #412 SUCCESS", "color": "good",
                          "text": "api-master - #412 Success after 4 min 2 sec (<https://ci.example.com/job/api/412/|Open>)",
                          "id": 1}], "ts": c.ts(40)},
        {"type": "message", "subtype": "bot_message", "username": "jenkins", "bot_id": "B0J1JENKS", "text": "",
         "attachments": [{"fallback": "build #413 FAILURE", "color": "danger",
                          "text": "api-master - #413 Failure after 2 min 9 sec (<https://ci.example.com/job/api/413/|Open>)",
                          "id": 1}], "ts": c.ts(90)},
        {"type": "message", "user": "U0J1ALPHA", "text": "looking at #413 now", "ts": c.ts(3)},
        {"type": "message", "subtype": "file_share", "upload": True, "user": "U0J1BRAVO",
         "text": "<@U0J1BRAVO|kbaker> uploaded a file: <https://northwind.slack.com/files/kbaker/F0J1LOGS/build-413.log|build-413.log>",
         "file": {"id": "F0J1LOGS", "created": int(c.t.timestamp()), "timestamp": int(c.t.timestamp()),
                  "name": "build-413.log", "title": "build-413.log", "mimetype": "text/plain",
                  "filetype": "text", "user": "U0J1BRAVO", "size": 1832},
         "ts": c.ts(4)},
    ]
    channels = [
        {"id": "C0J1GENRL", "name": "general", "created": str(created), "creator": "U0J1ALPHA",
         "is_archived": False, "is_general": True, "members": ["U0J1ALPHA", "U0J1BRAVO", "U0J1CHARL"],
         "topic": {"value": "", "creator": "", "last_set": "0"},
         "purpose": {"value": "This channel is for team-wide communication and announcements.",
                     "creator": "", "last_set": "0"}},
        {"id": "C0J1OPSXX", "name": "ops", "created": str(created + 100), "creator": "U0J1ALPHA",
         "is_archived": False, "is_general": False, "members": ["U0J1ALPHA", "U0J1BRAVO"],
         "topic": {"value": "CI and on-call", "creator": "U0J1ALPHA", "last_set": str(created + 100)},
         "purpose": {"value": "", "creator": "", "last_set": "0"}},
    ]
    folders = {"general": general, "ops": ops}
    files = {"channels.json": dumps(channels, escape_slashes=True, ensure_ascii=True),
             "users.json": dumps(users, escape_slashes=True, ensure_ascii=True),
             "integration_logs.json": dumps([{"service_id": "B0J1JENKS", "service_type": "Jenkins CI",
                                              "user_id": "U0J1ALPHA", "user_name": "jmartin",
                                              "channel": "ops", "date": str(created + 200),
                                              "change_type": "added"}], escape_slashes=True, ensure_ascii=True)}
    for folder, ms in folders.items():
        for day, dms_ in day_files(ms).items():
            files[f"{folder}/{day}.json"] = dumps(dms_, escape_slashes=True, ensure_ascii=True)
    records = sum(len(v) for v in folders.values())
    humans, bots = set(), set()
    for ms in folders.values():
        h, b = classify(ms)
        humans |= h
        bots |= b
    counts = dict(group_chats=2, one_to_one_chats=0, group_message_records=records,
                  human_senders=len(humans), bot_senders=len(bots))
    d = case_dir("slack-legacy-2016", "slack")
    zip_name = "Northwind Slack export Jan 15 2016.zip"
    make_zip(os.path.join(d, zip_name), [(rel, files[rel].encode("utf-8")) for rel in sorted(files)])
    exp = write_expected(d, "slack", zip_name, notes=(
        "2016-era archive as in hfaran/slack-export-viewer tests/testarchive.zip: `created`/`last_set` as strings, "
        "'\\/' escaped slashes, no groups/mpims/dms files, `<@U…|name>` mentions, a bot_add system message by a "
        "human, Jenkins bot_message posts with only username+bot_id+attachments (no user, empty text), and a "
        "file_share with a single `file` object and `upload: true`. Linh posts once in #general."), **counts)
    RESULTS.append(("slack-legacy-2016", exp))


def emit_empty_channel(channels, groups, mpims, dms, folders, logs):
    """An archived public channel listed in channels.json that has no folder (no messages)."""
    ch = list(channels) + [dict(conv("C01OLDPROJ", "project-phoenix", channels[0]["created"] + 900, "U01ALICE",
                                     ["U01ALICE", "U01BOB"], purpose="Archived project channel"),
                                is_archived=True)]
    files = workspace_files(ch, groups, mpims, dms, folders, logs)
    counts = expected_counts(ch, groups, mpims, dms, folders)
    emit_folder("slack-empty-archived-channel", files, counts,
                "Same workspace as slack-workspace-export plus an archived public channel 'project-phoenix' in "
                "channels.json with no folder (a channel without messages in the export period has no day files). "
                "It still counts as a group chat of the export, with 0 records. Judgement call documented here.")


if __name__ == "__main__":
    main()
