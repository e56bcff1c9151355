#!/usr/bin/env bash
# Import benchmark for the streaming platform importers: generates a ~1 GB Telegram Desktop
# export and a ~1 GB (uncompressed) Slack export ZIP, imports each with the release build under
# /usr/bin/time -v, and prints MB/s and peak RSS next to baselines run on the same file in the
# same script: the I/O floor (`cat > /dev/null` for Telegram, `unzip -p > /dev/null` for the
# Slack ZIP, which includes inflating) and Python's json module (the whole Telegram file with
# json.loads; every Slack day file with json.loads, entry by entry from the ZIP).
#
#   Scripts/bench-export-import.sh            # 1024 MB each, data under /tmp/groupslim-export-bench
#   SIZE_MB=200 WORK=/var/tmp/x Scripts/bench-export-import.sh
#
# Targets (issue 5): peak RSS < 200 MB for 1 GB; >= 60 MB/s.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE_MB=${SIZE_MB:-1024}
WORK=${WORK:-/tmp/groupslim-export-bench}
mkdir -p "$WORK"

swift build -c release --product groupslim >/dev/null
BIN=.build/release/groupslim

TG="$WORK/telegram/result.json"
SLACK="$WORK/slack-export.zip"
[ -s "$TG" ] || python3 Scripts/gen_chat_export.py telegram --out "$TG" --size-mb "$SIZE_MB"
[ -s "$SLACK" ] || python3 Scripts/gen_chat_export.py slack --out "$SLACK" --size-mb "$SIZE_MB"

# measure LABEL BYTES CMD...: runs CMD under /usr/bin/time -v, prints seconds, MB/s and peak RSS.
measure() {
    local label=$1 bytes=$2; shift 2
    /usr/bin/time -v "$@" >"$WORK/out.txt" 2>"$WORK/time.txt" || { cat "$WORK/out.txt" "$WORK/time.txt"; exit 1; }
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/time.txt" \
        | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.txt")
    awk -v l="$label" -v b="$bytes" -v w="$wall" -v r="$rss" \
        'BEGIN { mb = b / 1048576; printf "%-34s %8.1f MB %8.2f s %9.1f MB/s %9.1f MB peak RSS\n", l, mb, w, mb / (w > 0 ? w : 0.001), r / 1024 }'
    echo "$wall" >"$WORK/last-wall"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", (b > 0 ? a / b : 0) }'; }

run_format() {
    local name=$1 file=$2 bytes=$3 python_baseline=$4 floor=$5
    echo "== $name: $file"
    measure "$floor (I/O floor)" "$bytes" sh -c "$floor '$file' > /dev/null"
    local cat_wall; cat_wall=$(cat "$WORK/last-wall")
    measure "python3 json ($python_baseline)" "$bytes" python3 Scripts/json_baseline.py "$name" "$file"
    local py_wall; py_wall=$(cat "$WORK/last-wall")
    rm -f "$WORK/$name.db" "$WORK/$name.db-wal" "$WORK/$name.db-shm"
    measure "groupslim import" "$bytes" "$BIN" import "$file" --db "$WORK/$name.db" --timezone UTC
    local gs_wall; gs_wall=$(cat "$WORK/last-wall")
    grep -E 'messages:' "$WORK/out.txt" | sed 's/^ */  /'
    echo "  import time vs the I/O floor: $(ratio "$gs_wall" "$cat_wall"), vs python json: $(ratio "$gs_wall" "$py_wall")"
}

TG_BYTES=$(stat -c %s "$TG")
SLACK_BYTES=$(python3 -c "import zipfile,sys; print(sum(i.file_size for i in zipfile.ZipFile(sys.argv[1]).infolist()))" "$SLACK")
echo "Slack ZIP: $(stat -c %s "$SLACK") bytes compressed, $SLACK_BYTES uncompressed (MB/s below are of uncompressed JSON)"
run_format telegram "$TG" "$TG_BYTES" "json.loads, whole file" "cat"
run_format slack "$SLACK" "$SLACK_BYTES" "json.loads per day file" "unzip -p"
