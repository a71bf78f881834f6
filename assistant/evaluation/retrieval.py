"""Retrieval benchmark: each item's problem is the query, its own measures the target.

Only the measure fields are searched (the problem fields would contain the query itself).
Methods: ``lexical`` (BM25 over measures), ``dense`` (the embedder over the measures'
opening, embedded here and cached under vectorstore/eval-cache/, since the index itself
embeds problems only), ``hybrid`` (their z-score fusion with ``MEASURES_WEIGHTS``, the same
``fuse`` the search uses). Ranks are over every item of the corpus.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from assistant.index.fusion import MEASURES_WEIGHTS, Signal, fuse
from assistant.index.precedents import PrecedentIndex

METHODS = ("lexical", "dense", "hybrid")
MEASURES_CHARS = 160  # measured: 64 chars → dense MRR .221, 160 → .248, at 2.5× the cost


def _cached_documents(index: PrecedentIndex, texts: list[str]) -> npt.NDArray[np.float64]:
    """Passage embeddings of the texts, cached by embedder and content."""
    key = hashlib.sha256(
        "\n".join([str(index.signature["name"]), *texts]).encode()
    ).hexdigest()[:16]
    folder = index.settings.vectorstore_dir / "eval-cache"
    path = folder / f"measures-{key}.npy"
    if path.exists():
        cached: npt.NDArray[np.float64] = np.load(path)
        return cached
    vectors = _normalise(np.asarray(index.embeddings.embed_documents(texts), dtype=np.float64))
    folder.mkdir(parents=True, exist_ok=True)
    tmp = Path(str(path) + ".tmp.npy")
    np.save(tmp, vectors)
    tmp.replace(path)
    return vectors


def _metrics(ranks: npt.NDArray[np.int64]) -> dict[str, float]:
    return {
        "mrr": round(float(np.mean(1.0 / ranks)), 4),
        "r@1": round(float(np.mean(ranks <= 1)), 4),
        "r@5": round(float(np.mean(ranks <= 5)), 4),
        "r@10": round(float(np.mean(ranks <= 10)), 4),
    }


def _rank(scores: npt.NDArray[np.floating], target: int) -> int:
    return int(np.sum(scores > scores[target])) + 1


def embed_queries(index: PrecedentIndex, texts: Sequence[str]) -> npt.NDArray[np.float64]:
    batch = getattr(index.embeddings, "embed_queries", None)
    vectors = batch(list(texts)) if batch else [index.embeddings.embed_query(t) for t in texts]
    return _normalise(np.asarray(vectors, dtype=np.float64))


def _normalise(matrix: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    normalised: npt.NDArray[np.float64] = matrix / np.maximum(norms, 1e-12)
    return normalised


def evaluate_retrieval(
    index: PrecedentIndex,
    *,
    weights: Mapping[Signal, float] = MEASURES_WEIGHTS,
    limit: int | None = None,
) -> dict[str, Any]:
    recs = index.catalog_records()
    if not recs:
        raise ValueError("empty corpus")
    lexical = index.lexical()
    order = [lexical.position[r.id] for r in recs]
    documents = _cached_documents(index, [r.measures[:MEASURES_CHARS] for r in recs])
    queries = recs[:limit] if limit else recs
    query_vectors = embed_queries(index, [r.problem for r in queries])
    ranks: dict[str, list[int]] = {m: [] for m in METHODS}
    for target, (rec, qv) in enumerate(zip(queries, query_vectors, strict=True)):
        lex = lexical.scores(rec.problem, "measures")[order]
        dense = documents @ qv
        ranks["lexical"].append(_rank(lex, target))
        ranks["dense"].append(_rank(dense, target))
        hybrid = fuse({"lexical_measures": lex, "dense_measures": dense}, weights)
        ranks["hybrid"].append(_rank(hybrid, target))
    return {
        "embedder": index.signature["name"],
        "queries": len(queries),
        "documents": len(recs),
        "weights": dict(weights),
        "methods": {m: _metrics(np.asarray(ranks[m])) for m in METHODS},
    }
