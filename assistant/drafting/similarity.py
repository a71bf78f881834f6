"""Cheap lexical similarity between two Chinese texts (character bigrams).

Used to rank clauses for the extractive engine, to spot repeated measures and to match a
model's measure to the clause it drew on. Dense similarity lives in the index.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache

from assistant.corpus.text import match_key

_SKIP = set("，。、；：！？“”‘’（）《》【】,.;:!?()[] 的和与及")


@lru_cache(maxsize=65536)
def grams(text: str) -> Counter[str]:
    """Character unigrams and bigrams of the matching form, punctuation dropped."""
    key = "".join(c for c in match_key(text) if c not in _SKIP)
    out: Counter[str] = Counter(key)
    out.update(key[i : i + 2] for i in range(len(key) - 1))
    return out


def cosine(a: str, b: str) -> float:
    ga, gb = grams(a), grams(b)
    if not ga or not gb:
        return 0.0
    dot = sum(v * gb[k] for k, v in ga.items() if k in gb)
    return dot / math.sqrt(sum(v * v for v in ga.values()) * sum(v * v for v in gb.values()))
