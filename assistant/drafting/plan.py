"""Building a plan (整改方案) from feedback: retrieve, draft, guard, number, assemble.

Everything fixed for the whole plan (the guard, our unit, each problem's deadline, what the
catalog holds) comes in the drafting context; this module only builds the plan.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from assistant.drafting.citations import CitationRegister, CitedWriter
from assistant.drafting.context import DraftingContext
from assistant.drafting.engines.protocol import Engine, FrontMatterDraft, ItemDraft
from assistant.drafting.fit import (
    MIN_FITTING,
    MISSING_MEASURE,
    abstention,
    fitting_item,
    fitting_sentences,
)
from assistant.drafting.info import draft_info
from assistant.drafting.inputs.feedback.model import Feedback
from assistant.drafting.measure_quotes import quotes_own_fact
from assistant.drafting.models import (
    FrontMatter,
    Measure,
    Plan,
    PlanItem,
    only_placeholders,
    to_fill,
)
from assistant.drafting.sources import ItemSources, Source, retrieve_iter
from assistant.index.filters import Filters
from assistant.index.precedents import PrecedentIndex


def plan_title(feedback: Feedback) -> str:
    kind = feedback.inspection.kind
    body = feedback.inspection.body
    about = f"关于{body}{kind}反馈意见" if body else f"关于{kind}反馈意见"
    return f"{feedback.unit}{about}的整改方案"


def notices_by_use(items: Sequence[ItemSources]) -> list[str]:
    """Notice ids of the retrieved precedents, most used first (their wording fits best)."""
    counts = Counter(p.record.notice_id for item in items for p in item.precedents)
    return [nid for nid, _ in counts.most_common()]


def fitted_iter(context: DraftingContext, items: Iterable[ItemSources]) -> Iterator[ItemSources]:
    """Each item with only the clauses that fit our unit and its problem (``fit.py``)."""
    for item in items:
        yield fitting_item(context, item)


def organisation_sources(context: DraftingContext, items: Sequence[ItemSources]) -> list[Source]:
    """The organisation sentences of the notices drawn on most, those that fit our unit."""
    raw = context.section_sources(notices_by_use(items)[:12], "organisation")
    return fitting_sentences(context, raw)


def _draft_pipelined(
    context: DraftingContext,
    engine: Engine,
    index: PrecedentIndex,
    filters: Filters | None,
) -> tuple[list[ItemSources], list[ItemDraft], FrontMatterDraft, list[Source]]:
    """Retrieval feeds the engine item by item (an LLM call starts as soon as its item's
    precedents are found), and the front matter, which needs every item's retrieval, is
    drafted while the item calls run: for the LLM engine both save a round of waiting."""
    k = context.settings.draft.precedents_per_item
    problems = context.feedback.problems()
    if not engine.waits_on_io:  # CPU-bound drafting only competes with the embedder
        items = list(fitted_iter(context, retrieve_iter(index, problems, k, filters)))
        org_sources = organisation_sources(context, items)
        drafts = engine.plan_items(context, items)
        return items, drafts, engine.front_matter(context, org_sources), org_sources
    items = []
    retrieved = threading.Event()

    def produce() -> Iterator[ItemSources]:
        for item in fitted_iter(context, retrieve_iter(index, problems, k, filters)):
            items.append(item)
            yield item
        retrieved.set()

    with ThreadPoolExecutor(max_workers=1) as pool:
        drafts_future = pool.submit(engine.plan_items, context, produce())
        while not retrieved.wait(0.05):
            if drafts_future.done():  # failed before the retrieval finished
                drafts_future.result()
        org_sources = organisation_sources(context, items)
        front = engine.front_matter(context, org_sources)
        drafts = drafts_future.result()
    return items, drafts, front, org_sources


def build_plan(
    context: DraftingContext,
    engine: Engine,
    *,
    index: PrecedentIndex | None = None,
    filters: Filters | None = None,
) -> Plan:
    """filters: limits on the precedents drawn on (the evaluation excludes the notice whose
    own problems are being drafted)."""
    index = index or PrecedentIndex(context.settings)
    feedback = context.feedback
    writer = CitedWriter(CitationRegister(), context.guard, context.ours.we)
    items, drafts, front, org_sources = _draft_pipelined(context, engine, index, filters)

    said = SaidBefore()
    plan_items = [
        plan_item(context, item, draft, writer, said)
        for item, draft in zip(items, drafts, strict=True)
    ]

    front_matter = FrontMatter(
        guiding=writer.write_paragraph(front.guiding, org_sources),
        organisation=writer.write_paragraph(front.organisation, org_sources),
        requirements=writer.write_paragraph(front.requirements, org_sources),
    )
    return Plan(
        info=draft_info(context.settings, engine, feedback.source),
        feedback=feedback,
        title=plan_title(feedback),
        front_matter=front_matter,
        items=plan_items,
        citations=writer.register.citations,
        # and what an engine removed from its own answers (the LLM's misfit measures)
        findings=[*writer.findings, *getattr(engine, "findings", [])],
    )


@dataclass
class SaidBefore:
    """What earlier items of the plan already promised: the same precedent measure under
    two problems reads as filler (the office signs each promise once)."""

    texts: set[str] = field(default_factory=set)
    citations: set[int] = field(default_factory=set)

    def repeats(self, measure: Measure) -> bool:
        if measure.text in self.texts:
            return True
        return bool(measure.citations) and set(measure.citations) <= self.citations

    def add(self, measures: Iterable[Measure]) -> None:
        for measure in measures:
            self.texts.add(measure.text)
            self.citations.update(measure.citations)


def plan_item(
    context: DraftingContext,
    item: ItemSources,
    draft: ItemDraft,
    writer: CitedWriter,
    said: SaidBefore | None = None,
) -> PlanItem:
    """An engine's draft of one item, guarded and numbered, with its user-given facts;
    ``said``: the plan's earlier items, whose measures are not repeated here."""
    key = item.leaf.key
    said = said if said is not None else SaidBefore()
    measures: list[Measure] = []
    for measure in draft.measures:
        text, numbers = writer.write(measure.text, item.sources, cited=measure.citations, item=key)
        written = Measure(text=text, citations=numbers)
        if text.strip("。；， ") and not said.repeats(written):
            measures.append(written)
    said.add(measures)
    fitting = sum(1 for m in measures if m.citations)
    if fitting < MIN_FITTING:  # never pad with what does not fit: leave it visibly open
        left = next((m.text for m in measures if only_placeholders(m.text)), None)
        own = sum(1 for m in measures if not m.citations and not only_placeholders(m.text))
        # the feedback's facts all answered by measures enough: a blank asking for "measures
        # of our business" is one more line to delete before signing (read in rounds 58-61)
        # (a model's uncited measure is no remedy of a fact: it answers nothing for sure)
        facts = item.leaf.problem.facts
        remedies = sum(1 for m in measures if not m.citations and quotes_own_fact(m.text, facts))
        answered = left is None and remedies > 0 and fitting + remedies >= MIN_FITTING
        if left is None and not answered:  # the engine named what is open, or nothing is
            measures.append(Measure(text=MISSING_MEASURE))
        writer.findings.append(abstention(context, key, fitting, own=own, left=left, answered=answered))
    goal, _ = writer.write(draft.goal, [], item=key)
    problem = item.leaf.problem
    defaults = context.feedback.defaults
    return PlanItem(
        key=key,
        path=item.leaf.path,
        problem=problem.title,
        detail=problem.detail,
        goal=goal,
        measures=measures,
        leader=problem.leader or defaults.leader or to_fill("责任领导"),
        department=problem.department or defaults.department or to_fill("责任部门"),
        deadline=context.deadline_of(key),
        retrieved=[p.record.id for p in item.precedents],
    )
