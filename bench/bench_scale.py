"""Benchmark: the store at scale. A synthetic corpus of N notices is made by recombining
the shipped ones (each synthetic notice: a shipped notice's metadata with items drawn from
random notices), embedded with fake embeddings so the store is measured, not the model.
Reports build time, disk size, peak memory and query p50/p95 at 1k, 3k and 10k notices, and
writes bench/scale.png (latency against corpus size).

Targets (issue 3): query p95 < 200 ms and peak memory < 4 GB at 10,000 notices.
Run: .venv/bin/python bench/bench_scale.py [--sizes 1000 3000 10000]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import CORPUS, ROOT, disk_mb, max_rss_mb, percentiles, private_home, record, timed  # noqa: E402

from assistant.corpus.catalog import Catalog  # noqa: E402
from assistant.corpus.models import Notice  # noqa: E402
from assistant.corpus.notices import parse_file  # noqa: E402
from assistant.corpus.parser import notice_id  # noqa: E402
from assistant.index.precedents import PrecedentIndex  # noqa: E402
from assistant.settings import load_settings  # noqa: E402


def synthetic(seeds: list[Notice], count: int, rng: random.Random, start: int) -> list[Notice]:
    pool = [item for notice in seeds for item in notice.items]
    out = []
    for n in range(start, start + count):
        base = rng.choice(seeds)
        items = [
            item.model_copy(update={"key": f"2.{i + 1}"})
            for i, item in enumerate(rng.sample(pool, k=min(len(pool), rng.randint(10, 40))))
        ]
        text = f"synthetic {n}\n" + base.text
        out.append(
            base.model_copy(
                update={"id": notice_id(text), "items": items, "unit": f"{base.unit}{n}", "text": text}
            )
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 3000, 10000])
    parser.add_argument("--queries", type=int, default=40)
    args = parser.parse_args()
    seeds = [n for p in sorted(CORPUS.glob("*.txt")) for n in parse_file(p).notices]
    rng = random.Random(7)
    queries = [i.problem for n in seeds for i in n.items]
    rng.shuffle(queries)
    queries = queries[: args.queries]
    points = []
    with private_home("fake") as home:
        settings = load_settings()
        index = PrecedentIndex(settings)
        built = 0
        build_total = 0.0
        for size in sorted(args.sizes):
            started = time.perf_counter()
            # in chunks, so the generator's notices do not count in the peak memory
            for first in range(built, size, 500):
                batch = synthetic(seeds, min(500, size - first), rng, first)
                index.add(batch)
                with Catalog(settings.catalog_path) as catalog:
                    for notice in batch:
                        catalog.add([notice], "synthetic")
                del batch
            index = PrecedentIndex(settings)  # reopen: records and lexical index rebuilt
            lexical_s, _ = timed(index.lexical)
            build_total += time.perf_counter() - started
            built = size
            index.search(queries[0])
            samples = [timed(lambda q=q, i=index: i.search(q, k=10))[0] for q in queries]
            point = {
                "notices": size,
                "items": index.store.count(),
                "build_s_cumulative": round(build_total, 1),
                "lexical_build_s": round(lexical_s, 1),
                **percentiles(samples),
                "disk_mb": disk_mb(home / "vectorstore"),
                "peak_rss_mb": max_rss_mb(),
            }
            print(point, flush=True)
            points.append(point)
    record("scale_fake_embeddings", {"points": points})
    _plot(points)


def _plot(points: list[dict[str, float]]) -> None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib not installed: no plot")
        return
    sizes = [p["notices"] for p in points]
    fig, ax = plt.subplots(figsize=(6, 4))
    ax.plot(sizes, [p["p50_ms"] for p in points], marker="o", label="p50")
    ax.plot(sizes, [p["p95_ms"] for p in points], marker="o", label="p95")
    ax.set_xlabel("notices in the corpus")
    ax.set_ylabel("search latency (ms)")
    ax.set_xscale("log")
    ax.set_title("rectify search latency vs corpus size (fake embeddings)")
    ax.legend()
    fig.tight_layout()
    fig.savefig(ROOT / "bench" / "scale.png", dpi=100)


if __name__ == "__main__":
    main()
