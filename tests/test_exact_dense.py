"""The dense search scores every vector up to ``index.exact_dense_limit`` entries: the same precedents
run to run (Chroma's HNSW graph returned other ids at the tail of its k from one build to the next, and
drafts cited other precedents). The brute force below is the test's own, not the store's."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from assistant.index import sync
from assistant.index.precedents import PrecedentIndex
from assistant.settings import load_settings
from tests.index_helpers import small_corpus


def _brute_force(index: PrecedentIndex, vector: list[float], k: int) -> list[str]:
    got = index.store._entries.get(include=["embeddings"])
    query = np.asarray(vector, dtype=np.float64)
    scored = []
    for rid, emb in zip(got["ids"], got["embeddings"], strict=True):
        e = np.asarray(emb, dtype=np.float64)
        scored.append((-float(e @ query / (np.linalg.norm(e) * np.linalg.norm(query))), rid))
    return [rid for _s, rid in sorted(scored)[:k]]


def _indexed(tmp_path: Path, **index: object) -> PrecedentIndex:
    """The small corpus indexed with fake embeddings under ``tmp_path``."""
    settings = load_settings(home=tmp_path / "home", index={"embedder": "fake", **index})
    sync.add_to_corpus(settings, small_corpus(tmp_path))
    return PrecedentIndex(settings)


def _notices(index: PrecedentIndex, ids: list[str]) -> list[str]:
    """The notices the store says these entries belong to."""
    return [m["notice_id"] for m in index.store._entries.get(ids=ids, include=["metadatas"])["metadatas"]]


def test_the_dense_top_k_is_the_exact_one_and_the_same_each_time(tmp_path: Path) -> None:
    index = _indexed(tmp_path)
    vector = index.embeddings.embed_query("理论学习流于形式，中心组学习不深入")
    first = index.store.query(vector, k=20, where=None)
    assert list(first) == _brute_force(index, vector, 20)
    again = PrecedentIndex(load_settings(home=tmp_path / "home", index={"embedder": "fake"}))
    assert again.store.query(vector, k=20, where=None) == first
    # a filter is applied before the k are taken
    [notice] = _notices(index, [next(iter(first))])
    only = index.store.query(vector, k=5, where={"notice_id": notice})
    assert only and all(n == notice for n in _notices(index, list(only)))


def test_a_write_drops_the_vectors_kept_for_the_exact_search(tmp_path: Path) -> None:
    index = _indexed(tmp_path)
    vector = index.embeddings.embed_query("公务接待")
    top = index.store.query(vector, k=5, where=None)
    [notice] = _notices(index, [next(iter(top))])
    index.store.delete_notice(notice)
    left = _notices(index, list(index.store.query(vector, k=100, where=None)))
    assert left and all(n != notice for n in left)


def test_above_the_limit_chromas_approximate_search_answers(tmp_path: Path) -> None:
    index = _indexed(tmp_path, exact_dense_limit=0)
    vector = index.embeddings.embed_query("理论学习流于形式")
    hits = index.store.query(vector, k=5, where=None)
    assert len(hits) == 5 and not index.store._vectors  # nothing kept: HNSW answered
