"""A draft as the paragraphs of an official document, in order, each with its role.

The DOCX writer only lays these out, so what Word shows is exactly this text; the text is
the Markdown view's (``assistant.drafting.render``) with the headings numbered the official
way: categories （一）, problems 1., sub-problems （1）, deeper ①. A plan also gets what an
office sends (``plan_parts``): the opening, one paragraph per label and measure, the annex
note (附件：整改任务清单), signature and date.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal, TypeVar

from assistant.corpus.clauses import cn_numeral
from assistant.drafting.guards import strip_markers
from assistant.drafting.models import Plan, PlanItem, Report, ReportItem, cn_date
from assistant.drafting.render import (
    FURTHER_SECTION,
    PLAN_SECTIONS,
    REPORT_SECTIONS,
    report_heading,
    report_item_paragraphs,
    report_summary,
)
from assistant.export.plan_parts import ANNEX_NOTE, item_paragraphs, plan_opening, plan_signature

Role = Literal[
    "title",
    "heading1",
    "heading2",
    "heading3",
    "heading4",
    "body",
    "annex_note",
    "signature",
    "date",
]
HEADING_ROLES: tuple[Role, ...] = ("heading2", "heading3", "heading4")
ItemT = TypeVar("ItemT", PlanItem, ReportItem)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


@dataclass(frozen=True)
class Block:
    role: Role
    text: str


def label(depth: int, n: int) -> str:
    """The official number of the n-th heading at ``depth`` under 一、 (0 = category)."""
    if depth == 0:
        return f"（{cn_numeral(n)}）"
    if depth == 1:
        return f"{n}."
    if depth == 2:
        return f"（{n}）"
    return _CIRCLED[n - 1] if n <= len(_CIRCLED) else f"({n})"


def heading_role(depth: int) -> Role:
    return HEADING_ROLES[min(depth, len(HEADING_ROLES) - 1)]


def item_headings(
    items: Sequence[ItemT], leaf_text: Callable[[ItemT], str] | None = None
) -> Iterator[tuple[ItemT, list[Block]]]:
    """Each item with the headings that open it: its category and parent problems when
    they change (numbered within their parent), then the problem itself (as ``leaf_text``
    words it: a report says 关于“…”的问题)."""
    counters: list[int] = []
    previous: list[str] = []
    for item in items:
        chain = item.path + [item.problem]  # (not [*…]: mypy cannot type that here)
        blocks: list[Block] = []
        for depth, segment in enumerate(chain):
            leaf = depth == len(chain) - 1
            if not leaf and chain[: depth + 1] == previous[: depth + 1]:
                continue  # this category / parent problem is already open
            del counters[depth + 1 :]
            counters += [0] * (depth + 1 - len(counters))
            counters[depth] += 1
            if leaf and leaf_text is not None:
                segment = leaf_text(item)
            blocks.append(Block(heading_role(depth), label(depth, counters[depth]) + segment))
        previous = chain
        yield item, blocks


def _body(text: str, role: Role = "body") -> list[Block]:
    """One block per non-empty line (a field may hold several paragraphs)."""
    return [Block(role, line.strip()) for line in text.splitlines() if line.strip()]


def _finish(blocks: list[Block], citations: bool) -> list[Block]:
    """A published notice carries no [n] markers; with citations they stay as anchors."""
    if citations:
        return blocks
    return [Block(b.role, strip_markers(b.text)[0]) for b in blocks]


def plan_outline(plan: Plan, *, citations: bool = False) -> list[Block]:
    blocks = [*_body(plan.title, "title"), Block("body", plan_opening(plan.feedback))]
    blocks += [Block("heading1", PLAN_SECTIONS[0]), *_body(plan.front_matter.guiding)]
    blocks += [Block("heading1", PLAN_SECTIONS[1]), *_body(plan.front_matter.organisation)]
    blocks.append(Block("heading1", PLAN_SECTIONS[2]))
    for item, headings in item_headings(plan.items):
        blocks += headings
        for paragraph in item_paragraphs(item):
            blocks += _body(paragraph)
    blocks += [Block("heading1", PLAN_SECTIONS[3]), *_body(plan.front_matter.requirements)]
    signature, date = plan_signature(plan)
    blocks += [Block("annex_note", ANNEX_NOTE), Block("signature", signature)]
    blocks.append(Block("date", date))
    return _finish(blocks, citations)


def report_outline(report: Report, *, citations: bool = False) -> list[Block]:
    blocks = [*_body(report.title, "title"), *_body(report.intro)]
    blocks += [Block("heading1", REPORT_SECTIONS[0]), *_body(report.work)]
    blocks += [b for paragraph in report_summary(report) for b in _body(paragraph)]
    blocks.append(Block("heading1", REPORT_SECTIONS[1]))
    for item, headings in item_headings(report.items, report_heading):
        blocks += headings
        for paragraph in report_item_paragraphs(item):
            blocks += _body(paragraph)
    blocks += [Block("heading1", REPORT_SECTIONS[2]), *_body(report.next_steps)]
    blocks += [Block("heading1", FURTHER_SECTION), *_body(report.further)]
    blocks += _body(report.closing)
    blocks += [*_body(report.signature, "signature"), Block("date", cn_date(report.date))]
    return _finish(blocks, citations)


def outline(draft: Plan | Report, *, citations: bool = False) -> list[Block]:
    if isinstance(draft, Plan):
        return plan_outline(draft, citations=citations)
    return report_outline(draft, citations=citations)
