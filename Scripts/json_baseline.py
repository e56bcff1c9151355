#!/usr/bin/env python3
"""The Python baseline for the export-import benchmarks: parses everything GroupSlim's importer
parses with the standard json module and keeps nothing.

  json_baseline.py telegram result.json     json.loads of the whole file
  json_baseline.py slack export.zip         json.loads of every day file in the ZIP

Prints "MESSAGES BYTES": the messages found and the bytes of JSON parsed (uncompressed for the
ZIP). Used by groupslim-bench (exports) and Scripts/bench-export-import.sh.
"""
import json
import sys
import zipfile


def telegram(path):
    # Telegram writes \xHH escapes that json rejects; replaced as the format notes advise.
    data = open(path, "rb").read().replace(b"\\x", b"\\u00")
    doc = json.loads(data)
    return sum(len(chat.get("messages", [])) for chat in doc["chats"]["list"]), len(data)


def slack(path):
    count = size = 0
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.endswith(".json"):
                body = archive.read(name)
                size += len(body)
                count += len(json.loads(body))
    return count, size


if __name__ == "__main__":
    kind, path = sys.argv[1], sys.argv[2]
    count, size = (telegram if kind == "telegram" else slack)(path)
    print(count, size)
