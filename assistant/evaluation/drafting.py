"""Leave-one-notice-out drafting benchmark (`rectify eval drafting`).

For each notice: its own problems become a feedback (``notice_feedback``), each engine
drafts a plan with that notice excluded from retrieval, the baselines copy a precedent's
measures, and every item is compared with the measures the unit actually published.

The reference measures stay out of drafting by construction: ``_draft`` is given the
feedback (problems only) and the notice's id to exclude, nothing else; the references are
read only after every plan of the notice exists (``tests/test_eval_drafting.py`` checks
that no retrieval, prompt or LLM cache key sees the notice).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from assistant.corpus.catalog import Catalog
from assistant.drafting.context import DraftingContext
from assistant.drafting.corpus_facts import CorpusFacts
from assistant.drafting.engines.protocol import Engine
from assistant.drafting.models import Plan
from assistant.drafting.plan import build_plan
from assistant.errors import InputError
from assistant.evaluation.baselines import (
    BASELINES,
    RANDOM_SEED,
    copied_plan,
    nearest_picks,
    random_picks,
)
from assistant.evaluation.context_fit import FitCounts, context_fit
from assistant.evaluation.notice_feedback import feedback_items, notice_feedback
from assistant.evaluation.scoring import (
    Integrity,
    ItemScore,
    TextVectors,
    best_rouge,
    content_scores,
    integrity,
)
from assistant.i18n import _
from assistant.index.filters import Filters
from assistant.index.precedents import PrecedentIndex
from assistant.settings import Settings

#: builds a fresh engine for one plan (engines keep per-plan state, e.g. clauses used)
EngineFactory = Callable[[Settings], Engine]
Progress = Callable[[int, int, str], None]
ORACLE_TOP = 5


@dataclass
class MethodResult:
    name: str
    kind: str  # "engine" or "baseline"
    scores: list[ItemScore] = field(default_factory=list)
    integrity: Integrity = field(default_factory=Integrity)
    fit: FitCounts = field(default_factory=FitCounts)
    seconds: float = 0.0  # drafting time (engines)

    def summary(self) -> dict[str, Any]:
        recall = [s.type_recall for s in self.scores if s.type_recall is not None]
        precision = [s.type_precision for s in self.scores if s.type_precision is not None]
        i = self.integrity
        row: dict[str, Any] = {
            "method": self.name,
            "kind": self.kind,
            "items": len(self.scores),
            "rouge_l": _mean([s.rouge_l for s in self.scores]),
            "similarity": _mean([s.similarity for s in self.scores]),
            "type_recall": _mean(recall),
            "type_precision": _mean(precision),
            "chars": round(_mean([s.chars for s in self.scores]), 1),
            "covered": i.covered,
            "covered_share": round(i.covered / i.items, 4) if i.items else 0.0,
            "invalid_citations": i.invalid_citations,
            "leaked_names": i.leaked_names,
            "unsupported_citations": i.unsupported_citations,
            "measures": self.fit.measures,
            "fit_findings": self.fit.findings,
            "fit_per_100": self.fit.per_100,
            "too_few_share": self.fit.too_few_share,
        }
        if self.kind == "engine":
            row["draft_s"] = round(self.seconds, 1)
        return row


@dataclass
class DraftingEval:
    embedder: str
    corpus_notices: int
    corpus_items: int
    notices: list[str] = field(default_factory=list)
    units: dict[str, str] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)  # notices without problem items
    methods: dict[str, MethodResult] = field(default_factory=dict)
    oracle: list[float] = field(default_factory=list)  # best ROUGE-L of the top 5, per item
    seconds: float = 0.0

    def summary(self) -> list[dict[str, Any]]:
        return [m.summary() for m in self.methods.values()]


def _mean(values: Sequence[float]) -> float:
    return round(statistics.fmean(values), 4) if values else 0.0


def select_notices(settings: Settings, notices: Sequence[str] = (), limit: int | None = None) -> list[str]:
    """Notice ids to evaluate: the given ids/prefixes (resolved) or all, sorted; first N."""
    if limit is not None and limit < 1:
        raise InputError(
            _("--limit 至少为 1（现为 {limit}）").format(limit=limit),
            hint=_("请给出要评测的通报份数，例如 --limit 5；不给则评测全部"),
        )
    with Catalog(settings.catalog_path, create=False) as catalog:
        ids = [catalog.resolve(n) for n in notices] if notices else sorted(catalog.ids())
    ids = list(dict.fromkeys(ids))
    if not ids:
        raise InputError(_("目录中没有通报"), hint=_("请用 `rectify corpus add corpus/` 添加通报"))
    return ids[:limit] if limit else ids


def _draft(
    context: DraftingContext, exclude: str, engine: Engine, index: PrecedentIndex
) -> Plan:
    """A plan from the feedback alone, the notice ``exclude`` left out of retrieval."""
    filters = Filters(exclude_notices=frozenset({exclude}))
    return build_plan(context, engine, index=index, filters=filters)


def evaluate_drafting(
    settings: Settings,
    index: PrecedentIndex,
    notice_ids: Sequence[str],
    engines: Mapping[str, EngineFactory],
    *,
    seed: int = RANDOM_SEED,
    progress: Progress | None = None,
) -> DraftingEval:
    if not engines:
        raise InputError(_("没有要评测的引擎"), hint=_("请给出 --engine extractive 和/或 llm"))
    started = time.perf_counter()
    records = index.catalog_records()
    by_id = {r.id: r for r in records}
    corpus = CorpusFacts.load(settings, index)  # read once for every notice's plans
    with Catalog(settings.catalog_path, create=False) as catalog:
        catalog_ids = catalog.ids()
        notices = [catalog.get(n) for n in notice_ids]
    result = DraftingEval(
        embedder=str(index.signature["name"]),
        corpus_notices=len(catalog_ids),
        corpus_items=len(records),
    )
    result.methods = {n: MethodResult(n, "engine") for n in engines}
    result.methods |= {n: MethodResult(n, "baseline") for n in BASELINES}
    vectors = TextVectors(index.embeddings)
    for done, notice in enumerate(notices):
        if progress:
            progress(done, len(notices), notice.unit or notice.id)
        if not feedback_items(notice):
            result.skipped.append(notice.id)
            continue
        feedback, _references = notice_feedback(notice)  # the references are not looked at yet
        context = DraftingContext.build(settings, feedback, corpus=corpus)
        guard, precedents = context.guard, context.citable_ids
        plans: dict[str, Plan] = {}
        for name, make in engines.items():
            t0 = time.perf_counter()
            plans[name] = _draft(context, notice.id, make(settings), index)
            result.methods[name].seconds += time.perf_counter() - t0
        first = next(iter(plans.values()))
        plans["nearest"] = copied_plan(first, nearest_picks(first, by_id))
        plans["random"] = copied_plan(first, random_picks(first, notice.id, records, seed))
        # every plan exists: only now are the published measures read
        _feedback, items = notice_feedback(notice)
        references = [i.measures for i in items]
        for name, plan in plans.items():
            method = result.methods[name]
            method.scores += content_scores(notice.id, plan, references, vectors)
            method.integrity.add(
                integrity(plan, guard, precedents, settings.review.support_threshold)
            )
            method.fit.add(context_fit(plan, context.profile, context.lexicon, context.own_text))
        result.oracle += [
            best_rouge([by_id[p].measures for p in item.retrieved[:ORACLE_TOP] if p in by_id], ref)
            for item, ref in zip(first.items, references, strict=True)
        ]
        result.notices.append(notice.id)
        result.units[notice.id] = notice.unit or ""
    if progress:
        progress(len(notices), len(notices), "")
    if not result.notices:
        raise InputError(
            _("所选通报都没有可起草的问题条目"),
            hint=_("请另选通报（`rectify corpus list`）"),
        )
    result.seconds = time.perf_counter() - started
    return result
