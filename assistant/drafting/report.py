"""Building the progress report (整改进展情况的通报) from a ledger and its plan.

The counts are computed here from the ledger's statuses; engines only write prose, and
every date, number or title in that prose that the user did not supply is flagged.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.drafting.citations import CitationRegister, CitedWriter
from assistant.drafting.context import DraftingContext
from assistant.drafting.engines.protocol import Engine, ProgressTask, SectionsTask
from assistant.drafting.fit import fitting_sentences
from assistant.drafting.guards import flag_unverified
from assistant.drafting.info import draft_info
from assistant.drafting.inputs.feedback.model import Feedback
from assistant.drafting.models import (
    Counts,
    Ledger,
    Plan,
    PreviousReport,
    Report,
    ReportItem,
    ReportMeasure,
    Stage,
    cn_date,
    to_fill,
)
from assistant.drafting.report_parts import (
    figures_text,
    further_text,
    measure_sentence,
    overall_text,
    reasons_of,
)
from assistant.drafting.unit_forms import committee_of
from assistant.settings import Settings


def counts_of(plan: Plan, ledger: Ledger) -> Counts:
    return Counts(
        categories=len({tuple(item.path[:1]) for item in plan.items}),
        problems=len(plan.items),
        **ledger.status_counts(),
        **ledger.measure_counts(),
    )


def _date(day: dt.date | None, what: str) -> str:
    return cn_date(day) if day else to_fill(what)


_STAGE_TITLES = {
    "阶段性进展": "反馈意见整改阶段性进展情况的通报",
    "集中整改进展": "集中整改进展情况的通报",
    "整改完成情况": "整改完成情况的通报",
}


def report_title(feedback: Feedback, stage: Stage = "阶段性进展") -> str:
    kind = feedback.inspection.kind
    body = feedback.inspection.body or f"{committee_of(feedback)}{kind}组"
    return f"{feedback.unit}关于{body}{kind}{_STAGE_TITLES[stage]}"


def intro(
    feedback: Feedback, stage: Stage = "阶段性进展", previous: PreviousReport | None = None
) -> str:
    ins = feedback.inspection
    kind = ins.kind
    committee = committee_of(feedback)
    body = ins.body or to_fill(f"{kind}组")
    start, end = _date(ins.start, f"{kind}开始日期"), _date(ins.end, f"{kind}结束日期")
    if ins.start and ins.end and ins.start.year == ins.end.year:
        end = f"{ins.end.month}月{ins.end.day}日"
    round_ = f"{ins.round}" if ins.round else body
    earlier = (
        f"{cn_date(previous.date)}，{feedback.unit}公布了{kind}整改{previous.stage}情况。"
        if previous
        else ""
    )
    now = {"阶段性进展": "整改阶段性进展情况", "集中整改进展": "集中整改进展情况", "整改完成情况": "整改完成情况"}
    return (
        f"根据{committee}统一部署，{start}至{end}，{round_}对{feedback.unit}开展了{kind}。"
        f"{_date(ins.feedback_date, '反馈日期')}，{body}向{feedback.unit}反馈了{kind}意见。"
        f"{earlier}"
        f"按照党务公开原则和{kind}工作有关要求，现将{kind}{now[stage]}予以公布。"
    )


def closing(feedback: Feedback) -> str:
    c = feedback.contacts
    parts = [
        f"联系电话：{c.phone}" if c.phone else "",
        f"通信地址：{c.address}" if c.address else "",
        f"邮政编码：{c.postcode}" if c.postcode else "",
        f"电子邮箱：{c.email}" if c.email else "",
    ]
    contacts = "；".join(p for p in parts if p) or to_fill("联系电话、通信地址、邮政编码、电子邮箱")
    kind = feedback.inspection.kind
    return (
        f"欢迎广大干部群众对{kind}整改落实情况进行监督。如有意见建议，请及时向我们反映。"
        f"{contacts}。"
    )


def supplied_text(
    feedback: Feedback, ledger: Ledger, previous: PreviousReport | None = None
) -> str:
    """What the user wrote, and only that: facts in here are theirs and need no 【待核实】.
    (Line numbers, paths, hashes, item keys and measure numbers are bookkeeping, not facts;
    dates are added as the report writes them, 2026年7月5日.)"""
    parts = [feedback.model_dump_json(exclude={"source"})]
    parts.append(
        ledger.model_dump_json(include={"report_date", "overall", "figures", "next_steps"})
    )
    for i in ledger.items:
        parts.append(f"{i.problem}\n{i.status}\n{i.status_reason}\n{i.facts}\n{i.next_steps}")
        parts += [
            m.model_dump_json(include={"done", "done_on", "reason", "new_deadline", "evidence"})
            for m in i.measures
        ]
    if previous:
        parts.append(previous.date.isoformat())
    text = _LINE_FIELD_RE.sub("", "\n".join(parts))
    return text + "\n" + " ".join(cn_date(dt.date(int(y), int(m), int(d))) for y, m, d in _ISO_RE.findall(text))


_LINE_FIELD_RE = re.compile(r'"line":\s*(?:\d+|null),?')
_ISO_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _item(task: ProgressTask, text: str) -> ReportItem:
    entry, item = task.ledger, task.item
    status = entry.effective_status
    assert status is not None  # load_ledger refuses a measure without one
    planned = {n: m.text for n, m in enumerate(item.measures, 1)}
    deadlines = [m.new_deadline for m in entry.unfinished if m.new_deadline]
    return ReportItem(
        key=item.key,
        path=item.path,
        problem=item.problem,
        status=status,
        progress=text,
        next_steps=entry.next_steps,
        measures=[
            ReportMeasure(
                n=m.n,
                status=m.status or "未开始",
                text=measure_sentence(m, planned.get(m.n, "")),
                has_facts=bool(m.done.strip() or m.evidence.strip()),
            )
            for m in entry.measures
        ],
        reasons=reasons_of(entry) if status != "已完成" else [],
        new_deadline=max(deadlines) if deadlines and status != "已完成" else None,
    )


def build_report(
    settings: Settings,
    plan: Plan,
    ledger: Ledger,
    engine: Engine,
    previous: PreviousReport | None = None,
) -> Report:
    feedback = plan.feedback
    kind = feedback.inspection.kind
    deadlines = {item.key: item.deadline for item in plan.items}
    context = DraftingContext.build(settings, feedback, deadlines=deadlines)
    writer = CitedWriter(CitationRegister(), context.guard, context.ours.we)
    supplied = supplied_text(feedback, ledger, previous)
    cited = {c.n: c.clause for c in plan.citations}

    tasks = [
        ProgressTask(
            item=item,
            ledger=entry,
            examples=[cited[n] for m in item.measures for n in m.citations if n in cited][:4],
        )
        for item, entry in zip(plan.items, ledger.items, strict=True)
    ]
    drafts = engine.progress(context, tasks)
    items: list[ReportItem] = []
    findings = []
    for task, draft in zip(tasks, drafts, strict=True):
        text, _ = writer.write(draft.progress, [], item=task.item.key)
        text, flagged = flag_unverified(text, supplied, task.item.key)
        findings += flagged
        items.append(_item(task, text))

    notice_ids = list(dict.fromkeys(c.notice_id for c in plan.citations))[:12]
    next_sources = fitting_sentences(context, context.section_sources(notice_ids, "next_steps"))
    sections = engine.sections(
        context,
        SectionsTask(
            overall=overall_text(ledger.overall, kind),
            next_steps=ledger.next_steps,
            sources=next_sources,
        ),
    )
    work, _ = writer.write(sections.work, [], item=None)
    work, flagged = flag_unverified(work, supplied, None)
    findings += flagged
    next_steps = writer.write_paragraph(sections.next_steps, next_sources)
    next_steps, flagged = flag_unverified(next_steps, supplied, None)
    findings += flagged

    return Report(
        info=draft_info(settings, engine, ledger.source),
        feedback=feedback,
        title=report_title(feedback, ledger.stage),
        intro=intro(feedback, ledger.stage, previous),
        work=work,
        counts=counts_of(plan, ledger),
        items=items,
        next_steps=next_steps,
        further=further_text(items),
        figures=figures_text(ledger.figures),
        stage=ledger.stage,
        previous=previous,
        closing=closing(feedback),
        signature=feedback.signed_as,
        date=ledger.report_date or dt.date.today(),
        citations=writer.register.citations,
        findings=writer.findings + findings,
    )
