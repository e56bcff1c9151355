#!/usr/bin/env python3
"""Generator for the Telegram Desktop JSON cases of the independent corpus.

Shapes follow tdesktop's export_output_json.cpp as summarised in
shared/docs/export-formats.md §2 (single-chat root = dialog; whole-account root with
`chats.list`; dialog `type`s; `from_id` "user…" strings, integers before 2021; string
`date_unixtime`; `text` string or array + `text_entities`; service messages with
`actor`/`actor_id`/`action`; migrated-group negative ids), and public fixtures
(vorot93/telegram-export-sqlite tests/fixtures/json_export/result.json, joweich/
chat-miner test/telegram/*, mlomb/chat-analytics tests/samples/telegram/DM_2A_7M.json).
Content is original.

Counting rules:
  group chats  = dialogs of type private_group / private_supergroup / public_supergroup
  one-to-one   = personal_chat and bot_chat dialogs (a private conversation with one account)
  channels (private_channel / public_channel) are broadcast feeds, counted as neither
  records      = every object in `messages` of the group dialogs (service included)
  humans       = distinct `from_id` of type "message" records that are not bots
  bots         = distinct `from_id` of accounts known to be bots (here: the peer of a
                 bot_chat dialog in the same export, whose name also ends in "Bot")
"""
import datetime as dt
import json
import os
import sys
import zoneinfo

sys.path.insert(0, os.path.dirname(__file__))
from common import case_dir, summary_line, write_expected, write_text  # noqa: E402

TZ = zoneinfo.ZoneInfo("Europe/Berlin")
GROUP_TYPES = {"private_group", "private_supergroup", "public_supergroup"}
ONE_TO_ONE_TYPES = {"personal_chat", "bot_chat"}


class Clock:
    def __init__(self, start):
        self.t = start

    def tick(self, minutes):
        self.t += dt.timedelta(minutes=minutes)
        return self.t


def stamp(t, legacy=False):
    local = t.astimezone(TZ).replace(tzinfo=None)
    d = {"date": local.isoformat(timespec="seconds")}
    if not legacy:
        d["date_unixtime"] = str(int(t.timestamp()))
    return d


def entities(text):
    if isinstance(text, str):
        return [{"type": "plain", "text": text}] if text else []
    out = []
    for part in text:
        out.append({"type": "plain", "text": part} if isinstance(part, str) else dict(part))
    return out


class Chat:
    def __init__(self, name, ctype, cid, start, legacy=False, first_id=1):
        self.name, self.type, self.id = name, ctype, cid
        self.clock = Clock(start)
        self.messages = []
        self.next_id = first_id
        self.legacy = legacy

    def _base(self, minutes, mtype, mid=None):
        m = {"id": mid if mid is not None else self.next_id, "type": mtype}
        if mid is None:
            self.next_id += 1
        m.update(stamp(self.clock.tick(minutes), self.legacy))
        return m

    def msg(self, sender, text, minutes=3, mid=None, **extra):
        name, fid = sender
        m = self._base(minutes, "message", mid)
        m["from"] = name
        m["from_id"] = fid
        for k in ("reply_to_message_id", "via_bot", "forwarded_from"):
            if k in extra:
                m[k] = extra.pop(k)
        m.update(extra)
        m["text"] = text
        if not self.legacy:
            m["text_entities"] = entities(text)
        self.messages.append(m)
        return m

    def service(self, actor, action, minutes=1, mid=None, **fields):
        name, aid = actor
        m = self._base(minutes, "service", mid)
        m["actor"] = name
        m["actor_id"] = aid
        m["action"] = action
        m.update(fields)
        m["text"] = ""
        if not self.legacy:
            m["text_entities"] = []
        self.messages.append(m)
        return m

    def dialog(self, with_name=True):
        d = {}
        if with_name:
            d["name"] = self.name
        d["type"] = self.type
        d["id"] = self.id
        d["messages"] = self.messages
        return d


# People (name, from_id)
ME = ("Alex Kim", "user5550100")
MARIA = ("Maria Lopez", "user5550201")
KENJI = ("Kenji Mori", "user5550202")
SARA = ("Sara Ahmed", "user5550203")
OLEG = ("Oleg Ivanov", "user5550204")
PRIYA = ("Priya Nair", "user5550205")
DANA = ("Dana Ruiz", "user5550300")
GHOST = (None, "user5550299")          # deleted account: `from` is null
CIBOT = ("CI Notifier Bot", "user5550001")
NOT_INCLUDED = "(File not included. Change data exporting settings to download.)"


def engineering_supergroup(start):
    c = Chat("Northwind Engineering", "private_supergroup", 1987654321, start)
    c.service(ME, "create_channel", title="Northwind Engineering")
    c.service(ME, "invite_members", members=["Maria Lopez", "Kenji Mori", "Sara Ahmed", "CI Notifier Bot"])
    c.msg(ME, "Morning all! Stand-up in 5 minutes in the usual room", minutes=20)
    c.msg(MARIA, "here")
    c.msg(KENJI, "present")
    c.msg(SARA, "here \U0001F44B")
    c.msg(ME, ["Yesterday: billing export\nToday: ",
               {"type": "bold", "text": "code review"},
               " for the sync service\nBlockers: none"])
    c.msg(CIBOT, ["\u2705 ", {"type": "bold", "text": "api"}, " v2.14.0 deployed to staging by Maria Lopez\n",
                  {"type": "link", "text": "https://ci.example.com/builds/4120"}], minutes=40,
          inline_bot_buttons=[[{"type": "url", "text": "Open build", "data": "https://ci.example.com/builds/4120"}]])
    smoke = c.msg(MARIA, "Staging looks good, smoke tests green", minutes=6)
    c.msg(KENJI, "\U0001F44D", reply_to_message_id=smoke["id"], minutes=1)
    c.service(OLEG, "join_group_by_link", inviter="Alex Kim", minutes=15)
    c.msg(SARA, "Who's in for lunch? Thinking ramen at 12:30", minutes=30)
    c.msg(KENJI, "", via_bot="@gif", file=NOT_INCLUDED, media_type="animation", mime_type="video/mp4",
          duration_seconds=2, width=320, height=240)
    c.msg(MARIA, "count me in \U0001F35C", minutes=2,
          reactions=[{"type": "emoji", "count": 2, "emoji": "\U0001F44D",
                      "recent": [{"from": "Alex Kim", "from_id": "user5550100", "date": "2024-03-12T11:41:00"}]}])
    c.msg(GHOST, "I can't make it, sorry", minutes=3)
    c.msg(CIBOT, "\u2705 api v2.14.0 deployed to production", minutes=240)
    prod = c.msg(ME, "Prod is out, thanks everyone \U0001F680", minutes=4)
    c.service(ME, "pin_message", message_id=prod["id"], minutes=1)
    c.msg(SARA, "", photo=NOT_INCLUDED, photo_file_size=48213, width=1280, height=720, minutes=900)
    c.msg(SARA, "That's the new seating plan for floor 3", minutes=1)
    c.msg(CIBOT, "\u274C nightly e2e failed on main: checkout_spec.rb:42", minutes=600)
    c.msg(KENJI, "on it, flaky selector again", minutes=12)
    c.service(ME, "edit_group_title", title="Northwind Engineering \U0001F6E0", minutes=30)
    c.msg(MARIA, "Reminder: timesheets are due Friday", minutes=45)
    return c


def lunch_group(start):
    c = Chat("Lunch Crew", "private_group", 4012345, start)
    c.service(ME, "create_group", title="Lunch Crew", members=["Maria Lopez", "Priya Nair"])
    c.msg(ME, "Tacos or ramen today?", minutes=5)
    c.msg(MARIA, "tacos! \U0001F32E")
    c.msg(PRIYA, "either is fine, but I need to be back by 13:30")
    c.service(ME, "invite_members", members=["Oleg Ivanov"], minutes=2)
    c.msg(ME, "Meet at the lobby at 12:20")
    c.service(PRIYA, "remove_members", members=["Priya Nair"], minutes=1440)
    c.service(ME, "edit_group_title", title="Lunch Crew \U0001F35C", minutes=3)
    c.msg(MARIA, "Friday team lunch is booked for 6 people", minutes=20)
    return c


def personal_chat(start):
    c = Chat("Dana Ruiz", "personal_chat", 5550300, start)
    c.msg(DANA, "Hi Alex, do you have 5 minutes before the all-hands?")
    c.msg(ME, "Sure, call me")
    c.service(ME, "phone_call", minutes=2, duration_seconds=312)
    c.msg(DANA, "Thanks, sending the contract draft now")
    c.msg(DANA, "", file=NOT_INCLUDED, file_name="contract-draft-v3.pdf", file_size=182044,
          mime_type="application/pdf", minutes=1)
    return c


def bot_chat(start):
    c = Chat("CI Notifier Bot", "bot_chat", 5550001, start)
    c.msg(ME, [{"type": "bot_command", "text": "/start"}])
    c.msg(CIBOT, "Hi Alex! I will post build and deploy results to the groups you add me to.", minutes=0)
    c.msg(ME, [{"type": "bot_command", "text": "/subscribe"}, " api"], minutes=1)
    c.msg(CIBOT, "Subscribed to api \u2705", minutes=0)
    return c


def count(dialogs, bot_ids):
    groups = [d for d in dialogs if d["type"] in GROUP_TYPES]
    one = [d for d in dialogs if d["type"] in ONE_TO_ONE_TYPES]
    records, humans, bots = 0, set(), set()
    for d in groups:
        for m in d["messages"]:
            records += 1
            if m["type"] != "message":
                continue
            fid = m["from_id"]
            (bots if fid in bot_ids else humans).add(fid)
    return dict(group_chats=len(groups), one_to_one_chats=len(one), group_message_records=records,
                human_senders=len(humans), bot_senders=len(bots))


def bot_ids_of(dialogs):
    return {"user%d" % d["id"] for d in dialogs if d["type"] == "bot_chat"}


def dump(obj):
    return json.dumps(obj, ensure_ascii=False, indent=1) + "\n"


RESULTS = []


def emit(name, filename, root, counts, notes, subdir=None):
    d = case_dir(name, "telegram")
    rel = os.path.join(subdir, filename) if subdir else filename
    write_text(os.path.join(d, rel), dump(root))
    exp = write_expected(d, "telegram", rel, notes=notes, **counts)
    RESULTS.append((name, exp))


def account_root(dialogs, with_left=None):
    root = {
        "about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't sell your data, "
                 "and never will.",
        "personal_information": {"about": "This page shows your personal information.", "user_id": 5550100,
                                 "first_name": "Alex", "last_name": "Kim", "phone_number": "+1 415 555 0100",
                                 "username": "@alexkim_nw", "bio": "Engineering manager at Northwind"},
        "chats": {"about": "This page lists all chats from this export.", "list": dialogs},
    }
    if with_left is not None:
        root["left_chats"] = {"about": "This page lists all supergroups and channels from this export that "
                                       "you've left.", "list": with_left}
    return root


def main():
    start = dt.datetime(2024, 3, 12, 8, 0, tzinfo=dt.timezone.utc)
    dialogs = [
        engineering_supergroup(start).dialog(),
        lunch_group(start + dt.timedelta(hours=2)).dialog(),
        personal_chat(start + dt.timedelta(hours=1)).dialog(),
        bot_chat(start - dt.timedelta(days=5)).dialog(),
    ]
    counts = count(dialogs, bot_ids_of(dialogs))
    emit("telegram-account-export", "result.json", account_root(dialogs), counts,
         "Whole-account export (Settings > Advanced > Export Telegram data, JSON): root with personal_information "
         "and chats.list holding a private_supergroup, a private_group, a personal_chat and a bot_chat. The bot "
         "'CI Notifier Bot' (from_id user5550001 = the bot_chat's id 5550001) posts deploy notices in the "
         "supergroup; it is the one bot sender. bot_chat and personal_chat count as one-to-one. Service "
         "messages: create_channel, invite_members, join_group_by_link (Oleg, who never writes), pin_message, "
         "edit_group_title, create_group, remove_members (self-removal = left). Also: a deleted account "
         "(from null, from_id user5550299, counted as a human by id), a via_bot GIF sent by a human, a photo "
         "'(File not included…)', a reply, reactions, text as an entity array. Dates local (Europe/Berlin) "
         "with string date_unixtime. tdesktop export_output_json.cpp via shared/docs/export-formats.md §2; "
         "vorot93/telegram-export-sqlite result.json; joweich/chat-miner test_batch_export.json.",
         subdir="DataExport_2024-03-15")

    # Account export that also contains a broadcast channel the user follows.
    chan = Chat("Northwind Announcements", "public_channel", 1765432109, start)
    chan.msg(("Northwind Announcements", "channel1765432109"), "Office closed on Monday for the public holiday",
             author="Comms Team")
    chan.msg(("Northwind Announcements", "channel1765432109"), "Q1 all-hands recording is now on the intranet",
             minutes=1440, author="Comms Team")
    chan.service(("Northwind Announcements", "channel1765432109"), "pin_message", message_id=1, minutes=1)
    sg = engineering_supergroup(start).dialog()
    dialogs2 = [sg, chan.dialog()]
    counts2 = count(dialogs2, {CIBOT[1]})
    emit("telegram-account-with-channel", "result.json", account_root(dialogs2), counts2,
         "Account export with the engineering supergroup and a public_channel (broadcast, posts from "
         "'channel1765432109' with a signature `author`). Channels are neither group chats nor one-to-one "
         "conversations: expected 1 group chat. No bot_chat here, so the bot is recognised only by its "
         "name 'CI Notifier Bot'. Judgement calls documented here.",
         subdir="DataExport_2024-03-20")

    # Single-chat export of a supergroup that was migrated from a basic group.
    mig = Chat("Northwind Support", "private_supergroup", 1876543210, start - dt.timedelta(days=2),
               first_id=-999999999)
    mig.service(ME, "create_group", title="Northwind Support", members=["Maria Lopez", "Sara Ahmed"])
    mig.msg(ME, "New support rota starts next week")
    mig.msg(MARIA, "I'll take Monday and Tuesday")
    mig.msg(SARA, "Wednesday for me")
    mig.service(ME, "migrate_to_supergroup", minutes=60)
    mig.next_id = 1
    mig.service(ME, "migrate_from_group", title="Northwind Support", minutes=0)
    mig.msg(ME, "We're a supergroup now, history is kept above", minutes=2)
    mig.msg(KENJI, "Joined to help with the backlog", minutes=30)
    mig.msg(MARIA, ["Ticket ", {"type": "hashtag", "text": "#4512"}, " is escalated, customer is waiting"], minutes=50)
    mig.msg(SARA, "Taking it", minutes=2, reply_to_message_id=4)
    mig.service(SARA, "invite_members", members=["Oleg Ivanov"], minutes=10)
    mig.msg(OLEG, "Thanks for the add \U0001F44B", minutes=5)
    dlg = mig.dialog()
    counts3 = count([dlg], set())
    emit("telegram-single-migrated-supergroup", "result.json", dlg, counts3,
         "Single-chat export (root is the dialog). A basic group migrated to a supergroup: the old group's "
         "messages keep negative ids (id + -1000000000, kMigratedMessagesIdShift) and are followed by "
         "migrate_to_supergroup / migrate_from_group service messages; all of them are records of this one chat. "
         "tdesktop export_output_json.cpp via shared/docs/export-formats.md §2.",
         subdir="ChatExport_2024-03-12")

    pc = personal_chat(start)
    dlg = pc.dialog()
    emit("telegram-single-personal-chat", "result.json", dlg, count([dlg], set()),
         "Single-chat export of a personal_chat (with a phone_call service message and a file that was not "
         "downloaded): one one-to-one conversation, no group chat.",
         subdir="ChatExport_2024-03-12 (1)")

    # Legacy (before 2021-04 / 2022-06): integer from_id, no date_unixtime, no text_entities.
    leg = Chat("Design Review", "private_group", 3012345, dt.datetime(2020, 11, 16, 9, 0, tzinfo=dt.timezone.utc),
               legacy=True)
    people = {"Alex Kim": 5550100, "Maria Lopez": 5550201, "Sara Ahmed": 5550203, "Kenji Mori": 5550202}

    def P(n):
        return (n, people[n])

    leg.service(P("Alex Kim"), "create_group", title="Design Review", members=["Maria Lopez", "Sara Ahmed"])
    leg.msg(P("Alex Kim"), "Mockups for the onboarding flow are in Figma", minutes=3)
    leg.msg(P("Sara Ahmed"), ["Looks great, one comment on ", {"type": "italic", "text": "step 3"}])
    leg.msg(P("Maria Lopez"), "Agree with Sara, otherwise good to go")
    leg.service(P("Alex Kim"), "invite_members", members=["Kenji Mori"], minutes=60)
    leg.msg(P("Kenji Mori"), "Hi all, I'll handle the frontend part")
    leg.msg(P("Alex Kim"), "Review meeting Thursday 10:00", minutes=120)
    dlg = leg.dialog()
    emit("telegram-single-legacy-int-ids", "result.json", dlg, count([dlg], set()),
         "Older export (before tdesktop commit 4625e7613b, 2021-04, and before date_unixtime, 2022-06): "
         "from_id/actor_id are JSON integers, only the local `date` is present, no text_entities. "
         "shared/docs/export-formats.md §2 (history of from_id and date_unixtime).",
         subdir="ChatExport_2020-11-20")

    for name, exp in RESULTS:
        print(summary_line(name, exp))


if __name__ == "__main__":
    main()
