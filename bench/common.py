"""Helpers shared by the benchmarks: timing, memory, a private RECTIFY_HOME."""

from __future__ import annotations

import json
import os
import resource
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
RESULTS = ROOT / "bench" / "results.json"


@contextmanager
def private_home(embedder: str) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="rectify-bench-") as tmp:
        old = {k: os.environ.get(k) for k in ("RECTIFY_HOME", "RECTIFY_INDEX__EMBEDDER")}
        os.environ["RECTIFY_HOME"] = tmp
        os.environ["RECTIFY_INDEX__EMBEDDER"] = embedder
        try:
            yield Path(tmp)
        finally:
            for key, value in old.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    value = fn()
    return time.perf_counter() - started, value


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return {"p50_ms": round(statistics.median(ordered) * 1000, 1), "p95_ms": round(p95 * 1000, 1)}


def max_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def disk_mb(path: Path) -> float:
    return round(sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20, 1)


def record(name: str, result: dict[str, Any]) -> None:
    """Print the figures and merge them into bench/results.json."""
    print(json.dumps({"benchmark": name, **result}, ensure_ascii=False))
    data: dict[str, Any] = {}
    if RESULTS.exists():
        data = json.loads(RESULTS.read_text("utf-8"))
    data[name] = result
    RESULTS.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")
