"""What a drafter may cite: the clauses of the precedents retrieved for one problem.

Each clause is a *source* with a local number; both engines cite sources by that number,
and the plan renumbers them globally. A citation can therefore only ever point at a clause
that was retrieved for its item (the guard in ``guards.py`` enforces it for model output).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass

from assistant.corpus.patterns import CN_NUM
from assistant.drafting.inputs.feedback.model import FeedbackLeaf
from assistant.drafting.models import Adaptation, Citation
from assistant.index.filters import Filters
from assistant.index.precedents import Precedent, PrecedentIndex
from assistant.index.records import PrecedentRecord
from assistant.units import Replacement

# Ordinals that open a clause: 一是 / ① / （1） / 1) / 1. / 第一，
_ORDINAL_RE = re.compile(
    rf"^\s*(?:[{CN_NUM}]{{1,3}}是|[①-⑳]|[（(]\d{{1,2}}[）)]|\d{{1,2}}[)）.．、](?!\d)|第[{CN_NUM}]{{1,3}}[，,、])\s*"
)
_SENTENCE_RE = re.compile(r"[^。；;！!？?]+[。；;！!？?]?")
MIN_CLAUSE_CHARS = 8
MAX_CLAUSE_CHARS = 160


def strip_ordinal(text: str) -> str:
    return _ORDINAL_RE.sub("", text, count=1).strip()


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_RE.findall(text) if s.strip()]


def clause_texts(record: PrecedentRecord) -> list[str]:
    """A precedent's measures as clauses without ordinals; long ones cut to whole sentences."""
    raw = record.clauses if len(record.clauses) > 1 else sentences(record.measures)
    out: list[str] = []
    for clause in raw:
        text = strip_ordinal(clause)
        if len(text) > MAX_CLAUSE_CHARS:
            kept = ""
            for sentence in sentences(text):
                if kept and len(kept) + len(sentence) > MAX_CLAUSE_CHARS:
                    break
                kept += sentence
            text = kept[:MAX_CLAUSE_CHARS]
        if len(text) >= MIN_CLAUSE_CHARS:
            out.append(text)
    return out


@dataclass(frozen=True)
class Source:
    """One citable clause, numbered within its item (1-based)."""

    n: int
    precedent: Precedent
    clause: str
    text: str = ""  # the clause mapped and adapted to our unit (``fit.py``), once it fits
    adapted: tuple[Replacement, ...] = ()  # the unit words mapped to ours, for the review

    @property
    def wording(self) -> str:
        """Our version of the clause when it has been fitted, else the clause as published."""
        return self.text or self.clause

    @property
    def record(self) -> PrecedentRecord:
        return self.precedent.record

    def citation(self, n: int) -> Citation:
        cited = record_citation(self.record, n, self.clause)
        if self.adapted:
            cited.adapted = [Adaptation(old=r.old, new=r.new) for r in self.adapted]
        return cited


def record_citation(rec: PrecedentRecord, n: int, clause: str) -> Citation:
    """Citation number n of ``clause``, quoted from the precedent ``rec``."""
    return Citation(
        n=n,
        precedent_id=rec.id,
        notice_id=rec.notice_id,
        unit=rec.unit,
        date=rec.date,
        path=rec.path,
        problem=rec.problem,
        clause=clause,
    )


@dataclass
class ItemSources:
    """A leaf problem with the precedents retrieved for it and their citable clauses.

    A redraft adds the reviewer's ``hint``, which both engines follow."""

    leaf: FeedbackLeaf
    precedents: list[Precedent]
    sources: list[Source]
    hint: str = ""

    def get(self, n: int) -> Source | None:
        return self.sources[n - 1] if 1 <= n <= len(self.sources) else None


def build_sources(
    leaf: FeedbackLeaf,
    precedents: Sequence[Precedent],
    avoid: Collection[tuple[str, str]] = frozenset(),
) -> ItemSources:
    """Number the precedents' clauses; ``avoid`` (precedent id, clause) pairs are left out
    (a redraft avoids what the plan already cites, the rejected version included)."""
    sources: list[Source] = []
    for precedent in precedents:
        for clause in clause_texts(precedent.record):
            if (precedent.record.id, clause) in avoid:
                continue
            sources.append(Source(n=len(sources) + 1, precedent=precedent, clause=clause))
    return ItemSources(leaf=leaf, precedents=list(precedents), sources=sources)


def retrieve_iter(
    index: PrecedentIndex, leaves: Sequence[FeedbackLeaf], k: int, filters: Filters | None = None
) -> Iterator[ItemSources]:
    """Top-k precedents per problem, one problem at a time (several notices: the index
    caps items per notice)."""
    for leaf in leaves:
        yield build_sources(leaf, index.search(leaf.query, k=k, filters=filters))
