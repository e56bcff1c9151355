#!/usr/bin/env python3
"""Generates a large, realistic chat-platform export for the import benchmark.

  gen_chat_export.py telegram --out DIR/result.json --size-mb 1024 [--seed 1]
  gen_chat_export.py slack    --out DIR/export.zip  --size-mb 1024 [--seed 1]   (or a folder path)

Telegram: a full-account export (chats.list with groups, a personal chat and a channel) shaped as
Telegram Desktop writes it: 1-space indentation, date + date_unixtime, text as a string or an
entity array, media fields, service actions and the occasional \\xHH escape.
Slack: channels.json, groups.json, users.json and one folder of pretty-printed day files per
channel, with \\/ and \\uXXXX escapes, joins/leaves, bot messages, files, threads and reactions.
The content is invented; sizes are approximate (within a few percent)."""
import argparse, json, os, random, zipfile

WORDS = ("请 各位 网格员 今天 下午 完成 排查 报送 材料 收到 已 落实 防汛 值班 通知 明早 八点 集合 "
         "water level gauge shift report sandbags dike pump checked done please confirm tonight "
         "volunteers supplies truck route update meeting budget agenda").split()

def sentence(rng, lo=3, hi=24):
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(lo, hi)))

def telegram(out, size, rng):
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    people = [(f"user{100000 + i}", f"Member {i:04d}") for i in range(600)]
    groups = 24
    per_group = size // groups
    t0 = 1_700_000_000
    with open(out, "w", encoding="utf-8") as f:
        f.write('{\n "about": "Here is the data you requested.",\n "personal_information": {\n  "user_id": 100000,\n'
                '  "first_name": "Bench",\n  "last_name": "User",\n  "phone_number": "+00 000",\n  "username": "@bench",\n  "bio": ""\n },\n'
                ' "chats": {\n  "about": "This page lists all chats from this export.",\n  "list": [\n')
        f.write('   {\n    "name": "Friend",\n    "type": "personal_chat",\n    "id": 555,\n    "messages": [\n     {\n'
                '      "id": 1,\n      "type": "message",\n      "date": "2023-11-14T22:13:20",\n      "date_unixtime": "1700000000",\n'
                '      "from": "Friend",\n      "from_id": "user555",\n      "text": "hi",\n      "text_entities": []\n     }\n    ]\n   },\n')
        for g in range(groups):
            f.write('   {\n    "name": %s,\n    "type": "%s",\n    "id": %d,\n    "messages": [\n'
                    % (json.dumps(f"Work group {g:02d}", ensure_ascii=False), rng.choice(["private_supergroup", "private_group", "public_supergroup"]), 1_800_000_000 + g))
            written, mid, t = 0, 1, t0 + g * 1000
            first = True
            while written < per_group:
                t += rng.randint(5, 600)
                uid, name = rng.choice(people)
                m = {"id": mid, "type": "message", "date": "2023-11-14T22:13:20", "date_unixtime": str(t), "from": name, "from_id": uid}
                r = rng.random()
                if r < 0.02:
                    m["type"] = "service"; del m["from"]; del m["from_id"]
                    m["actor"], m["actor_id"] = name, uid
                    m["action"] = rng.choice(["invite_members", "join_group_by_link", "remove_members"])
                    if m["action"] != "join_group_by_link":
                        m["members"] = [rng.choice(people)[1]]
                    m["text"], m["text_entities"] = "", []
                elif r < 0.12:
                    parts = [sentence(rng), {"type": "bold", "text": sentence(rng, 1, 3)}, " ", {"type": "link", "text": "https://example.org/x"}]
                    m["text"] = parts
                    m["text_entities"] = [{"type": "plain", "text": parts[0]}, parts[1], {"type": "plain", "text": " "}, parts[3]]
                elif r < 0.20:
                    m["photo"] = "(File not included. Change data exporting settings to download.)"
                    m["photo_file_size"], m["width"], m["height"] = 123456, 1280, 960
                    m["text"], m["text_entities"] = "", []
                elif r < 0.24:
                    m["file"] = "(File not included. Change data exporting settings to download.)"
                    m["media_type"], m["sticker_emoji"] = "sticker", "👍"
                    m["text"], m["text_entities"] = "", []
                else:
                    text = sentence(rng)
                    if rng.random() < 0.001:
                        text += "CTRLMARK"
                    m["text"], m["text_entities"] = text, [{"type": "plain", "text": text}]
                    if rng.random() < 0.1:
                        m["reply_to_message_id"] = max(1, mid - rng.randint(1, 50))
                body = json.dumps(m, ensure_ascii=False, indent=1).replace("\n", "\n     ").replace("CTRLMARK", "\\x07")
                chunk = ("" if first else ",\n") + "     " + body
                first = False
                f.write(chunk)
                written += len(chunk.encode("utf-8"))
                mid += 1
            f.write("\n    ]\n   }" + (",\n" if g < groups - 1 else "\n"))
        f.write("  ]\n },\n \"left_chats\": {\n  \"about\": \"\",\n  \"list\": []\n }\n}\n")

def slack_files(size, rng):
    users = [{"id": f"U{i:06d}", "team_id": "T1", "name": f"member{i}", "deleted": False, "real_name": f"Member {i}",
              "profile": {"real_name": f"成员{i}", "display_name": f"m{i}"}, "is_bot": False} for i in range(500)]
    channels = 40
    dump = lambda o: json.dumps(o, indent=4, ensure_ascii=True).replace("/", "\\/")
    listing = []
    for c in range(channels):
        listing.append({"id": f"C{c:05d}", "name": f"work-{c:02d}", "created": 1_700_000_000, "creator": "U000001",
                        "is_archived": False, "is_general": c == 0, "members": [u["id"] for u in rng.sample(users, 60)],
                        "topic": {"value": f"Topic {c}", "creator": "U000001", "last_set": 1_700_000_000},
                        "purpose": {"value": f"Purpose {c}", "creator": "U000001", "last_set": 1_700_000_000}})
    yield "users.json", dump(users)
    yield "channels.json", dump(listing[:36])
    yield "groups.json", dump(listing[36:])
    per_channel = size // channels
    for ch in listing:
        written, day, t = 0, 0, 1_700_000_000
        while written < per_channel:
            msgs = []
            for _ in range(200):
                t += rng.randint(10, 400)
                u = rng.choice(users)["id"]
                ts = f"{t}.{rng.randint(0, 999999):06d}"
                r = rng.random()
                if r < 0.01:
                    m = {"type": "message", "subtype": rng.choice(["channel_join", "channel_leave"]), "ts": ts, "user": u, "text": f"<@{u}> has joined the channel"}
                elif r < 0.05:
                    m = {"type": "message", "subtype": "bot_message", "text": sentence(rng), "ts": ts, "username": "gaugebot", "bot_id": "B0001"}
                elif r < 0.12:
                    m = {"type": "message", "subtype": "file_share", "text": "", "user": u, "ts": ts,
                         "files": [{"id": "F1", "name": "p.jpg", "mimetype": "image/jpeg", "filetype": "jpg", "size": 1000, "url_private": "https://files.example/p.jpg"}]}
                else:
                    text = sentence(rng)
                    m = {"client_msg_id": "0b1c2d3e-0000-4000-8000-%012d" % rng.randint(0, 10**12), "type": "message", "text": text, "user": u, "ts": ts,
                         "team": "T1", "user_team": "T1", "source_team": "T1",
                         "user_profile": {"real_name": "成员", "display_name": "m", "image_72": "https://a.example/x.png", "team": "T1", "name": "m"},
                         "blocks": [{"type": "rich_text", "block_id": "b", "elements": [{"type": "rich_text_section", "elements": [{"type": "text", "text": text}]}]}]}
                    if rng.random() < 0.2:
                        m["reactions"] = [{"name": "+1", "users": [u], "count": 1}]
                msgs.append(m)
            text = dump(msgs)
            date = f"2024-{1 + (day // 28) % 12:02d}-{1 + day % 28:02d}" if day < 336 else f"{2025 + (day - 336) // 336}-{1 + ((day - 336) // 28) % 12:02d}-{1 + day % 28:02d}"
            yield f"{ch['name']}/{date}.json", text
            written += len(text)
            day += 1

def slack(out, size, rng):
    if out.endswith(".zip"):
        os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
            for name, text in slack_files(size, rng):
                z.writestr("Bench Slack export/" + name, text)
    else:
        for name, text in slack_files(size, rng):
            path = os.path.join(out, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as f:
                f.write(text)

def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("format", choices=["telegram", "slack"])
    p.add_argument("--out", required=True)
    p.add_argument("--size-mb", type=int, default=1024)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    rng = random.Random(a.seed)
    (telegram if a.format == "telegram" else slack)(a.out, a.size_mb * 1024 * 1024, rng)

if __name__ == "__main__":
    main()
