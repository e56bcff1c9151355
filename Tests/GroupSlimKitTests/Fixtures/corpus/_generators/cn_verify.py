#!/usr/bin/env python3
"""Cross-check for the qq-/wechat-/wecom- cases: re-parses the written export files
with small independent readers (not the generators' in-memory data) and compares
the counts with each case's expected.json.  Exit status 1 on any mismatch.

    python3 Tests/GroupSlimKitTests/Fixtures/corpus/_generators/cn_verify.py
"""
import csv
import glob
import io
import json
import os
import re
import sys
from datetime import datetime

CORPUS = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

# ------------------------------------------------------------------ QQ
QQ_GROUP_FOLDERS = {"我的群聊", "多人聊天"}
TS = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2}) (\d{1,2}):(\d{2}):(\d{2})( [AP]M)? (.*)$")
LOOKS = re.compile(r"^\d{4}-\d{1,2}-\d{1,2} .*(\(\d+\)|<[^<>]+>)$")
SYSTEM_QQ = {"10000", "1000000"}
BOT_QQ = {"2854196310"}


def qq_decode(data):
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def qq_file(path, acc):
    lines = qq_decode(open(path, "rb").read()).splitlines()
    folder = obj = None
    for n, line in enumerate(lines, 1):
        if line.startswith("消息分组:"):
            folder = line[5:]
            continue
        if line.startswith("消息对象:"):
            obj = line[5:]
            continue
        group = folder in QQ_GROUP_FOLDERS and folder != "多人聊天"
        m = TS.match(line)
        ident = None
        if m:
            rest = m.group(8)
            im = re.search(r"\(([^()]*)\)$|<([^<>]*)>$", rest)
            if group:
                if not im:
                    m = None
                else:
                    ident = im.group(1) if im.group(1) is not None else im.group(2)
            else:
                ident = rest
            if m:
                try:
                    datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4)) % 24,
                             int(m.group(5)), int(m.group(6)))
                except ValueError:
                    return ("err", n)
        elif LOOKS.match(line) and group:
            return ("err", n)
        if not m:
            continue
        if folder in QQ_GROUP_FOLDERS:
            acc["groups"].add(obj)
            acc["records"] += 1
            if ident in SYSTEM_QQ:
                pass
            elif ident in BOT_QQ:
                acc["bots"].add(ident)
            else:
                acc["humans"].add(ident)
        else:
            acc["o2o"].add(obj)
    return None


def check_qq(case, exp):
    acc = {"groups": set(), "o2o": set(), "records": 0, "humans": set(), "bots": set()}
    target = os.path.join(CORPUS, case, exp["path"])
    files = sorted(glob.glob(os.path.join(target, "*.txt"))) if os.path.isdir(target) else [target]
    for f in files:
        r = qq_file(f, acc)
        if r:
            return r
    return (len(acc["groups"]), len(acc["o2o"]), acc["records"], len(acc["humans"]), len(acc["bots"]))


# ------------------------------------------------------------------ WeChat
def read_csv(path):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))


TIME_OK = [re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$"), re.compile(r"^\d{4}/\d{1,2}/\d{1,2} \d{1,2}:\d{2}$")]


def wechat_file(path, acc):
    rows = read_csv(path)
    head, body = rows[0], rows[1:]
    body = [r + [""] * (len(head) - len(r)) for r in body]      # short rows (pre-43d6792 WeChatMsg)
    col = {h: i for i, h in enumerate(head)}
    # physical line of each record
    text = open(path, "rb").read().decode("utf-8-sig")
    reader = csv.reader(io.StringIO(text, newline=""))
    starts, prev = [], 1
    next(reader)
    prev = reader.line_num + 1
    for _ in reader:
        starts.append(prev)
        prev = reader.line_num + 1
    if "StrTalker" in col or "localId" in col:                              # WeChatMsg / MemoTrace
        m = re.search(r"\(([^()]+)\)$", os.path.basename(os.path.dirname(path)))
        cid = m.group(1) if m else None
        senders = {r[col["Sender"]] for r in body if r[col["Sender"]]}
        group = cid.endswith("@chatroom") if cid else len(senders) > 2
        key = cid or os.path.dirname(path)
        sys_rows = lambda r: int(r[col["Type"]]) in (10000, 10002)  # noqa: E731
        sender = lambda r: r[col["Sender"]]  # noqa: E731
        tcol = col["StrTime"]
    elif "room_name" in col:                                             # PyWxDump
        key = body[0][col["room_name"]]
        group = key.endswith("@chatroom")
        sys_rows = lambda r: r[col["type_name"]] in ("系统通知", "拍一拍", "邀请加群")  # noqa: E731
        sender = lambda r: r[col["talker"]]  # noqa: E731
        tcol = col["CreateTime"]
    else:                                                                # chatlog
        key = body[0][col["Talker"]]
        group = key.endswith("@chatroom")
        sys_rows = lambda r: r[col["Sender"]] == "系统消息"  # noqa: E731
        sender = lambda r: r[col["Sender"]]  # noqa: E731
        tcol = col["Time"]
    for i, r in enumerate(body):
        if not any(p.match(r[tcol]) for p in TIME_OK):
            return ("err", starts[i])
    if group:
        acc["groups"].add(key)
        acc["records"] += len(body)
        for r in body:
            if not sys_rows(r):
                acc["humans"].add(sender(r))
    else:
        acc["o2o"].add(key)
    return None


def check_wechat(case, exp):
    acc = {"groups": set(), "o2o": set(), "records": 0, "humans": set()}
    target = os.path.join(CORPUS, case, exp["path"])
    files = sorted(glob.glob(os.path.join(target, "**", "*.csv"), recursive=True)) if os.path.isdir(target) else [target]
    for f in files:
        r = wechat_file(f, acc)
        if r:
            return r
    humans = acc["humans"]
    # PyWxDump writes "我" for the exporting user; other layouts use the wxid
    return (len(acc["groups"]), len(acc["o2o"]), acc["records"], len(humans), 0)


# ------------------------------------------------------------------ WeCom
def check_wecom(case, exp):
    path = os.path.join(CORPUS, case, exp["path"])
    if path.endswith(".json"):
        o = json.load(open(path, encoding="utf-8"))
        assert o["errcode"] == 0
        return (1, 0, 0, 0, 0)
    rooms, pairs, recs, humans, bots = set(), set(), 0, set(), set()
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            o = json.loads(line)
        except json.JSONDecodeError:
            return ("err", n)
        if o["action"] == "switch":
            continue
        if o.get("roomid"):
            rooms.add(o["roomid"])
            recs += 1
            (bots if o["from"].startswith("wb") else humans).add(o["from"])
        else:
            pairs.add(frozenset((o["from"], o["tolist"][0])))
    return (len(rooms), len(pairs), recs, len(humans), len(bots))


def main():
    bad = 0
    for exp_path in sorted(glob.glob(os.path.join(CORPUS, "*", "expected.json"))):
        case = os.path.basename(os.path.dirname(exp_path))
        if not case.startswith(("qq-", "wechat-", "wecom-")):
            continue
        exp = json.load(open(exp_path, encoding="utf-8"))
        got = {"qq": check_qq, "wechat": check_wechat, "wecom": check_wecom}[exp["format"]](case, exp)
        if exp["outcome"] == "error":
            want = ("err", exp["error_line"])
        else:
            want = (exp["group_chats"], exp["one_to_one_chats"], exp["group_message_records"],
                    exp["human_senders"], exp["bot_senders"])
        ok = tuple(got) == tuple(want)
        bad += not ok
        print("%-44s %-8s got=%s want=%s" % (case, "OK" if ok else "MISMATCH", got, want))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
