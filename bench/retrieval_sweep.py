"""Sweep of the retrieval benchmark (problem → own measures) on an existing index.

Prints MRR / R@1 / R@5 / R@10 of the methods before and after the issue-3 changes, some
ablations, and the dense weight of the hybrid chosen on one half of the notices and reported
on the other (notices sorted by id: even positions tune, odd positions held out).

    RECTIFY_HOME=/tmp/rethome .venv/bin/rectify corpus add corpus/
    RECTIFY_HOME=/tmp/rethome .venv/bin/python bench/retrieval_sweep.py

Embeddings are cached under vectorstore/eval-cache/ (shared with `rectify eval retrieval`).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from assistant.evaluation.retrieval import (
    centre,
    measure_vectors,
    opening_vectors,
    problem_vectors,
    query_vectors,
    whole_vectors,
)
from assistant.index.fusion import MEASURES_WEIGHTS, zscore
from assistant.index.precedents import PrecedentIndex
from assistant.settings import load_settings

Matrix = npt.NDArray[np.float64]
WEIGHTS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


def ranks_of(scores: Matrix) -> npt.NDArray[np.int64]:
    """Rank of each row's own item (the diagonal) among all columns; ties favour it."""
    own = np.diag(scores)[:, None]
    ranks: npt.NDArray[np.int64] = (scores > own).sum(axis=1) + 1
    return ranks


def rrf(scores: Matrix, k: int) -> Matrix:
    """Reciprocal rank fusion's term: 1 / (k + rank) per row."""
    order = np.argsort(-scores, axis=1)
    ranks = np.empty_like(order)
    np.put_along_axis(ranks, order, np.arange(1, scores.shape[1] + 1)[None, :], axis=1)
    out: Matrix = 1.0 / (k + ranks)
    return out


def main() -> None:
    index = PrecedentIndex(load_settings())
    recs = index.catalog_records()
    lexical = index.lexical()
    order = [lexical.position[r.id] for r in recs]
    notices = sorted({r.notice_id for r in recs})
    tune_ids = set(notices[0::2])
    tune = np.array([r.notice_id in tune_ids for r in recs])
    held = ~tune
    print(
        f"{len(recs)} items of {len(notices)} notices; tune half {int(tune.sum())} items, "
        f"held-out half {int(held.sum())} items; embedder {index.signature['name']}"
    )

    def line(name: str, scores: Matrix) -> float:
        """Prints MRR R@1 R@5 R@10 on all items, then on the held-out half; returns the
        tune half's MRR."""
        r = ranks_of(scores)
        figures = [
            " ".join(f"{v:.3f}" for v in (np.mean(1 / x), *(np.mean(x <= k) for k in (1, 5, 10))))
            for x in (r, r[held])
        ]
        print(f"{name:44s} {figures[0]} | {figures[1]} | {np.mean(1 / r[tune]):.3f}")
        return float(np.mean(1 / r[tune]))

    print(f"{'(MRR R@1 R@5 R@10: all | held-out half | tune MRR)':44s}")
    problems = [r.problem for r in recs]
    as_is = [lexical.fields["measures"].scores(q)[order] for q in problems]
    raw_lex = np.stack(as_is).astype(np.float64)
    lex = np.stack([lexical.scores(q, "measures")[order] for q in problems]).astype(np.float64)
    opening, whole = opening_vectors(index, recs), whole_vectors(index, recs)
    raw_queries, queries = problem_vectors(index, recs), query_vectors(index, recs)
    raw_dense = raw_queries @ opening.T
    dense = queries @ measure_vectors(index, recs).T
    weight = MEASURES_WEIGHTS["dense_measures"] / MEASURES_WEIGHTS["lexical_measures"]

    print("\n-- before: BM25 as is; e5 on the opening 160 chars, raw cosine; weight 0.75")
    line("lexical", raw_lex)
    line("dense", raw_dense)
    line("hybrid", zscore(raw_lex) + 0.75 * zscore(raw_dense))

    print("\n-- after: the defaults")
    line("lexical (query framing removed)", lex)
    line("dense (centred, whole measures)", dense)
    line(f"hybrid (z-score, dense weight {weight})", zscore(lex) + weight * zscore(dense))

    print("\n-- ablations")
    line("dense: raw cosine, whole measures", raw_queries @ whole.T)
    line("dense: centred, opening only", queries @ centre(opening).T)
    line("dense: centred, whole only", queries @ centre(whole).T)
    line("dense: documents centred, queries raw", raw_queries @ centre(opening).T)
    line("hybrid: framing removed + raw dense, 0.75", zscore(lex) + 0.75 * zscore(raw_dense))
    line(f"hybrid: BM25 as is + new dense, {weight}", zscore(raw_lex) + weight * zscore(dense))
    for k in (10, 60):
        line(f"hybrid by reciprocal rank fusion, k={k}", rrf(lex, k) + rrf(dense, k))

    print("\n-- dense weight chosen on the tune half, reported on the held-out half")
    best = max(
        (line(f"hybrid, dense weight {w}", zscore(lex) + w * zscore(dense)), w) for w in WEIGHTS
    )
    print(f"best on the tune half: dense weight {best[1]} (tune MRR {best[0]:.4f})")


if __name__ == "__main__":
    main()
