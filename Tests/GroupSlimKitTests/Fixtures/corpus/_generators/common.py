"""Shared helpers for the independent test-corpus generators.

Every generator builds the export files AND computes the expected counts from the
same in-memory model, so the numbers in expected.json come from construction, not
from running any importer.  Output is deterministic (fixed timestamps, sorted zip
entries, fixed zip dates) so re-running a generator reproduces byte-identical files.
"""
import json
import os
import shutil
import zipfile

CORPUS = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))

# Keys in the order the brief lists them.
KEYS = ["format", "path", "outcome", "group_chats", "one_to_one_chats",
        "group_message_records", "human_senders", "bot_senders", "error_line", "notes"]

MAX_RECORDS = 200
MAX_BYTES = 40 * 1024


def case_dir(name, prefix):
    assert name.startswith(prefix + "-"), name
    d = os.path.join(CORPUS, name)
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    return d


def write_bytes(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def write_text(path, text, encoding="utf-8", bom=False, newline="\n"):
    if newline != "\n":
        text = text.replace("\n", newline)
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    write_bytes(path, data)


def make_zip(zip_path, members):
    """members: list of (arcname, bytes). Fixed date so the zip is reproducible."""
    os.makedirs(os.path.dirname(zip_path), exist_ok=True)
    with zipfile.ZipFile(zip_path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for arc, data in members:
            info = zipfile.ZipInfo(arc, date_time=(2024, 4, 2, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


def tree_size(d):
    total = 0
    for root, _, files in os.walk(d):
        for f in files:
            if f == "expected.json":
                continue
            total += os.path.getsize(os.path.join(root, f))
    return total


def write_expected(d, fmt, path, *, outcome="ok", group_chats=0, one_to_one_chats=0,
                   group_message_records=0, human_senders=0, bot_senders=0,
                   error_line=None, notes="", total_records=None):
    assert os.path.exists(os.path.join(d, path)), (d, path)
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
    if outcome == "error":
        assert error_line is not None
    size = tree_size(d)
    assert size <= MAX_BYTES, (d, size)
    assert (total_records if total_records is not None else group_message_records) <= MAX_RECORDS, d
    with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return exp


def summary_line(name, exp):
    return ("%-48s %-5s groups=%d 1:1=%d records=%d humans=%d bots=%d err=%s"
            % (name, exp["outcome"], exp["group_chats"], exp["one_to_one_chats"],
               exp["group_message_records"], exp["human_senders"], exp["bot_senders"],
               exp["error_line"]))
