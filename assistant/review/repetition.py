"""Near-duplicate measures across items, found in near-linear time.

Comparing every measure with every other is quadratic (5,000 problems: 20,000 measures,
200 M cosines). Instead each measure gets a MinHash signature of its character grams
(the sets ``similarity.grams`` counts); signatures are cut into bands and only measures
sharing a band are compared, with the exact cosine the check has always used. With 32
bands of 4 rows a pair at cosine 0.8 (gram-set Jaccard ≥ ~0.64) becomes a candidate with
probability > 99.7 %; pairs far below the threshold rarely do.
"""

from __future__ import annotations

import math
import zlib
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from assistant.drafting.similarity import grams

BANDS, ROWS = 32, 4
_PRIME = np.uint64((1 << 61) - 1)
_rng = np.random.default_rng(20260301)  # fixed: the same plan always gives the same findings
_A = _rng.integers(1, 1 << 31, BANDS * ROWS, dtype=np.uint64)
_B = _rng.integers(0, 1 << 31, BANDS * ROWS, dtype=np.uint64)
# a bucket keeps its first few measures only: a plan of thousands of copies of one measure
# would otherwise be quadratic again, and a copy matches the first copies as well as any
BUCKET_KEEP = 8
CHUNK = 256  # measures whose signatures are computed in one numpy step


@dataclass(frozen=True)
class Repeat:
    """Measure ``later`` repeats the earlier measure ``earlier`` (indexes into the list)."""

    earlier: int
    later: int


_BAND_MIX = np.arange(1, ROWS + 1, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)


def band_keys(texts: list[str]) -> list[list[int] | None]:
    """Per text, one integer per band (the band's MinHash rows mixed), or None for a text
    without grams. Each distinct gram is hashed and permuted once for the whole plan."""
    vocab: dict[str, int] = {}
    ids = [[vocab.setdefault(g, len(vocab)) for g in grams(t)] for t in texts]
    hashes = np.fromiter((zlib.crc32(g.encode("utf-8")) for g in vocab), np.uint64, len(vocab))
    # (a·h + b) mod p per permutation; a·h < 2^63, so uint64 does not wrap before the mod
    permuted = (np.outer(hashes, _A) + _B) % _PRIME  # (grams, permutations): rows gather fast
    out: list[list[int] | None] = [None] * len(texts)
    for start in range(0, len(texts), CHUNK):
        chunk = [(i, row) for i, row in enumerate(ids[start : start + CHUNK], start) if row]
        if not chunk:
            continue
        flat = np.fromiter((g for _, row in chunk for g in row), np.int64)
        offsets = np.cumsum([0] + [len(row) for _, row in chunk[:-1]])
        sigs = np.minimum.reduceat(permuted[flat], offsets, axis=0)  # (measures, perms)
        mixed = (sigs.reshape(len(chunk), BANDS, ROWS) * _BAND_MIX).sum(axis=2).tolist()
        for (i, _), keys in zip(chunk, mixed, strict=True):
            out[i] = keys
    return out


def find_repeats(texts: list[str], groups: list[str], threshold: float) -> list[Repeat]:
    """For each measure, the first earlier measure of *another* group (item) among its
    candidates whose cosine reaches ``threshold``; at most one repeat per measure."""
    buckets: dict[tuple[int, int], list[int]] = defaultdict(list)
    out: list[Repeat] = []
    norms: dict[int, float] = {}

    def norm(i: int) -> float:
        if i not in norms:
            norms[i] = math.sqrt(sum(v * v for v in grams(texts[i]).values()))
        return norms[i]

    def _cosine(a: int, b: int) -> float:  # similarity.cosine with each norm computed once
        ga, gb = grams(texts[a]), grams(texts[b])
        if len(gb) < len(ga):
            ga, gb = gb, ga
        dot = sum(v * gb[k] for k, v in ga.items() if k in gb)
        return dot / (norm(a) * norm(b))

    for later, keys in enumerate(band_keys(texts)):
        if keys is None:
            continue
        bands = list(enumerate(keys))
        seen = {e for band in bands for e in buckets.get(band, ())}
        for earlier in sorted(seen):
            if groups[earlier] != groups[later] and _cosine(earlier, later) >= threshold:
                out.append(Repeat(earlier, later))
                break
        for band in bands:
            bucket = buckets[band]
            if len(bucket) < BUCKET_KEEP:
                bucket.append(later)
    return out
