"""Benchmark: parse the whole shipped corpus; print notices/s and peak memory.

Target (issue 2): the whole corpus in under 2 s on the 2-core reference machine.
Run: make bench   (or .venv/bin/python bench/bench_parse.py [--repeat N])
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import CORPUS, record  # noqa: E402

from assistant.corpus import parse_file  # noqa: E402


def parse_all() -> tuple[int, int, int]:
    notices = items = chars = 0
    for path in sorted(CORPUS.glob("*.txt")):
        for notice in parse_file(path).notices:
            notices += 1
            items += len(notice.items)
            chars += len(notice.text)
    return notices, items, chars


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    started = time.perf_counter()
    parse_all()  # cold: imports, regex compilation, rule loading
    cold = time.perf_counter() - started
    timings = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        notices, items, chars = parse_all()
        timings.append(time.perf_counter() - started)
    tracemalloc.start()
    parse_all()
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    best = min(timings)
    result = {
        "notices": notices,
        "items": items,
        "chars": chars,
        "cold_s": round(cold, 3),
        "warm_best_s": round(best, 3),
        "notices_per_s": round(notices / best, 1),
        "python_peak_alloc_mb": round(traced_peak / 2**20, 1),
        "process_max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    record("parse_corpus", result)


if __name__ == "__main__":
    main()
