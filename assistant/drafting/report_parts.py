"""The parts of a progress report computed from the ledger, never written by a model:
section 一 from the structured ``overall``, the figures, each measure's sentence, and
section 四 (unfinished problems with their reasons and new deadlines).

Every fact printed here is a field the user filled in; every empty field the report needs
is a 【待补充】 placeholder.
"""

from __future__ import annotations

import re

from assistant.corpus.clauses import cn_numeral
from assistant.drafting.guards import strip_markers
from assistant.drafting.ledger_models import Figures, LedgerItem, LedgerMeasure, Overall
from assistant.drafting.models import PlanItem, ReportItem, cn_date, to_fill
from assistant.drafting.sources import sentences

_BRACKETED_RE = re.compile(r"【[^】]*】|《[^》]*》|[\[［]\d+[\]］]|[0-9A-Za-z.%％“”‘’\"']+")


def _end(text: str) -> str:
    return text.strip().rstrip("。；;，, ")


def gist(measure_text: str, most: int = 16) -> str:
    """The opening words of a planned measure, for a placeholder: no numbers, titles or
    placeholders of its own (those are the plan's, not facts of the report)."""
    text = _BRACKETED_RE.sub("", strip_markers(measure_text)[0])
    head = re.split(r"[，。；：,;:]", text.strip(), maxsplit=1)[0]
    return head[:most] or "该项措施"


def overall_text(overall: Overall, kind: str) -> str:
    """一、整改工作开展情况: one sentence per structured field, placeholders where empty."""
    parts: list[str] = []
    parts.append(
        f"成立{kind}整改工作领导小组，{_end(overall.leading_group)}。"
        if overall.leading_group.strip()
        else to_fill("整改工作领导小组：谁任组长、成员") + "。"
    )
    if overall.task_force.strip():
        parts.append(_end(overall.task_force) + "。")
    if overall.meetings:
        for m in overall.meetings:
            count = f"{m.count}次" if m.count is not None else ""
            when = "、".join(cn_date(d) for d in m.dates)
            about = f"，{_end(m.about)}" if m.about.strip() else ""
            lead = f"{when}，" if when else ""
            parts.append(f"{lead}召开{_end(m.name)}{count}{about}。")
    else:
        parts.append(to_fill(f"召开的{kind}整改专题会议：名称、次数、日期") + "。")
    plan = f"{cn_date(overall.plan_issued)}印发整改方案" if overall.plan_issued else ""
    ledger = f"{cn_date(overall.ledger_set_up)}建立整改台账" if overall.ledger_set_up else ""
    if plan or ledger:
        missing = [] if plan and ledger else [to_fill("整改方案印发或台账建立日期")]
        parts.append("，".join([p for p in (plan, ledger) if p] + missing) + "，明确责任领导、责任部门和完成时限。")
    else:
        parts.append(to_fill("整改方案印发日期、整改台账建立日期") + "。")
    parts.append(
        _end(overall.supervision) + "。"
        if overall.supervision.strip()
        else to_fill("督查督办：如何调度、督导整改进度") + "。"
    )
    parts += [s if s.endswith(("。", "！", "？")) else s + "。" for s in sentences(overall.other)]
    return "；".join(
        f"{cn_numeral(i)}是{p.rstrip('。')}" for i, p in enumerate(parts, 1)
    ) + "。"


_FIGURES: tuple[tuple[str, str, str], ...] = (
    ("rules_made", "新制定制度", "个"),
    ("rules_revised", "修订完善制度", "个"),
    ("talks", "谈话提醒", "人次"),
    ("criticised", "批评教育", "人次"),
    ("held_accountable", "问责", "人次"),
    ("disciplined", "给予党纪政务处分", "人"),
    ("funds_recovered", "退缴、挽回资金", "元"),
    ("funds_reimbursed", "清退、补缴资金", "元"),
)


def figures_text(figures: Figures) -> str:
    """整改成效 in figures, each exactly as entered; empty when none was given."""
    parts = [
        f"{label}{getattr(figures, name)}{unit}"
        for name, label, unit in _FIGURES
        if getattr(figures, name) is not None
    ]
    return "通过整改，" + "，".join(parts) + "。" if parts else ""


def measure_sentence(measure: LedgerMeasure, planned: str) -> str:
    """One measure as the report states it: the user's facts and date, or a placeholder."""
    done = _end(measure.done)
    when = f"{cn_date(measure.done_on)}，" if measure.done_on else ""
    if not done:
        what = {"已完成": "已完成的", "正在推进": "推进中的", "未开始": ""}[measure.status or "未开始"]
        text = (
            "该项措施尚未启动"  # the plan's wording is a promise, not a fact of the report
            if measure.status == "未开始"
            else to_fill(f"“{gist(planned)}”{what}落实情况：做了什么、何时")
        )
    else:
        text = when + done
        if measure.status == "正在推进":
            text += "，目前正在推进"
        elif measure.status == "未开始":
            text += "，尚未正式启动"
    return text  # reasons and new deadlines are stated once, in section 四


_CLOSING = {
    "已完成": "该问题已整改完成。",
    "基本完成": "该问题已基本完成整改，将持续巩固整改成果。",
    "正在推进": "该问题正在持续推进整改。",
    "未开始": "该问题整改尚未启动。",
}


def progress_text(item: PlanItem, entry: LedgerItem) -> str:
    """整改进展情况 measure by measure (一是…二是…), the problem's own facts first, and a
    status sentence only when there is something behind it."""
    lead = "".join(_end(s) + "。" for s in sentences(entry.facts) if _end(s))
    planned = {n: m.text for n, m in enumerate(item.measures, 1)}
    clauses = [measure_sentence(m, planned.get(m.n, "")) for m in entry.measures]
    # 一是…。二是…。 as the notices write progress: one sentence a measure
    body = "".join(f"{cn_numeral(i)}是{c}。" for i, c in enumerate(clauses, 1))
    if not lead and not body:
        body = to_fill("整改进展情况：做了什么、何时、数量")
    has_facts = bool(lead) or any(m.done.strip() for m in entry.measures)
    status = entry.effective_status or "正在推进"
    text = lead + body + (_CLOSING[status] if has_facts else "")
    if entry.next_steps.strip():
        text += "下一步，" + _end(entry.next_steps) + "。"
    return text


def further_text(items: list[ReportItem]) -> str:
    """四、需要进一步整改的事项: every problem not 已完成, its reasons and new deadline."""
    open_items = [i for i in items if i.status != "已完成"]
    if not open_items:
        return "反馈问题均已完成整改，暂无需要进一步整改的事项。"
    lines = []
    for n, item in enumerate(open_items, 1):
        reasons = "；".join(_end(r) for r in item.reasons) or to_fill("未完成原因")
        deadline = cn_date(item.new_deadline) if item.new_deadline else to_fill("新的完成时限")
        lines.append(
            f"（{cn_numeral(n)}）关于“{_end(item.problem)}”的问题（{item.status}）。"
            f"未完成原因：{reasons}。计划完成时限：{deadline}。"
        )
    return "\n".join(lines)


def reasons_of(entry: LedgerItem) -> list[str]:
    """Why a problem is unfinished: its override reason and its measures' reasons, once each."""
    found = [entry.status_reason] if entry.status and entry.status != "已完成" else []
    found += [m.reason for m in entry.unfinished]
    return list(dict.fromkeys(r.strip() for r in found if r.strip()))
