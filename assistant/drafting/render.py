"""Markdown views of the canonical drafts (rendered from the JSON models only)."""

from __future__ import annotations

import datetime as dt

from assistant.drafting.models import Citation, Plan, Report

CN_NUMERALS = "一二三四五六七八九十"


def cn_numeral(n: int) -> str:
    """1 → 一 … 99 → 九十九 (section numbers)."""
    if n <= 10:
        return CN_NUMERALS[n - 1]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else CN_NUMERALS[tens - 1]
    return head + "十" + (CN_NUMERALS[ones - 1] if ones else "")


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


def _info_line(kind: str, info_engine: str, model: str | None, created: str) -> str:
    made_by = f"{info_engine}（{model}）" if model else info_engine
    return f"<!-- {kind} drafted by rectify, engine: {made_by}, {created} -->"


def plan_markdown(plan: Plan) -> str:
    lines = [
        _info_line("plan", plan.info.engine, plan.info.model, plan.info.created.isoformat()),
        f"# {plan.title}",
        "",
        "## 一、指导思想",
        "",
        plan.front_matter.guiding,
        "",
        "## 二、组织领导",
        "",
        plan.front_matter.organisation,
        "",
        "## 三、整改任务",
        "",
    ]
    category = None
    for item in plan.items:
        if item.path and item.path[0] != category:
            category = item.path[0]
            lines += [f"### {category}", ""]
        heading = " / ".join(item.path[1:] + [item.problem])
        lines += [f"#### {item.key} {heading}", ""]
        if item.detail:
            lines += [f"问题表现：{item.detail}", ""]
        lines += [
            f"整改目标：{item.goal}",
            "",
            f"整改措施：{enumerate_measures([m.text for m in item.measures])}",
            "",
            f"责任领导：{item.leader}　责任部门：{item.department}　整改时限：{item.deadline.text}",
            "",
        ]
    lines += ["## 四、工作要求", "", plan.front_matter.requirements, ""]
    if plan.citations:
        lines += _references(plan.citations)
    return "\n".join(lines).rstrip() + "\n"


def _date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def report_markdown(report: Report) -> str:
    lines = [
        _info_line("report", report.info.engine, report.info.model, report.info.created.isoformat()),
        f"# {report.title}",
        "",
        report.intro,
        "",
        "## 一、整改工作开展情况",
        "",
        report.work,
        "",
        report.counts.text(report.feedback.inspection.kind),
        "",
        "## 二、整改进展情况",
        "",
    ]
    category = None
    for item in report.items:
        if item.path and item.path[0] != category:
            category = item.path[0]
            lines += [f"### {category}", ""]
        lines += [f"#### {item.key} {item.problem}", "", f"整改进展情况：{item.progress}", ""]
    lines += [
        "## 三、下一步工作打算",
        "",
        report.next_steps,
        "",
        report.closing,
        "",
        f"{report.signature}",
        "",
        _date(report.date),
        "",
    ]
    if report.citations:
        lines += _references(report.citations)
    return "\n".join(lines).rstrip() + "\n"
