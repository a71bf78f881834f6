"""Does a precedent's problem share our problem's subject?

A clause may answer our problem only when the problem its unit answered is about the same
thing (``fit.py``). Both problems become character bigrams after their framing (关于…的问题,
不够, 不到位) and the genre's non-subject words (工作, 管理, 落实, 安全, 资金… in
``data/fit.toml``) are cut out, each bigram weighted by how rare it is among the corpus's
problems (inverse document frequency, from the lexical index's problem field): two problems
that share only 程序 or 安全 barely match, two that share 惠农 or 文物 match well. When a
problem says nothing but genre words (发展党员程序不规范 → 发展党员 is all genre), both sides
are compared with those words kept, so such a problem still finds its precedents.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Mapping

from assistant.corpus.text import match_key
from assistant.index.lexical import strip_framing

_GAP = "\ue000"  # no text contains it: bigrams never form across a cut-out word
_NON_CJK = re.compile(r"[^\u4e00-\u9fff\ue000]")

Vector = tuple[dict[str, float], float]  # weights by bigram, and their norm


class SubjectMatcher:
    """Cosine of two problems' subject bigrams, weighted by rarity (0: nothing in common)."""

    def __init__(self, idf: Mapping[str, float], unseen: float, generic: frozenset[str]) -> None:
        self.idf = idf
        self.unseen = unseen  # weight of a bigram no catalogued problem has
        self._generic = re.compile(
            "|".join(map(re.escape, sorted(generic, key=len, reverse=True))) or "(?!)"
        )
        self._vector = functools.lru_cache(maxsize=8192)(self._vector_of)

    @classmethod
    def uniform(cls, generic: frozenset[str]) -> SubjectMatcher:
        """Every bigram weighs the same (no corpus statistics: a fresh home, unit tests)."""
        return cls({}, 1.0, generic)

    @classmethod
    def from_document_frequencies(
        cls, df: Mapping[str, int], documents: int, generic: frozenset[str]
    ) -> SubjectMatcher:
        """Lucene's idf, as the lexical index weighs the same problems."""
        def idf(n: int) -> float:
            return math.log(1.0 + (documents - n + 0.5) / (n + 0.5))

        return cls({term: idf(n) for term, n in df.items() if len(term) == 2}, idf(0), generic)

    def _vector_of(self, text: str, keep_generic: bool) -> Vector:
        text = strip_framing(match_key(text))
        if not keep_generic:
            text = self._generic.sub(_GAP, text)
        text = _NON_CJK.sub(_GAP, text)
        counts = Counter(text[i : i + 2] for i in range(len(text) - 1) if _GAP not in text[i : i + 2])
        weights = {g: n * self.idf.get(g, self.unseen) for g, n in counts.items()}
        return weights, math.sqrt(sum(w * w for w in weights.values()))

    def subject_bigrams(self, text: str) -> frozenset[str]:
        """What ``text`` is about: its bigrams once framing and genre words are cut out."""
        return frozenset(self._vector(text, False)[0])

    def theirs_only(self, ours: str, theirs: str, clause: str) -> tuple[float, float]:
        """How much ``clause`` speaks of what THEIR problem named and ours did not, and how
        much of what ours named: the rarity weights of its subject bigrams in each. A clause
        naming 接待 for their 超标准接待 answers their problem, not our 公务用车 one."""
        ours_b = self._vector(ours, False)[0]
        theirs_b = self._vector(theirs, False)[0]
        said = self._vector(clause, False)[0]
        only = sum(self.idf.get(g, self.unseen) for g in said if g in theirs_b and g not in ours_b)
        shared = sum(self.idf.get(g, self.unseen) for g in said if g in ours_b)
        return only, shared

    def score(self, ours: str, theirs: str) -> float:
        (a, na), (b, nb) = self._vector(ours, False), self._vector(theirs, False)
        if not na or not nb:  # one side is all genre words: compare the whole wording
            (a, na), (b, nb) = self._vector(ours, True), self._vector(theirs, True)
            if not na or not nb:
                return 0.0
        return sum(w * b[g] for g, w in a.items() if g in b) / (na * nb)
