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


def test_the_dense_top_k_is_the_exact_one_and_the_same_each_time(tmp_path: Path) -> None:
    settings = load_settings(home=tmp_path / "home", index={"embedder": "fake"})
    sync.add_to_corpus(settings, small_corpus(tmp_path))
    index = PrecedentIndex(settings)
    vector = index.embeddings.embed_query("理论学习流于形式，中心组学习不深入")
    first = index.store.query(vector, k=20, where=None)
    assert list(first) == _brute_force(index, vector, 20)
    again = PrecedentIndex(load_settings(home=tmp_path / "home", index={"embedder": "fake"}))
    assert again.store.query(vector, k=20, where=None) == first
    # a filter is applied before the k are taken
    notice = index.store._entries.get(ids=[next(iter(first))], include=["metadatas"])["metadatas"][0]["notice_id"]
    only = index.store.query(vector, k=5, where={"notice_id": notice})
    assert only and all(
        m["notice_id"] == notice for m in index.store._entries.get(ids=list(only), include=["metadatas"])["metadatas"]
    )


def test_a_write_drops_the_vectors_kept_for_the_exact_search(tmp_path: Path) -> None:
    settings = load_settings(home=tmp_path / "home", index={"embedder": "fake"})
    sync.add_to_corpus(settings, small_corpus(tmp_path))
    index = PrecedentIndex(settings)
    vector = index.embeddings.embed_query("公务接待")
    top = index.store.query(vector, k=5, where=None)
    notice = index.store._entries.get(ids=[next(iter(top))], include=["metadatas"])["metadatas"][0]["notice_id"]
    index.store.delete_notice(notice)
    left = index.store._entries.get(ids=list(index.store.query(vector, k=100, where=None)), include=["metadatas"])
    assert left["ids"] and all(m["notice_id"] != notice for m in left["metadatas"])


def test_above_the_limit_chromas_approximate_search_answers(tmp_path: Path) -> None:
    settings = load_settings(home=tmp_path / "home", index={"embedder": "fake", "exact_dense_limit": 0})
    sync.add_to_corpus(settings, small_corpus(tmp_path))
    index = PrecedentIndex(settings)
    vector = index.embeddings.embed_query("理论学习流于形式")
    hits = index.store.query(vector, k=5, where=None)
    assert len(hits) == 5 and not index.store._vectors  # nothing kept: HNSW answered
