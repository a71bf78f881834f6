"""Baselines the drafting engines are measured against, as plans the review can check.

* ``nearest``: for each problem, the measures of the top-1 precedent of the same search the
  engines ran (notice excluded), copied as published;
* ``random``: the measures of a random item of another notice (seeded per notice and item,
  so a subset run picks the same items as the full run).

A baseline plan is the engine's plan with each item's measures replaced by the copied
measures (one measure citing its precedent) and no front matter, so ``review_plan`` counts
its integrity the same way: a copied precedent keeps the other unit's names.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from assistant.drafting.models import Citation, FrontMatter, Measure, Plan
from assistant.drafting.sources import record_citation
from assistant.index.records import PrecedentRecord

BASELINES = ("random", "nearest")
RANDOM_SEED = 7


def nearest_picks(plan: Plan, by_id: dict[str, PrecedentRecord]) -> list[PrecedentRecord | None]:
    """The top-1 retrieved precedent of each item (``retrieved`` is in rank order)."""
    return [by_id.get(item.retrieved[0]) if item.retrieved else None for item in plan.items]


def random_picks(
    plan: Plan, notice_id: str, pool: Sequence[PrecedentRecord], seed: int
) -> list[PrecedentRecord | None]:
    others = [r for r in pool if r.notice_id != notice_id]
    if not others:
        return [None for _ in plan.items]
    return [random.Random(f"{seed}:{notice_id}:{item.key}").choice(others) for item in plan.items]


def copied_plan(template: Plan, picks: Sequence[PrecedentRecord | None]) -> Plan:
    """``template`` with each item's measures replaced by its pick's published measures."""
    citations: list[Citation] = []
    items = []
    for item, rec in zip(template.items, picks, strict=True):
        measures: list[Measure] = []
        if rec is not None and rec.measures.strip():
            n = len(citations) + 1
            citations.append(record_citation(rec, n, rec.measures))
            measures.append(Measure(text=rec.measures, citations=[n]))
        retrieved = [rec.id] if rec is not None else []
        # the goal stays (it is not scored): an item without one would count as not covered
        items.append(item.model_copy(update={"measures": measures, "retrieved": retrieved}))
    return template.model_copy(
        update={
            "items": items,
            "citations": citations,
            "front_matter": FrontMatter(guiding="", organisation="", requirements=""),
            "findings": [],
        }
    )
