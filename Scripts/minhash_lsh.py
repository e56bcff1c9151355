#!/usr/bin/env python3
"""MinHash LSH baseline for groupslim-bench's similarity benchmark.

Reads member sets (one set per line: space-separated integer member ids; the line number is
the set's index), finds the pairs with Jaccard >= THRESHOLD using datasketch's MinHashLSH
(NUM_PERM permutations, datasketch's own optimal bands/rows for the threshold), verifies every
candidate pair exactly so no false positive is reported, and writes a JSON file:

    {"seconds": ..., "bands": b, "rows": r, "candidates": n, "pairs": [[a, b], ...]}

"seconds" covers signatures, indexing, querying and verification, not reading the input or
starting Python, so it is what an in-process MinHash join would cost.

usage: minhash_lsh.py SETS_FILE THRESHOLD NUM_PERM OUT_JSON
"""
import json
import sys
import time

import numpy as np
from datasketch import MinHash, MinHashLSH


def main():
    sets_path, threshold, num_perm, out_path = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    with open(sets_path, encoding="ascii") as handle:
        sets = [line.split() for line in handle]
    member_sets = [frozenset(items) for items in sets]

    start = time.perf_counter()
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    # MinHash.bulk shares one set of permutations and hashes each set's members in one batch.
    signatures = MinHash.bulk([[item.encode("ascii") for item in items] for items in sets], num_perm=num_perm)
    for index, signature in enumerate(signatures):
        lsh.insert(index, signature, check_duplication=False)
    candidates = 0
    pairs = []
    for index, signature in enumerate(signatures):
        mine = member_sets[index]
        for other in lsh.query(signature):
            if other <= index:
                continue
            candidates += 1
            theirs = member_sets[other]
            shared = len(mine & theirs)
            union = len(mine) + len(theirs) - shared
            if union and shared / union >= threshold:
                pairs.append([index, other])
    seconds = time.perf_counter() - start

    with open(out_path, "w", encoding="ascii") as handle:
        json.dump({"seconds": seconds, "bands": lsh.b, "rows": lsh.r, "candidates": candidates,
                   "pairs": sorted(pairs)}, handle)


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
