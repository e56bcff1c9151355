"""Shared helpers for the Chinese-format corpus generators (qq.py, wechat.py, wecom.py).

(Named cn_common.py so it does not collide with common.py, which belongs to the
generators of the other formats in this corpus.)

Every generator builds its cases from structured Python data, renders the
export files from that data, and computes expected.json from the SAME data,
so the numbers cannot drift from the files.  Run from anywhere:

    python3 Tests/GroupSlimKitTests/Fixtures/corpus/_generators/qq.py

Each generator rewrites only the case folders it owns (prefix qq-/wechat-/wecom-).
"""
import json
import os
import shutil
from datetime import datetime, timedelta, timezone

CORPUS = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
SHANGHAI = timezone(timedelta(hours=8))
PREFIXES = ("qq-", "wechat-", "wecom-")

MAX_BYTES = 40 * 1024
MAX_RECORDS = 200


def case_dir(name):
    assert name.startswith(PREFIXES), name
    path = os.path.join(CORPUS, name)
    if os.path.isdir(path):
        shutil.rmtree(path)
    os.makedirs(path)
    return path


def write_bytes(case, rel, data):
    path = os.path.join(CORPUS, case, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(data)
    return path


def write_expected(case, *, fmt, path, outcome, group_chats, one_to_one_chats,
                   group_message_records, human_senders, bot_senders,
                   error_line=None, notes, total_records=None):
    assert outcome in ("ok", "error")
    if outcome == "error":
        assert isinstance(error_line, int) and error_line >= 1
    else:
        assert error_line is None
    exp = {
        "format": fmt,
        "path": path,
        "outcome": outcome,
        "group_chats": group_chats,
        "one_to_one_chats": one_to_one_chats,
        "group_message_records": group_message_records,
        "human_senders": human_senders,
        "bot_senders": bot_senders,
        "error_line": error_line,
        "notes": notes,
    }
    target = os.path.join(CORPUS, case, path)
    assert os.path.exists(target), target
    total = 0
    for root, _dirs, files in os.walk(os.path.join(CORPUS, case)):
        for f in files:
            if f != "expected.json":
                total += os.path.getsize(os.path.join(root, f))
    assert total <= MAX_BYTES, (case, total)
    if total_records is not None:
        assert total_records <= MAX_RECORDS, (case, total_records)
    with open(os.path.join(CORPUS, case, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return exp


def cst(y, mo, d, h, mi, s):
    """A wall-clock time in Asia/Shanghai (exports are written on a China-zone PC)."""
    return datetime(y, mo, d, h, mi, s, tzinfo=SHANGHAI)


def epoch(dt):
    return int(dt.timestamp())


def summary(case, exp):
    return ("%-44s %-5s groups=%s 1:1=%s records=%s humans=%s bots=%s err=%s"
            % (case, exp["outcome"], exp["group_chats"], exp["one_to_one_chats"],
               exp["group_message_records"], exp["human_senders"], exp["bot_senders"],
               exp["error_line"]))
