#!/usr/bin/env bash
# Fuzzes GroupSlim's parsers with libFuzzer (swiftc -sanitize=fuzzer,address).
#
#   Scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# Builds one binary (.build-fuzz/groupslim-fuzz) from the library sources and Fuzz/Targets,
# then runs each target for SECONDS_PER_TARGET (default 60) starting from its committed seed
# corpus Fuzz/Corpus/TARGET. New inputs go to .build-fuzz/corpus/TARGET (not committed); a
# crash leaves crash-* files in .build-fuzz/ and makes the script exit non-zero. Turn a crash
# into a regression test, then fix it.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
shift || true
all_targets=(timestamp csv classifier canonical whatsapp qq wechat teams telegram discord mattermost slackzip)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all_targets[@]}")

out=.build-fuzz
binary="$out/groupslim-fuzz"
mkdir -p "$out"
sources=$(find Sources/GroupSlimKit Fuzz/Targets -name '*.swift' | LC_ALL=C sort)
if [ ! -x "$binary" ] || [ -n "$(find Sources/GroupSlimKit Fuzz/Targets -name '*.swift' -newer "$binary")" ]; then
    echo "building $binary (one compile for every target; about 1-2 minutes)…"
    # shellcheck disable=SC2086
    swiftc -sanitize=fuzzer,address -parse-as-library -module-name GroupSlimFuzz \
        -I Sources/CSQLite -I Sources/CZlib -lsqlite3 -lz -Onone -g $sources -o "$binary" 2> "$out/build.log" || {
        cat "$out/build.log"; exit 1; }
fi

status=0
for target in "${targets[@]}"; do
    seeds="Fuzz/Corpus/$target"
    work="$out/corpus/$target"
    mkdir -p "$work"
    echo "== $target: ${seconds}s from $(ls "$seeds" | wc -l) seeds"
    # SWIFT_BACKTRACE off: Swift's own crash handler reads memory that ASan then reports as an
    # "unknown-crash" of its own, hiding the real signal and stack.
    if SWIFT_BACKTRACE=enable=no GROUPSLIM_FUZZ_TARGET="$target" "$binary" -max_total_time="$seconds" -max_len=65536 \
        -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$out/crash-$target-" -print_final_stats=1 \
        "$work" "$seeds" > "$out/$target.log" 2>&1; then
        runs=$(grep -m1 'stat::number_of_executed_units' "$out/$target.log" | awk '{print $2}')
        cov=$(grep -o 'cov: [0-9]*' "$out/$target.log" | tail -1)
        echo "   ok: ${runs:-?} runs, ${cov:-cov: ?}, no crash"
    else
        status=1
        echo "   FAILED: see $out/$target.log and $out/crash-$target-*"
        grep -m6 -E 'ERROR|deadly signal|Swift runtime failure|Fatal error|Precondition failed|SUMMARY|in [$]s13GroupSlimFuzz' \
            "$out/$target.log" || true
    fi
done
exit $status
