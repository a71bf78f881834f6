"""Building a plan (整改方案) from feedback: retrieve, draft, guard, number, assemble."""

from __future__ import annotations

import calendar
import datetime as dt
import re
import threading
from collections import Counter
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor

from assistant import __version__
from assistant.corpus.catalog import Catalog
from assistant.corpus.models import Notice
from assistant.corpus.patterns import marker_level
from assistant.drafting.adapt import unit_forms
from assistant.drafting.citations import CitationRegister, CitedWriter
from assistant.drafting.engine import Engine, FrontMatterDraft, ItemDraft
from assistant.drafting.feedback_model import Feedback, FeedbackLeaf
from assistant.drafting.models import (
    Deadline,
    DraftInfo,
    FrontMatter,
    Measure,
    Plan,
    PlanItem,
    to_fill,
)
from assistant.drafting.names import NameGuard
from assistant.drafting.sources import ItemSources, Source, retrieve_iter, sentences, strip_ordinal
from assistant.index.filters import Filters
from assistant.index.precedents import Precedent, PrecedentIndex
from assistant.index.records import notice_record
from assistant.settings import Settings

_AT_ONCE_RE = re.compile(
    r"违规|违反|超标|公款|吃喝|接待|发放|报销|挪用|截留|套取|虚报|清退|拖欠|未及时|未按规定|公车|账"
)
_LASTING_RE = re.compile(
    r"学习|思想|理论|意识形态|作风|机制|队伍|能力|担当|主体责任|政治|党建|文化|长效|教育"
)


def deadline_for(leaf: FeedbackLeaf, feedback: Feedback, months: int) -> Deadline:
    """The user's deadline if given; else 立行立改 for a concrete breach, 长期坚持 for a
    matter of ideas and systems, otherwise a date ``months`` after the feedback."""
    given = leaf.problem.deadline
    if isinstance(given, dt.date):
        return Deadline(kind="限期整改", date=given)
    if given == "限期整改":
        return Deadline(kind=given, date=months_after(feedback.inspection.feedback_date, months))
    if given is not None:
        return Deadline(kind=given)
    text = f"{leaf.problem.title}{leaf.problem.detail}"
    if _AT_ONCE_RE.search(text):
        return Deadline(kind="立行立改")
    if _LASTING_RE.search(text):
        return Deadline(kind="长期坚持")
    return Deadline(kind="限期整改", date=months_after(feedback.inspection.feedback_date, months))


def months_after(day: dt.date | None, months: int) -> dt.date | None:
    """The last day of the month ``months`` after ``day``."""
    if day is None:
        return None
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, calendar.monthrange(year, month)[1])


# The notice sections the front matter and the next steps draw on (their citation ids end
# in these names instead of an item key).
SECTION_HEADINGS = {"organisation": "整改工作开展情况", "next_steps": "下一步工作打算"}


def citable_ids(catalog: Catalog) -> set[str]:
    """What a citation may name: the catalog's items, and its notices' sections."""
    return set(catalog.item_ids()) | {
        f"{notice_id}:{section}" for notice_id in catalog.ids() for section in SECTION_HEADINGS
    }


def plan_title(feedback: Feedback) -> str:
    kind = feedback.inspection.kind
    body = feedback.inspection.body
    about = f"关于{body}{kind}反馈意见" if body else f"关于{kind}反馈意见"
    return f"{feedback.unit}{about}的整改方案"


def feedback_text(feedback: Feedback) -> str:
    """Everything the user wrote: names in here are theirs and may appear in a draft."""
    return feedback.model_dump_json(exclude={"source"})


def name_guard(settings: Settings, feedback: Feedback, extra_allowed: str = "") -> NameGuard:
    with Catalog(settings.catalog_path, create=False) as catalog:
        units = sorted({row.unit for row in catalog.rows() if row.unit})
    return NameGuard(feedback_text(feedback) + extra_allowed, units)


def section_sources(
    settings: Settings, notice_ids: Sequence[str], section: str
) -> list[Source]:
    """Sentences of the given notices' organisation or next-steps sections, as sources."""
    sources: list[Source] = []
    with Catalog(settings.catalog_path, create=False) as catalog:
        for rank, notice_id in enumerate(notice_ids, 1):
            notice = catalog.get(notice_id)
            text = notice.organisation if section == "organisation" else notice.next_steps
            precedent = _section_precedent(notice, section, text, rank)
            for line in text.splitlines():
                if marker_level(line) and line.rstrip()[-1:] not in "。；;":
                    continue  # a sub-heading, not a sentence
                for sentence in sentences(strip_ordinal(line)):
                    if 10 <= len(sentence) <= 160 and sentence[-1] in "。；;！":
                        sources.append(Source(len(sources) + 1, precedent, sentence))
    return sources


def _section_precedent(notice: Notice, section: str, text: str, rank: int) -> Precedent:
    heading = SECTION_HEADINGS[section]
    record = notice_record(notice, section, [heading], heading, text, [])
    return Precedent(rank=rank, score=0.0, signals={}, record=record)


def notices_by_use(items: Sequence[ItemSources]) -> list[str]:
    """Notice ids of the retrieved precedents, most used first (their wording fits best)."""
    counts = Counter(p.record.notice_id for item in items for p in item.precedents)
    return [nid for nid, _ in counts.most_common()]


def _draft_pipelined(
    settings: Settings,
    feedback: Feedback,
    engine: Engine,
    index: PrecedentIndex,
    filters: Filters | None,
) -> tuple[list[ItemSources], list[ItemDraft], FrontMatterDraft, list[Source]]:
    """Retrieval feeds the engine item by item (an LLM call starts as soon as its item's
    precedents are found), and the front matter, which needs every item's retrieval, is
    drafted while the item calls run: for the LLM engine both save a round of waiting."""
    k = settings.draft.precedents_per_item
    if not engine.waits_on_io:  # CPU-bound drafting only competes with the embedder
        items = list(retrieve_iter(index, feedback.problems(), k, filters))
        org_sources = section_sources(settings, notices_by_use(items)[:12], "organisation")
        drafts = engine.plan_items(feedback, items)
        return items, drafts, engine.front_matter(feedback, org_sources), org_sources
    items = []
    retrieved = threading.Event()

    def produce() -> Iterator[ItemSources]:
        for item in retrieve_iter(index, feedback.problems(), k, filters):
            items.append(item)
            yield item
        retrieved.set()

    with ThreadPoolExecutor(max_workers=1) as pool:
        drafts_future = pool.submit(engine.plan_items, feedback, produce())
        while not retrieved.wait(0.05):
            if drafts_future.done():  # failed before the retrieval finished
                drafts_future.result()
        org_sources = section_sources(settings, notices_by_use(items)[:12], "organisation")
        front = engine.front_matter(feedback, org_sources)
        drafts = drafts_future.result()
    return items, drafts, front, org_sources


def build_plan(
    settings: Settings,
    feedback: Feedback,
    engine: Engine,
    *,
    index: PrecedentIndex | None = None,
    guard: NameGuard | None = None,
    filters: Filters | None = None,
) -> Plan:
    """filters: limits on the precedents drawn on (the evaluation excludes the notice whose
    own problems are being drafted)."""
    index = index or PrecedentIndex(settings)
    ours = unit_forms(feedback.unit)
    guard = guard or name_guard(settings, feedback)
    writer = CitedWriter(CitationRegister(), guard, ours.we)
    items, drafts, front, org_sources = _draft_pipelined(settings, feedback, engine, index, filters)

    plan_items = [
        plan_item(settings, feedback, item, draft, writer)
        for item, draft in zip(items, drafts, strict=True)
    ]

    front_matter = FrontMatter(
        guiding=writer.write_paragraph(front.guiding, org_sources),
        organisation=writer.write_paragraph(front.organisation, org_sources),
        requirements=writer.write_paragraph(front.requirements, org_sources),
    )
    return Plan(
        info=draft_info(settings, engine, feedback.source),
        feedback=feedback,
        title=plan_title(feedback),
        front_matter=front_matter,
        items=plan_items,
        citations=writer.register.citations,
        findings=writer.findings,
    )


def plan_item(
    settings: Settings, feedback: Feedback, item: ItemSources, draft: ItemDraft, writer: CitedWriter
) -> PlanItem:
    """An engine's draft of one item, guarded and numbered, with its user-given facts."""
    key = item.leaf.key
    measures: list[Measure] = []
    for measure in draft.measures:
        text, numbers = writer.write(measure.text, item.sources, cited=measure.citations, item=key)
        if text.strip("。；， "):
            measures.append(Measure(text=text, citations=numbers))
    goal, _ = writer.write(draft.goal, [], item=key)
    problem = item.leaf.problem
    return PlanItem(
        key=key,
        path=item.leaf.path,
        problem=problem.title,
        detail=problem.detail,
        goal=goal,
        measures=measures,
        leader=problem.leader or feedback.defaults.leader or to_fill("责任领导"),
        department=problem.department or feedback.defaults.department or to_fill("责任部门"),
        deadline=deadline_for(item.leaf, feedback, settings.draft.deadline_months),
        retrieved=[p.record.id for p in item.precedents],
    )


def draft_info(settings: Settings, engine: Engine, source: str | None) -> DraftInfo:
    return DraftInfo(
        engine="llm" if engine.name == "llm" else "extractive",
        model=engine.model,
        created=dt.datetime.now().replace(microsecond=0),
        rectify_version=__version__,
        settings=settings.fingerprint(),
        source=source,
        prompt_tokens=engine.usage.prompt_tokens,
        completion_tokens=engine.usage.completion_tokens,
        calls=engine.usage.calls,
    )
