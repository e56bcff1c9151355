#!/usr/bin/env python3
"""Generator for the DiscordChatExporter (Tyrrrz) cases of the independent corpus.

JSON shape from DiscordChatExporter.Core JsonMessageWriter.cs and CSV shape from
CsvMessageWriter.cs as summarised in shared/docs/export-formats.md §7, cross-checked with
mlomb/chat-analytics tests/samples/discord/{GC_3A_5M,DM_2A_2M}.json (group DM: guild id
"0", categoryId "0", category "Group"; 1:1 DM: category "Private", type DirectTextChat).
Content is original.

Counting rules:
  group chats  = files/channels whose channel.type is a guild channel kind or
                 DirectGroupTextChat (partitions of one channel id count once)
  one-to-one   = DirectTextChat channels
  records      = every object in `messages` of group channels (system kinds included)
  humans       = distinct author.id with isBot false on messages of type Default/Reply
                 (or an unknown numeric kind) in group channels
  bots         = distinct author.id with isBot true in group channels
CSV: records = data rows, humans = distinct AuthorID (no bot flag exists in CSV; the
CSV case has no bot rows).
"""
import csv
import datetime as dt
import io
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common import case_dir, summary_line, write_expected, write_text  # noqa: E402

OFFSET = dt.timezone(dt.timedelta(hours=1))
GUILD = {"id": "1216999999999999000", "name": "Northwind Labs",
         "iconUrl": "https://cdn.discordapp.com/icons/1216999999999999000/a1b2c3d4e5f6.png?size=512"}
DM_GUILD = {"id": "0", "name": "Direct Messages", "iconUrl": "https://cdn.discordapp.com/embed/avatars/0.png"}
HUMAN_KINDS_EXCLUDED = {"RecipientAdd", "RecipientRemove", "Call", "ChannelNameChange", "ChannelIconChange",
                        "ChannelPinnedMessage", "GuildMemberJoin", "ThreadCreated"}
GROUP_KINDS = {"GuildTextChat", "GuildNews", "GuildNewsThread", "GuildPublicThread", "GuildPrivateThread",
               "GuildForum", "DirectGroupTextChat"}


def person(pid, name, nickname, color=None, bot=False, disc="0000", roles=()):
    return {"id": pid, "name": name, "discriminator": disc, "nickname": nickname, "color": color,
            "isBot": bot, "roles": [dict(r) for r in roles],
            "avatarUrl": "https://cdn.discordapp.com/avatars/%s/%s.png?size=512" % (pid, pid[-8:])}


ROLE_ENG = {"id": "1217000000000000901", "name": "Engineering", "color": "#3498DB", "position": 3}
ROLE_BOT = {"id": "1217000000000000902", "name": "Bots", "color": "#95A5A6", "position": 1}
ALICE = person("1217000000000000011", "alice.moreno", "Alice", "#3498DB", roles=[ROLE_ENG])
BOB = person("1217000000000000012", "bob_okafor", "Bob", "#3498DB", roles=[ROLE_ENG])
CAROL = person("1217000000000000013", "carolchen", "Carol")
DAVE = person("1217000000000000014", "dave.patel", "Dave", "#3498DB", roles=[ROLE_ENG])
FRANK = person("1217000000000000015", "frank_ito", "frank_ito")
ERIN = person("1217000000000000016", "erin.walsh", "Erin")
DEPLOYBOT = person("1217000000000000077", "Deploy Bot", "Deploy Bot", "#95A5A6", bot=True, disc="8841",
                   roles=[ROLE_BOT])
GITHUB = person("1217000000000000088", "GitHub", "GitHub", None, bot=True, disc="0000")


class Chan:
    def __init__(self, guild, cid, ctype, category_id, category, name, topic, start, first_seq=1):
        self.guild, self.start = guild, start
        self.channel = {"id": cid, "type": ctype, "categoryId": category_id, "category": category,
                        "name": name, "topic": topic}
        self.t = start
        self.seq = first_seq
        self.messages = []

    def add(self, author, content, kind="Default", minutes=3, **extra):
        self.t = self.t + dt.timedelta(minutes=minutes, milliseconds=137 * self.seq)
        mid = str(1217400000000000000 + int(self.t.timestamp()) * 1000 + self.seq)
        self.seq += 1
        ts = self.t.isoformat(timespec="milliseconds")
        m = {"id": mid, "type": kind, "timestamp": ts, "timestampEdited": extra.pop("edited", None),
             "callEndedTimestamp": extra.pop("call_end", None), "isPinned": extra.pop("pinned", False),
             "content": content, "author": dict(author),
             "attachments": extra.pop("attachments", []), "embeds": extra.pop("embeds", []),
             "stickers": extra.pop("stickers", []), "reactions": extra.pop("reactions", []),
             "mentions": [dict(x) for x in extra.pop("mentions", [])], "inlineEmojis": []}
        if "reference" in extra:
            m["reference"] = extra.pop("reference")
        assert not extra, extra
        self.messages.append(m)
        return m

    def doc(self, messages=None):
        ms = self.messages if messages is None else messages
        return {"guild": dict(self.guild), "channel": dict(self.channel),
                "dateRange": {"after": None, "before": None},
                "exportedAt": "2024-03-15T10:00:00.000+01:00", "messages": ms, "messageCount": len(ms)}


def reaction(emoji, users):
    return {"emoji": {"id": "", "name": emoji, "code": {"\U0001F44D": "thumbsup", "\U0001F389": "tada",
                                                         "\U0001F680": "rocket"}.get(emoji, "smile"),
                      "isAnimated": False,
                      "imageUrl": "https://cdn.jsdelivr.net/gh/twitter/twemoji@latest/assets/svg/1f44d.svg"},
            "count": len(users), "users": [dict(u) for u in users]}


def guild_general(start):
    c = Chan(GUILD, "1217000000000000101", "GuildTextChat", "1217000000000000100", "Engineering", "general",
             "Day-to-day engineering chat. Deploy notices go to #deploys.", start)
    c.add(ALICE, "Morning all! Stand-up in 5, voice channel as usual")
    c.add(BOB, "here")
    c.add(CAROL, "present")
    c.add(DAVE, "here \U0001F44B")
    c.add(FRANK, "Joined the server.", kind="GuildMemberJoin", minutes=11)
    y = c.add(ALICE, "Yesterday: billing export\nToday: code review for the sync service\nBlockers: none")
    c.add(DEPLOYBOT, "", minutes=40, embeds=[{
        "title": "api v2.14.0 deployed to staging", "url": "https://ci.example.com/builds/4120",
        "timestamp": None, "description": "Triggered by bob_okafor \u2022 10m 42s", "color": "#2ECC71",
        "thumbnail": None, "image": None, "images": [], "video": None, "footer": {"text": "Deploy Bot"},
        "fields": [{"name": "Environment", "value": "staging", "isInline": True}],
        "inlineEmojis": []}])
    s = c.add(BOB, "Staging looks good, smoke tests are green", minutes=6,
              reactions=[reaction("\U0001F44D", [ALICE, DAVE])])
    c.add(DAVE, "nice, shipping to prod at 17:00", kind="Reply", minutes=2,
          reference={"type": "Default", "messageId": s["id"], "channelId": c.channel["id"], "guildId": GUILD["id"]},
          mentions=[BOB])
    c.add(GITHUB, "", minutes=20, embeds=[{
        "title": "[northwind/api] Pull request opened: #482 Cache warm-up on deploy",
        "url": "https://github.com/northwind/api/pull/482", "timestamp": None,
        "description": "Small one, I promise", "color": "#6CC644", "thumbnail": None, "image": None,
        "images": [], "video": None, "footer": None, "fields": [], "inlineEmojis": []}])
    c.add(CAROL, "Who's in for lunch? Thinking tacos at 12:30", minutes=50)
    c.add(ALICE, "count me in \U0001F32E")
    c.add(CAROL, "", kind="8", minutes=5)
    p = c.add(DEPLOYBOT, "\u2705 api v2.14.0 deployed to production", minutes=240, pinned=True)
    c.add(ALICE, "Pinned a message.", kind="ChannelPinnedMessage", minutes=1,
          reference={"type": "Default", "messageId": p["id"], "channelId": c.channel["id"], "guildId": GUILD["id"]})
    c.add(BOB, "Post-mortem thread for yesterday's cache incident", minutes=30)
    c.add(BOB, "Started a thread.", kind="ThreadCreated", minutes=0)
    c.add(DAVE, "Latency graph from the load test", minutes=15, attachments=[{
        "id": "1217000000000005001", "url": "https://cdn.discordapp.com/attachments/1217000000000000101/"
                                            "1217000000000005001/latency-p99.png",
        "fileName": "latency-p99.png", "fileSizeBytes": 48213}])
    c.add(ALICE, "Reminder: timesheets are due Friday", minutes=600, edited="2024-03-13T18:02:11.5+01:00")
    return c


def group_dm(start):
    c = Chan(DM_GUILD, "1217000000000000201", "DirectGroupTextChat", "0", "Group", "lunch plans", None, start)
    c.add(ALICE, "Changed the channel name: lunch plans", kind="ChannelNameChange")
    c.add(ALICE, "Added carolchen to the group.", kind="RecipientAdd", mentions=[CAROL])
    c.add(ALICE, "Tacos or ramen today?")
    c.add(BOB, "tacos! \U0001F32E")
    c.add(CAROL, "either, but I need to be back by 13:30")
    c.add(BOB, "Added erin.walsh to the group.", kind="RecipientAdd", mentions=[ERIN])
    c.add(ALICE, "Started a call that lasted 4 minutes.", kind="Call", minutes=60,
          call_end=(c.t + dt.timedelta(minutes=64)).isoformat(timespec="milliseconds"))
    c.add(ERIN, "Left the group.", kind="RecipientRemove", minutes=30, mentions=[ERIN])
    c.add(BOB, "Friday team lunch is booked for 6 people", minutes=1440)
    return c


def private_dm(start):
    c = Chan(DM_GUILD, "1217000000000000301", "DirectTextChat", "0", "Private", "erin.walsh", None, start)
    c.add(ERIN, "Hi Alice, quick question about the onboarding laptop")
    c.add(ALICE, "IT will drop it off tomorrow morning")
    c.add(ERIN, "Perfect, thanks!")
    return c


def classify(docs):
    records, humans, bots = 0, set(), set()
    group_ids, one_ids = set(), set()
    for d in docs:
        kind = d["channel"]["type"]
        if kind == "DirectTextChat":
            one_ids.add(d["channel"]["id"])
            continue
        assert kind in GROUP_KINDS
        group_ids.add(d["channel"]["id"])
        for m in d["messages"]:
            records += 1
            a = m["author"]
            if a["isBot"]:
                bots.add(a["id"])
            elif m["type"] not in HUMAN_KINDS_EXCLUDED:
                humans.add(a["id"])
    return dict(group_chats=len(group_ids), one_to_one_chats=len(one_ids), group_message_records=records,
                human_senders=len(humans), bot_senders=len(bots))


def dump(doc):
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


RESULTS = []


def emit(name, files, path, counts, notes):
    d = case_dir(name, "discord")
    for rel, text in files.items():
        write_text(os.path.join(d, rel), text)
    exp = write_expected(d, "discord", path, notes=notes, **counts)
    RESULTS.append((name, exp))


def main():
    start = dt.datetime(2024, 3, 12, 9, 0, tzinfo=OFFSET)
    g = guild_general(start)
    gd = group_dm(start + dt.timedelta(hours=3))
    pd = private_dm(start + dt.timedelta(hours=5))
    gname = "Northwind Labs - Engineering - general [1217000000000000101].json"
    gdname = "Direct Messages - Group - lunch plans [1217000000000000201].json"
    pdname = "Direct Messages - Private - erin.walsh [1217000000000000301].json"

    emit("discord-guild-channel", {gname: dump(g.doc())}, gname, classify([g.doc()]),
         "DiscordChatExporter JSON of one guild text channel (GuildTextChat, category = parent 'Engineering'). Two "
         "bot authors with isBot true: 'Deploy Bot' (embed-only and text posts) and a 'GitHub' webhook. System "
         "kinds GuildMemberJoin (frank_ito, who never writes), ChannelPinnedMessage, ThreadCreated; a Reply with "
         "reference; an unknown Discord kind serialised as the bare number string \"8\" by a human (counted as a "
         "record; its author also writes normally); an attachment; reactions; an edited message. "
         "JsonMessageWriter.cs via shared/docs/export-formats.md §7.")
    emit("discord-group-dm", {gdname: dump(gd.doc())}, gdname, classify([gd.doc()]),
         "DiscordChatExporter JSON of a group DM (DirectGroupTextChat, guild 'Direct Messages' id \"0\", "
         "categoryId \"0\", category 'Group' as in mlomb/chat-analytics GC_3A_5M.json). System kinds "
         "ChannelNameChange, RecipientAdd (target in mentions), Call with callEndedTimestamp, RecipientRemove "
         "where author == target (= left). erin.walsh only appears in add/leave events, so she is not a sender.")
    emit("discord-dm-one-to-one", {pdname: dump(pd.doc())}, pdname, classify([pd.doc()]),
         "DiscordChatExporter JSON of a 1:1 DM (DirectTextChat, category 'Private', as in mlomb/chat-analytics "
         "DM_2A_2M.json): one one-to-one conversation, no group chat.")
    files = {os.path.join("export", n): dump(c.doc()) for n, c in ((gname, g), (gdname, gd), (pdname, pd))}
    emit("discord-export-folder", files, "export", classify([g.doc(), gd.doc(), pd.doc()]),
         "A folder holding the three DiscordChatExporter JSON files of discord-guild-channel, discord-group-dm "
         "and discord-dm-one-to-one (DCE writes one file per channel into the output directory). "
         "Senders are distinct by author.id across the two group channels.")

    # Partitioned export of one channel (--partition): '[part N]' from 2; split, no overlap.
    half = len(g.messages) // 2
    p1, p2 = g.doc(g.messages[:half]), g.doc(g.messages[half:])
    base = "Northwind Labs - Engineering - general [1217000000000000101]"
    files = {os.path.join("general-partitioned", base + ".json"): dump(p1),
             os.path.join("general-partitioned", base + " [part 2].json"): dump(p2)}
    counts = classify([p1, p2])
    emit("discord-partitioned", files, "general-partitioned", counts,
         "The guild channel of discord-guild-channel exported with --partition: '<name> [id].json' and "
         "'<name> [id] [part 2].json' (each with its own messageCount). Same channel id, so it is ONE group chat; "
         "records are the sum of the parts (no overlap). Partition naming from DiscordChatExporter via "
         "shared/docs/export-formats.md §7.")

    emit_csv(start)
    for name, exp in RESULTS:
        print(summary_line(name, exp))


def emit_csv(start):
    rows = []
    t = start
    people = {"a": ("1217000000000000011", "alice.moreno"), "b": ("1217000000000000012", "bob_okafor"),
              "c": ("1217000000000000013", "carolchen"), "d": ("1217000000000000014", "dave.patel"),
              "k": ("1217000000000000017", "kim#4521")}
    script = [
        ("a", "Morning all! Stand-up in 5", "", ""),
        ("b", "here", "", ""),
        ("c", "present", "", "\U0001F44B (1)"),
        ("d", "here", "", ""),
        ("k", "hi, new here \u2013 legacy account with a discriminator", "", ""),
        ("a", "Yesterday: billing export\nToday: code review\nBlockers: none", "", ""),
        ("b", "Staging deploy done, please smoke test before \"3pm\", thanks", "", "\U0001F44D (2),\U0001F389 (1)"),
        ("d", "Latency graphs attached",
         "https://cdn.discordapp.com/attachments/1217000000000000101/1217000000000005001/latency-p99.png,"
         "https://cdn.discordapp.com/attachments/1217000000000000101/1217000000000005002/latency-p50.png", ""),
        ("c", "Lunch at 12:30? Tacos, ramen, or the salad place", "", ""),
        ("a", "tacos \U0001F32E", "", ""),
        ("b", "Prod deploy at 17:00, expect ~10 min read-only", "", ""),
        ("a", "Pinned a message.", "", ""),
        ("k", "Reminder: timesheets are due Friday", "", ""),
    ]
    for i, (who, content, att, reac) in enumerate(script):
        t = t + dt.timedelta(minutes=[3, 1, 2, 1, 9, 4, 30, 12, 45, 2, 120, 1, 300][i], seconds=7 * i)
        pid, name = people[who]
        stamp = t.strftime("%Y-%m-%dT%H:%M:%S.") + "%07d" % (1230000 + i * 1000) + "+01:00"
        rows.append([pid, name, stamp, content, att, reac])
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n")
    w.writerow(["AuthorID", "Author", "Date", "Content", "Attachments", "Reactions"])
    w.writerows(rows)
    fname = "Northwind Labs - Engineering - general [1217000000000000101].csv"
    counts = dict(group_chats=1, one_to_one_chats=0, group_message_records=len(rows),
                  human_senders=len({r[0] for r in rows}), bot_senders=0)
    emit("discord-csv", {fname: buf.getvalue()}, fname, counts,
         "DiscordChatExporter CSV (CsvMessageWriter.cs via shared/docs/export-formats.md §7): header "
         "AuthorID,Author,Date,Content,Attachments,Reactions, every field double-quoted, embedded quotes doubled, "
         "multi-line content inside one quoted field, two attachment URLs comma-joined in one cell, reactions "
         "'emoji (count),…', Date in .NET round-trip 'o' form with 7 fractional digits and offset, a legacy "
         "'name#1234' author. The file name carries the guild/channel, so this is one guild channel (group chat). "
         "'Pinned a message.' is a synthesized system row by a member who also writes normally.")


if __name__ == "__main__":
    main()
