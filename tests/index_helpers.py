"""Shared steps of the index tests, run against the embedded store and a Chroma server."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.errors import InputError, StoreError
from assistant.index import sync
from assistant.index.filters import Filters
from assistant.index.precedents import PrecedentIndex
from assistant.settings import Settings, load_settings

ROOT = Path(__file__).resolve().parent.parent
SMALL = ["000_53d272b6d1b67865.txt", "002_758074bb1886fac5.txt", "003_4f90d436d6bfcb65.txt"]
SMALL_ITEMS = 15 + 38 + 20


def small_corpus(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "incoming"
    folder.mkdir(exist_ok=True)
    for name in SMALL:
        shutil.copy(ROOT / "corpus" / name, folder / name)
    return sorted(folder.iterdir())


def exercise_store(tmp_path: Path, settings: Settings) -> None:
    """Add, search, filter, cap, exclude, reopen, re-add, remove, drift check and repair."""
    report = sync.add_to_corpus(settings, small_corpus(tmp_path))
    assert report.count("added") == 3
    index = PrecedentIndex(settings)
    assert index.store.count() == SMALL_ITEMS

    hits = index.search("理论学习流于形式，中心组学习不深入", k=5)
    assert len(hits) == 5 and [h.rank for h in hits] == [1, 2, 3, 4, 5]
    assert hits[0].score >= hits[-1].score
    assert any("学习" in h.record.problem for h in hits[:3])

    capped = index.search("学习", k=6, per_notice_cap=2)
    counts: dict[str, int] = {}
    for hit in capped:
        counts[hit.record.notice_id] = counts.get(hit.record.notice_id, 0) + 1
    assert len(capped) == 6 and max(counts.values()) == 2 and len(counts) == 3

    yuhu = next(h.record.notice_id for h in index.search("委员履职平台", k=3) if h.record.unit == "雨湖区政协机关")
    without = index.search("委员履职平台", k=10, filters=Filters(exclude_notices=frozenset({yuhu})))
    assert without and all(h.record.notice_id != yuhu for h in without)
    assert all(h.record.year == 2026 for h in index.search("学习", filters=Filters(year_from=2025)))
    assert all(h.record.level == "区" for h in index.search("学习", filters=Filters(level="区")))
    with pytest.raises(InputError, match="known values: 区, 市"):
        index.search("学习", filters=Filters(level="省"))
    with pytest.raises(InputError, match="empty"):
        index.search("   ")

    # a second process sees the same index
    again = PrecedentIndex(load_settings(home=settings.home))
    assert [h.record.id for h in again.search("理论学习流于形式，中心组学习不深入", k=5)] == [
        h.record.id for h in hits
    ]

    # re-adding is an upsert: nothing doubles
    report = sync.add_to_corpus(settings, small_corpus(tmp_path))
    assert report.count("added") == 0 and PrecedentIndex(settings).store.count() == SMALL_ITEMS

    # drift: an entry deleted behind the catalog's back is found and repaired
    index = PrecedentIndex(settings)
    lost = hits[0].record.id
    index.store.delete_ids([lost])
    drift, problems = sync.check(settings)
    assert drift.missing_in_store == [lost] and not problems
    drift, _ = sync.check(settings, repair=True)
    assert drift.repaired and sync.check(settings)[0].clean

    # removing a notice removes its entries
    sync.remove_notice(settings, yuhu)
    index = PrecedentIndex(settings)
    assert index.store.count() == SMALL_ITEMS - 15
    assert all(h.record.notice_id != yuhu for h in index.search("委员履职平台", k=20))


def exercise_embedder_mismatch(settings: Settings) -> None:
    other = settings.model_copy(update={"index": settings.index.model_copy(update={"embedder": "e5"})})
    with pytest.raises(StoreError, match="rebuild"):
        PrecedentIndex(other, embeddings=_FakeDim(other))


class _FakeDim:
    """Stands in for another embedder without loading a model: a different dimension."""

    def __new__(cls, settings: Settings) -> object:  # noqa: D102
        from langchain_core.embeddings.fake import DeterministicFakeEmbedding

        return DeterministicFakeEmbedding(size=32)
