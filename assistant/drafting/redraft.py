"""A new draft of one plan item, the rest of the plan untouched.

The reviewer's hint joins the retrieval query and the engine's instructions; excluded
precedents (a notice id, or one precedent item's id) are kept out of retrieval; clauses the
plan already cites, the rejected version's included, are not offered again. New citations
continue the plan's numbering.
"""

from __future__ import annotations

from collections.abc import Collection

from assistant.drafting.citations import CitationRegister, CitedWriter
from assistant.drafting.context import DraftingContext
from assistant.drafting.engines.protocol import Engine
from assistant.drafting.fit import fitting_item
from assistant.drafting.models import Plan, PlanItem
from assistant.drafting.plan import plan_item
from assistant.drafting.sources import build_sources
from assistant.errors import InputError
from assistant.i18n import _
from assistant.index.filters import Filters
from assistant.index.precedents import PrecedentIndex
from assistant.settings import Settings


def split_exclusions(index: PrecedentIndex, ids: Collection[str]) -> tuple[set[str], set[str]]:
    """(notice ids, precedent item ids) from what the user gave; an unknown id is an error."""
    records = index.catalog_records()
    notice_ids = {r.notice_id for r in records}
    item_ids = {r.id for r in records}
    notices, items = set(), set()
    for given in ids:
        if given in notice_ids:
            notices.add(given)
        elif given in item_ids:
            items.add(given)
        else:
            example = records[0].id if records else "NOTICE:1.2"
            raise InputError(
                _("没有编号为“{given}”的通报或先例").format(given=given),
                hint=_("请给出通报编号（`rectify corpus list`）或方案引用中的先例编号，例如 {example}").format(
                    example=example),
            )
    return notices, items


def redraft_item(
    settings: Settings,
    plan: Plan,
    item: PlanItem,
    engine: Engine,
    *,
    hint: str = "",
    exclude: Collection[str] = (),
    index: PrecedentIndex | None = None,
) -> PlanItem:
    """The item drafted again; ``plan.citations`` and ``plan.findings`` are updated."""
    leaf = next((leaf for leaf in plan.feedback.problems() if leaf.key == item.key), None)
    if leaf is None:
        raise InputError(
            _("第 {key} 项不在整改方案的反馈问题中").format(key=item.key),
            hint=_("整改方案被手工改动过；请用 `rectify plan` 重新起草"),
        )
    index = index or PrecedentIndex(settings)
    # the reviewer may have set the deadlines by hand: the new goal follows theirs
    deadlines = {i.key: i.deadline for i in plan.items}
    context = DraftingContext.build(settings, plan.feedback, index=index, deadlines=deadlines)
    notices, precedents = split_exclusions(index, exclude)
    k = settings.draft.precedents_per_item
    query = f"{leaf.query}{hint.strip()}"
    found = index.search(
        query, k=k + len(precedents), filters=Filters(exclude_notices=frozenset(notices))
    )
    found = [p for p in found if p.record.id not in precedents][:k]
    cited = {(c.precedent_id, c.clause) for c in plan.citations}
    sources = fitting_item(context, build_sources(leaf, found, avoid=cited))
    sources.hint = hint.strip()
    [draft] = engine.plan_items(context, [sources])
    writer = CitedWriter(CitationRegister(plan.citations), context.guard, context.ours.we)
    new = plan_item(context, sources, draft, writer)
    plan.citations = writer.register.citations
    plan.findings = [f for f in plan.findings if f.item != item.key] + writer.findings
    # what the reviewer set by hand stays
    return new.model_copy(
        update={"leader": item.leader, "department": item.department, "deadline": item.deadline}
    )
