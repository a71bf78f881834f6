"""Benchmark: build the index of the shipped corpus with the default embedder (e5) and
measure warm query latency. Targets (issue 3): build < 60 s, query p50 < 60 ms warm."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import CORPUS, disk_mb, max_rss_mb, percentiles, private_home, record, timed  # noqa: E402

from assistant.index import sync  # noqa: E402
from assistant.index.precedents import PrecedentIndex  # noqa: E402
from assistant.settings import load_settings  # noqa: E402


def main() -> None:
    with private_home("e5") as home:
        settings = load_settings()
        build_s, report = timed(lambda: sync.add_to_corpus(settings, sorted(CORPUS.glob("*.txt"))))
        time.sleep(3)  # let Chroma's background indexing settle, as between two commands
        index = PrecedentIndex(settings)  # reopened, as `rectify search` would
        recs = index.catalog_records()
        queries = [r.problem for r in recs[:: max(1, len(recs) // 60)]][:60]
        for query in queries[:3]:
            index.search(query)  # warm: model, lexical cache, Chroma
        samples = [timed(lambda q=q: index.search(q, k=10))[0] for q in queries]  # noqa: B023
        record(
            "index_build_and_query_e5",
            {
                "notices": report.count("added"),
                "items": len(recs),
                "build_s": round(build_s, 1),
                "items_per_s": round(len(recs) / build_s, 1),
                "queries": len(samples),
                **percentiles(samples),
                "disk_mb": disk_mb(home / "vectorstore"),
                "max_rss_mb": max_rss_mb(),
            },
        )


if __name__ == "__main__":
    main()
