"""Scoring one drafted plan against the measures its unit published.

Content (per item): character ROUGE-L, embedding similarity, measure-type recall and
precision. Integrity (per plan): what ``review_plan`` finds — items covered, invalid
citations, leaked names, citations the cited clause does not support.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.drafting.guards import strip_markers
from assistant.drafting.models import PLACEHOLDER_RE, Plan, PlanItem
from assistant.drafting.names.guard import NameGuard
from assistant.evaluation.measure_types import classify, type_precision, type_recall
from assistant.evaluation.metrics import plain, rouge_l
from assistant.review.run import review_plan

# e5's cost grows with length; the retrieval benchmark and the index embed 160 characters
# too, so the similarity compares the openings of the two measure texts.
SIMILARITY_CHARS = 160


@dataclass(frozen=True)
class ItemScore:
    notice_id: str
    key: str
    rouge_l: float
    similarity: float
    type_recall: float | None  # None: the published item names no known type
    type_precision: float | None  # None: the draft names no known type
    chars: int  # content characters of the draft item (``plain``)
    draft_types: tuple[str, ...] = ()
    reference_types: tuple[str, ...] = ()


@dataclass
class Integrity:
    items: int = 0
    covered: int = 0
    invalid_citations: int = 0
    leaked_names: int = 0
    unsupported_citations: int = 0

    def add(self, other: Integrity) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


def item_text(item: PlanItem) -> str:
    """What an item proposes: its measures, without markers or placeholders."""
    return "".join(readable(m.text) for m in item.measures)


def readable(text: str) -> str:
    return PLACEHOLDER_RE.sub("", strip_markers(text)[0]).strip()


class TextVectors:
    """Passage embeddings of texts (cut to ``SIMILARITY_CHARS``), each computed once."""

    def __init__(self, embeddings: Embeddings, chars: int = SIMILARITY_CHARS) -> None:
        self.embeddings = embeddings
        self.chars = chars
        self._cache: dict[str, np.ndarray] = {}

    def similarities(self, pairs: Sequence[tuple[str, str]]) -> list[float]:
        """Cosine of each (draft, reference) pair; 0 when either text is empty."""
        cut = [(a.strip()[: self.chars], b.strip()[: self.chars]) for a, b in pairs]
        todo = sorted({t for pair in cut for t in pair if t and t not in self._cache})
        if todo:
            rows = np.asarray(self.embeddings.embed_documents(todo), dtype=np.float64)
            rows /= np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-12)
            self._cache.update(zip(todo, rows, strict=True))
        return [
            float(self._cache[a] @ self._cache[b]) if a and b else 0.0 for a, b in cut
        ]


def content_scores(
    notice_id: str, plan: Plan, references: Sequence[str], vectors: TextVectors
) -> list[ItemScore]:
    """One score per plan item; ``references`` are the published measures, item by item."""
    drafts = [item_text(item) for item in plan.items]
    similarity = vectors.similarities(list(zip(drafts, references, strict=True)))
    scores = []
    for item, draft, reference, sim in zip(plan.items, drafts, references, similarity, strict=True):
        ours, theirs = classify(draft), classify(reference)
        scores.append(
            ItemScore(
                notice_id=notice_id,
                key=item.key,
                rouge_l=rouge_l(draft, reference),
                similarity=sim,
                type_recall=type_recall(ours, theirs),
                type_precision=type_precision(ours, theirs),
                chars=len(plain(draft)),
                draft_types=tuple(sorted(ours)),
                reference_types=tuple(sorted(theirs)),
            )
        )
    return scores


def integrity(
    plan: Plan, guard: NameGuard, precedents: set[str], support_threshold: float
) -> Integrity:
    """The review's findings on the plan, counted (timeliness rules are not needed here)."""
    findings = review_plan(
        plan, guard=guard, rules=[], precedents=precedents, support_threshold=support_threshold
    )
    drafted = {item.key: item for item in plan.items}
    misplaced = {f.item for f in findings if f.check == "coverage"}
    leaves = plan.feedback.problems()
    return Integrity(
        items=len(leaves),
        covered=sum(
            1
            for leaf in leaves
            if leaf.key in drafted and drafted[leaf.key].measures and leaf.key not in misplaced
        ),
        invalid_citations=sum(
            1 for f in findings if f.check == "citation_missing" and f.severity == "error"
        ),
        leaked_names=sum(1 for f in findings if f.check == "leaked_name"),
        unsupported_citations=sum(1 for f in findings if f.check == "citation_support"),
    )


def best_rouge(drafts: Sequence[str], reference: str) -> float:
    """The best ROUGE-L any of ``drafts`` reaches (an oracle, not a method)."""
    return max((rouge_l(d, reference) for d in drafts), default=0.0)
