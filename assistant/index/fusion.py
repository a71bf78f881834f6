"""Fusing retrieval signals: z-scores over the candidate set, weighted, summed.

Scores of different signals live on different scales (BM25 is unbounded, cosine is not), so
each signal is standardised over the candidates before the weighted sum; a signal with no
spread contributes nothing. The weights are chosen by measurement (`rectify eval
retrieval`; see the README).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import numpy.typing as npt

Signal = str  # dense_problem | lexical_problem | lexical_measures | dense_measures (eval)

# For a new problem: similar precedent problems first, measures that answer it second.
SEARCH_WEIGHTS: dict[Signal, float] = {
    "dense_problem": 1.0,
    "lexical_problem": 1.0,
    "lexical_measures": 0.5,
}
# Problem → its own measures (the retrieval benchmark), only measure fields. Equal weights,
# not tuned: with the centred dense signal the curve is flat (dense weight 0.5/0.75/1/1.5/2
# → MRR .444/.447/.452/.454/.453); chosen on one half of the notices (2.0, tune .417) it
# gives .490 on the other half, against .493 for 1.0 (bench/retrieval_sweep.py).
MEASURES_WEIGHTS: dict[Signal, float] = {"lexical_measures": 1.0, "dense_measures": 1.0}


def zscore(values: npt.NDArray[np.floating]) -> npt.NDArray[np.float64]:
    arr = np.asarray(values, dtype=np.float64)
    std = arr.std(axis=-1, keepdims=True)
    mean = arr.mean(axis=-1, keepdims=True)
    return np.where(std > 1e-12, (arr - mean) / np.maximum(std, 1e-12), 0.0)


def fuse(
    signals: Mapping[Signal, npt.NDArray[np.floating]], weights: Mapping[Signal, float]
) -> npt.NDArray[np.float64]:
    """Weighted sum of z-scored signals (arrays over the same candidates, last axis)."""
    total: npt.NDArray[np.float64] | None = None
    for name, weight in weights.items():
        if weight == 0 or name not in signals:
            continue
        part = weight * zscore(signals[name])
        total = part if total is None else total + part
    if total is None:
        raise ValueError("no signal to fuse")
    return total
