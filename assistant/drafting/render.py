"""Markdown views of the canonical drafts (rendered from the JSON models only)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

from assistant.corpus.clauses import cn_numeral
from assistant.drafting.models import Citation, Plan, PlanItem, Report, ReportItem, cn_date

ItemT = TypeVar("ItemT", PlanItem, ReportItem)


def enumerate_measures(texts: list[str]) -> str:
    return "".join(f"{cn_numeral(i)}是{t}" for i, t in enumerate(texts, 1))


def _references(citations: list[Citation]) -> list[str]:
    lines = ["## 引用的先例", ""]
    for c in citations:
        where = " / ".join(c.path)
        lines.append(f"[{c.n}] {c.unit}（{c.date or '日期不详'}）· {where} · 问题：{c.problem}")
        lines.append(f"    > {c.clause}")
        lines.append(f"    `{c.precedent_id}`")
    return lines


def _by_category(items: Sequence[ItemT]) -> Iterator[tuple[ItemT, list[str]]]:
    """Each item with the heading lines of its category when a new category starts."""
    category = None
    for item in items:
        if item.path and item.path[0] != category:
            category = item.path[0]
            yield item, [f"### {category}", ""]
        else:
            yield item, []


# The numbered sections of each draft, shared by every view (Markdown, DOCX).
PLAN_SECTIONS = ("一、指导思想", "二、组织领导", "三、整改任务", "四、工作要求")
REPORT_SECTIONS = ("一、整改工作开展情况", "二、整改进展情况", "三、下一步工作打算")
FURTHER_SECTION = "四、需要进一步整改的事项"


def report_heading(item: ReportItem) -> str:
    """关于“…”的问题: how notices head a problem."""
    return f"关于“{item.problem.strip().rstrip('。')}”的问题"


def report_summary(report: Report) -> list[str]:
    """The computed paragraphs closing section 一: counts by status, then the figures."""
    counts = report.counts.text(report.feedback.inspection.kind)
    return [counts, report.figures] if report.figures else [counts]


def plan_item_paragraphs(item: PlanItem) -> list[str]:
    """The paragraphs under a plan item's heading, as every view prints them."""
    paragraphs = [f"问题表现：{item.detail}"] if item.detail else []
    return [
        *paragraphs,
        f"整改目标：{item.goal}",
        f"整改措施：{enumerate_measures([m.text for m in item.measures])}",
        f"责任领导：{item.leader}　责任部门：{item.department}　整改时限：{item.deadline.text}",
    ]


def report_item_paragraphs(item: ReportItem) -> list[str]:
    """The paragraphs under a report item's heading, as every view prints them."""
    return [f"整改进展情况：{item.progress}"]


def _info_line(kind: str, info_engine: str, model: str | None, created: str) -> str:
    made_by = f"{info_engine}（{model}）" if model else info_engine
    return f"<!-- {kind} drafted by rectify, engine: {made_by}, {created} -->"


def plan_markdown(plan: Plan) -> str:
    lines = [
        _info_line("plan", plan.info.engine, plan.info.model, plan.info.created.isoformat()),
        f"# {plan.title}",
        "",
        f"## {PLAN_SECTIONS[0]}",
        "",
        plan.front_matter.guiding,
        "",
        f"## {PLAN_SECTIONS[1]}",
        "",
        plan.front_matter.organisation,
        "",
        f"## {PLAN_SECTIONS[2]}",
        "",
    ]
    for item, category_lines in _by_category(plan.items):
        lines += category_lines
        heading = " / ".join(item.path[1:] + [item.problem])
        lines += [f"#### {item.key} {heading}", ""]
        for paragraph in plan_item_paragraphs(item):
            lines += [paragraph, ""]
    lines += [f"## {PLAN_SECTIONS[3]}", "", plan.front_matter.requirements, ""]
    if plan.citations:
        lines += _references(plan.citations)
    return "\n".join(lines).rstrip() + "\n"


def report_markdown(report: Report) -> str:
    lines = [
        _info_line("report", report.info.engine, report.info.model, report.info.created.isoformat()),
        f"# {report.title}",
        "",
        report.intro,
        "",
        f"## {REPORT_SECTIONS[0]}",
        "",
        report.work,
        "",
        *[line for p in report_summary(report) for line in (p, "")],
        f"## {REPORT_SECTIONS[1]}",
        "",
    ]
    for item, category_lines in _by_category(report.items):
        lines += category_lines
        lines += [f"#### {item.key} {report_heading(item)}", ""]
        for paragraph in report_item_paragraphs(item):
            lines += [paragraph, ""]
    lines += [
        f"## {REPORT_SECTIONS[2]}",
        "",
        report.next_steps,
        "",
        f"## {FURTHER_SECTION}",
        "",
        *[line for p in report.further.splitlines() for line in (p, "")],
        report.closing,
        "",
        f"{report.signature}",
        "",
        cn_date(report.date),
        "",
    ]
    if report.citations:
        lines += _references(report.citations)
    return "\n".join(lines).rstrip() + "\n"
