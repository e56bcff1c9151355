#!/usr/bin/env python3
"""Re-derive the expected counts of the slack-/telegram-/discord-/mattermost-/whatsapp-
cases from the files on disk (a second, independent reading of what the generators wrote)
and compare them with each case's expected.json.  Only reads folders with those prefixes.

WhatsApp: a line is a message header when it matches the case's own header regex
(HEADER_RE below, one per case), so continuation lines are never counted.
"""
import csv
import io
import json
import os
import re
import sys
import zipfile

CORPUS = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
SLACK_SYSTEM = {"channel_join", "channel_leave", "channel_topic", "channel_purpose", "channel_name",
                "channel_archive", "channel_unarchive", "group_join", "group_leave", "bot_add", "bot_remove",
                "pinned_item", "unpinned_item"}


def open_tree(path):
    """Return {relative name: bytes} for a folder or a zip."""
    files = {}
    if os.path.isdir(path):
        for root, _, fs in os.walk(path):
            for f in fs:
                p = os.path.join(root, f)
                files[os.path.relpath(p, path)] = open(p, "rb").read()
    elif path.endswith(".zip"):
        with zipfile.ZipFile(path) as z:
            for n in z.namelist():
                files[n] = z.read(n)
    else:
        files[os.path.basename(path)] = open(path, "rb").read()
    return files


def slack(files):
    j = lambda n: json.loads(files[n]) if n in files else []  # noqa: E731
    users = {u["id"]: u for u in j("users.json")}
    convs = j("channels.json") + j("groups.json") + j("mpims.json")
    recs, humans, bots = 0, set(), set()
    for cv in convs:
        for key in (cv.get("name"), cv["id"]):
            ms = [m for n, b in sorted(files.items()) if key and n.startswith(key + "/") for m in json.loads(b)]
            if ms:
                break
        for m in ms:
            recs += 1
            if m.get("subtype") in SLACK_SYSTEM:
                continue
            u = m.get("user")
            if u and users.get(u, {}).get("is_bot"):
                bots.add(u)
            elif m.get("bot_id") or m.get("subtype") == "bot_message":
                bots.add(m.get("bot_id"))
            else:
                humans.add(u)
    return len(convs), len(j("dms.json")), recs, len(humans), len(bots)


def telegram(files):
    (name, data), = files.items()
    root = json.loads(data)
    dialogs = root["chats"]["list"] if "chats" in root else [root]
    bot_ids = {"user%d" % d["id"] for d in dialogs if d["type"] == "bot_chat"}
    bot_ids |= {m["from_id"] for d in dialogs for m in d["messages"]
                if m["type"] == "message" and (m.get("from") or "").endswith(" Bot")}
    g = [d for d in dialogs if d["type"] in ("private_group", "private_supergroup", "public_supergroup")]
    o = [d for d in dialogs if d["type"] in ("personal_chat", "bot_chat")]
    recs = sum(len(d["messages"]) for d in g)
    senders = {m["from_id"] for d in g for m in d["messages"] if m["type"] == "message"}
    return len(g), len(o), recs, len(senders - bot_ids), len(senders & bot_ids)


def discord(files):
    gids, oids, recs, humans, bots = set(), set(), 0, set(), set()
    for n, b in files.items():
        if n.endswith(".csv"):
            rows = list(csv.reader(io.StringIO(b.decode("utf-8"))))[1:]
            return 1, 0, len(rows), len({r[0] for r in rows}), 0
        d = json.loads(b)
        if d["channel"]["type"] == "DirectTextChat":
            oids.add(d["channel"]["id"])
            continue
        gids.add(d["channel"]["id"])
        for m in d["messages"]:
            recs += 1
            if m["author"]["isBot"]:
                bots.add(m["author"]["id"])
            elif m["type"] in ("Default", "Reply") or m["type"].isdigit():
                humans.add(m["author"]["id"])
    return len(gids), len(oids), recs, len(humans), len(bots)


def mattermost(files):
    (data,) = [b for n, b in files.items() if n.endswith(".jsonl")]
    lines = [json.loads(x) for x in data.decode("utf-8").splitlines() if x.strip()]
    g = sum(1 for x in lines if x["type"] == "channel")
    g += sum(1 for x in lines if x["type"] == "direct_channel" and len(x["direct_channel"]["members"]) > 2)
    o = sum(1 for x in lines if x["type"] == "direct_channel" and len(x["direct_channel"]["members"]) == 2)
    posts = [x["post"] for x in lines if x["type"] == "post"]
    posts += [x["direct_post"] for x in lines if x["type"] == "direct_post" and len(x["direct_post"]["channel_members"]) > 2]
    flat = []
    for p in posts:
        flat.append(p)
        flat.extend(p.get("replies") or [])
    bots = {p["user"] for p in flat if (p.get("props") or {}).get("from_bot") == "true"
            or (p.get("props") or {}).get("from_webhook") == "true"}
    humans = {p["user"] for p in flat if not (p.get("type") or "").startswith("system_")} - bots
    return g, o, len(flat), len(humans), len(bots)


# One header regex per WhatsApp case: date/time part only (after optional LRM / '[').
D = r"\d{1,4}"
HEADER_RE = {
    "whatsapp-android-us-12h": rf"{D}/{D}/{D}, \d{{1,2}}:\d\d [AP]M - ",
    "whatsapp-android-us-12h-nnbsp": rf"{D}/{D}/{D}, \d{{1,2}}:\d\d\u202f[AP]M - ",
    "whatsapp-android-24h-mdy": rf"{D}/{D}/{D}, \d\d:\d\d - ",
    "whatsapp-android-uk-ddmmyyyy": rf"{D}/{D}/{D}, \d\d:\d\d - ",
    "whatsapp-android-ddmmyy-seconds": rf"{D}/{D}/{D}, \d\d:\d\d:\d\d - ",
    "whatsapp-android-en-in-lower-ampm": rf"{D}/{D}/{D}, \d{{1,2}}:\d\d\u202f[ap]m - ",
    "whatsapp-android-yyyy-dot-after-time": rf"{D}/{D}/{D}, \d\d:\d\d\. - ",
    "whatsapp-android-yyyy-12h-lower": rf"{D}/{D}/{D}, \d{{1,2}}:\d\d [ap]m - ",
    "whatsapp-android-en-ca-iso-pm": rf"{D}-{D}-{D}, \d{{1,2}}:\d\d [ap]\.m\. - ",
    "whatsapp-android-ddmmyyyy-pm-dots": rf"{D}/{D}/{D}, \d\d:\d\d [ap]\.m\. - ",
    "whatsapp-android-dash-24h": rf"{D}-{D}-{D}, \d\d:\d\d - ",
    "whatsapp-android-dash-dot-time-pm": rf"{D}-{D}-{D}, \d\d\.\d\d [AP]M - ",
    "whatsapp-android-no-comma-12h": rf"{D}/{D}/{D} \d{{1,2}}:\d\d [ap]\.m\. - ",
    "whatsapp-android-es-ampm-nbsp": rf"{D}/{D}/{D} \d{{1,2}}:\d\d [ap]\.\u00a0m\. - ",
    "whatsapp-android-es-comma-nnbsp": rf"{D}/{D}/{D}, \d{{1,2}}:\d\d\u202f[ap]\.\u00a0m\. - ",
    "whatsapp-android-german": rf"{D}\.{D}\.{D}, \d\d:\d\d - ",
    "whatsapp-android-e2e-with-author": rf"{D}\.{D}\.{D}, \d\d:\d\d - ",
    "whatsapp-android-russian": rf"{D}\.{D}\.{D}, \d\d:\d\d - ",
    "whatsapp-android-zh-cn-period-before-time": rf"{D}/{D}/{D} [上下]午\d{{1,2}}:\d\d - ",
    "whatsapp-android-finnish-klo": rf"{D}\.{D}\.{D} klo \d{{1,2}}\.\d\d\.\d\d - ",
    "whatsapp-ios-finnish-klo": rf"\[{D}\.{D}\.{D} klo \d{{1,2}}\.\d\d\.\d\d\] ",
    "whatsapp-dotted-colon-separator": rf"{D}\.{D}\.{D} \d\d\.\d\d\.\d\d: ",
    "whatsapp-central-european-spaced": rf"{D}\. {D}\. {D}\. \d\d:\d\d:\d\d ",
    "whatsapp-android-indonesian-dot-time": rf"{D}/{D}/{D} \d\d\.\d\d - ",
    "whatsapp-ios-ddmmyyyy-24h": rf"\[{D}/{D}/{D}, \d\d:\d\d:\d\d\] ",
    "whatsapp-ios-us-nnbsp-zip": rf"\[{D}/{D}/{D}, \d{{1,2}}:\d\d:\d\d\u202f[AP]M\] ",
    "whatsapp-ios-german-dots": rf"\[{D}\.{D}\.{D}, \d\d:\d\d:\d\d\] ",
    "whatsapp-ios-no-comma-no-seconds": rf"\[{D}/{D}/{D} \d\d:\d\d\] ",
    "whatsapp-ios-ampm-dots-seconds": rf"\[{D}/{D}/{D}, \d{{1,2}}:\d\d:\d\d [ap]\.m\.\] ",
    "whatsapp-ios-es-lrm": rf"\[{D}/{D}/{D} \d{{1,2}}:\d\d:\d\d [ap]\.\u00a0m\.\] ",
    "whatsapp-ios-dash-brackets": rf"\[{D}-{D}-{D} \d\d:\d\d:\d\d\] ",
    "whatsapp-ios-year-first-zh": rf"\[{D}/{D}/{D} \d\d:\d\d:\d\d\] ",
    "whatsapp-ios-zh-period-seconds": rf"\[{D}/{D}/{D} [上下]午\d{{1,2}}:\d\d:\d\d\] ",
    "whatsapp-ios-japanese-no-comma": rf"\[{D}/{D}/{D} \d\d:\d\d:\d\d\] ",
    "whatsapp-ios-buddhist-calendar": rf"\[{D}/{D}/{D} BE, \d\d:\d\d:\d\d\] ",
    "whatsapp-android-crlf-bom": rf"{D}/{D}/{D}, \d\d:\d\d - ",
    "whatsapp-android-zip-attachments": rf"{D}/{D}/{D}, \d\d:\d\d - ",
    "whatsapp-one-to-one-android": rf"{D}/{D}/{D}, \d{{1,2}}:\d\d\u202f[AP]M - ",
}
SYSTEM_AUTHORS = {"whatsapp-android-e2e-with-author": {"Support Rota"},
                  "whatsapp-ios-us-nnbsp-zip": {"Northwind Ops"},
                  "whatsapp-ios-finnish-klo": {"Tiimi Helsinki"},
                  "whatsapp-ios-year-first-zh": {"产品研发群"}}


def whatsapp(name, files):
    (data,) = [b for n, b in files.items() if n.endswith(".txt")]
    text = data.decode("utf-8-sig").replace("\r\n", "\n")
    rx = re.compile("^\u200e?" + HEADER_RE[name])
    recs, authors = 0, set()
    for ln in text.split("\n"):
        m = rx.match(ln)
        if not m:
            continue
        recs += 1
        rest = ln[m.end():]
        if ": " in rest:
            author = rest.split(": ", 1)[0]
            if author not in SYSTEM_AUTHORS.get(name, set()):
                authors.add(author)
    if name == "whatsapp-one-to-one-android":
        return 0, 1, 0, 0, 0
    return 1, 0, recs, len(authors), 0


def main():
    bad = 0
    for name in sorted(os.listdir(CORPUS)):
        fmt = name.split("-", 1)[0]
        if fmt not in ("slack", "telegram", "discord", "mattermost", "whatsapp"):
            continue
        exp = json.load(open(os.path.join(CORPUS, name, "expected.json"), encoding="utf-8"))
        if exp["outcome"] != "ok":
            continue
        files = open_tree(os.path.join(CORPUS, name, exp["path"]))
        got = whatsapp(name, files) if fmt == "whatsapp" else globals()[fmt](files)
        want = (exp["group_chats"], exp["one_to_one_chats"], exp["group_message_records"],
                exp["human_senders"], exp["bot_senders"])
        status = "ok" if got == want else "MISMATCH"
        bad += got != want
        print("%-46s %s got=%s want=%s" % (name, status, got, want))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
