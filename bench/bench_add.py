"""Benchmark: `corpus add` of N new notices (default 1,000) with the default embedder (e5).

The notices are recombined from the shipped ones and written as .txt files, so the whole
path is measured: reading and parsing, duplicate detection, keeping the originals, embedding,
Chroma and catalog writes. Each synthetic notice has a shipped notice's title, intro and
closing (its unit renamed) around 10-40 items drawn at random from all shipped items, so no
two are near-duplicates. Reports notices/s and the share of time in parsing, embedding and
writing (writing = everything else of the store phase: duplicate detection, corpus/ copies,
journal, Chroma and SQLite).

Run: .venv/bin/python bench/bench_add.py [--notices 1000] [--embedder e5|fake]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import CORPUS, max_rss_mb, private_home, record  # noqa: E402
from langchain_core.embeddings import Embeddings  # noqa: E402

from assistant.corpus import ingest, storing  # noqa: E402
from assistant.corpus.models import Item, Notice  # noqa: E402
from assistant.corpus.notices import parse_file  # noqa: E402
from assistant.index import sync  # noqa: E402
from assistant.index.embeddings import make_embeddings  # noqa: E402
from assistant.index.precedents import PrecedentIndex  # noqa: E402
from assistant.settings import load_settings  # noqa: E402


class TimedEmbeddings(Embeddings):
    """The real embedder, with the time spent in it counted."""

    def __init__(self, inner: Embeddings) -> None:
        self.inner = inner
        self.seconds = 0.0

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        started = time.perf_counter()
        try:
            return self.inner.embed_documents(texts)
        finally:
            self.seconds += time.perf_counter() - started

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)

    def __getattr__(self, name: str) -> Any:  # model name, dimension… for the signature
        return getattr(self.inner, name)


def synthetic_text(base: Notice, items: list[Item], n: int) -> str:
    unit = base.unit or "某单位"
    renamed = f"{unit}{n:04d}"
    title = (base.title or f"{unit}关于巡察整改进展情况的通报").replace(unit, renamed)
    date = base.publication_date.strftime("%Y年%-m月%-d日") if base.publication_date else "2021年6月30日"
    body = [f"{i}.{item.problem}\n整改情况：{item.measures}" for i, item in enumerate(items, start=1)]
    closing = base.closing or "欢迎广大干部群众对巡察整改落实情况进行监督。"
    return "\n".join(
        [title, date, base.intro.replace(unit, renamed), "一、整改落实情况", *body, closing, renamed, date, ""]
    )


def write_notices(folder: Path, count: int, seed: int = 11) -> None:
    seeds = [n for p in sorted(CORPUS.glob("*.txt")) for n in parse_file(p).notices]
    pool = [item for notice in seeds for item in notice.items]
    rng = random.Random(seed)
    for n in range(count):
        base = rng.choice(seeds)
        items = rng.sample(pool, k=rng.randint(10, 40))
        (folder / f"synthetic_{n:04d}.txt").write_text(synthetic_text(base, items, n), "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--notices", type=int, default=1000)
    parser.add_argument("--embedder", default="e5", choices=["e5", "fake"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rectify-bench-in-") as tmp, private_home(args.embedder):
        folder = Path(tmp)
        write_notices(folder, args.notices)
        settings = load_settings()
        embeddings = TimedEmbeddings(make_embeddings(settings))
        embeddings.embed_documents(["预热"])  # load the model outside the timings
        embeddings.seconds = 0.0
        index = PrecedentIndex(settings, embeddings=embeddings)

        phases: dict[str, float] = {"read_and_parse": 0.0, "duplicate_detection": 0.0}
        read_sources, classify = ingest.read_sources, storing._classify

        def timed_read(*a: Any, **k: Any) -> Any:
            started = time.perf_counter()
            try:
                return read_sources(*a, **k)
            finally:
                phases["read_and_parse"] += time.perf_counter() - started

        def timed_classify(*a: Any, **k: Any) -> Any:
            started = time.perf_counter()
            try:
                return classify(*a, **k)
            finally:
                phases["duplicate_detection"] += time.perf_counter() - started

        ingest.read_sources, storing._classify = timed_read, timed_classify  # type: ignore[assignment]
        started = time.perf_counter()
        report = sync.add_to_corpus(settings, [folder], index=index)
        total = time.perf_counter() - started
        ingest.read_sources, storing._classify = read_sources, classify  # type: ignore[assignment]

    items = sum(n.items for s in report.sources for n in s.notices if n.outcome == "added")
    writing = total - phases["read_and_parse"] - embeddings.seconds
    record(
        f"corpus_add_{args.notices}_{args.embedder}",
        {
            "notices": args.notices,
            "added": report.count("added"),
            "duplicates": report.count("duplicate"),
            "rejected": len(report.rejected),
            "items": items,
            "total_s": round(total, 1),
            "notices_per_s": round(report.count("added") / total, 2),
            "share_parsing": round(phases["read_and_parse"] / total, 3),
            "share_embedding": round(embeddings.seconds / total, 3),
            "share_writing": round(writing / total, 3),
            "of_which_duplicate_detection_s": round(phases["duplicate_detection"], 1),
            "max_rss_mb": max_rss_mb(),
        },
    )


if __name__ == "__main__":
    main()
