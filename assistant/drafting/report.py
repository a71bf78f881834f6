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
    Report,
    ReportItem,
    cn_date,
    to_fill,
)
from assistant.drafting.unit_forms import committee_of
from assistant.settings import Settings


def counts_of(plan: Plan, ledger: Ledger) -> Counts:
    return Counts(
        categories=len({tuple(item.path[:1]) for item in plan.items}),
        problems=len(plan.items),
        **ledger.status_counts(),
    )


def _date(day: dt.date | None, what: str) -> str:
    return cn_date(day) if day else to_fill(what)


def report_title(feedback: Feedback) -> str:
    kind = feedback.inspection.kind
    body = feedback.inspection.body or f"{committee_of(feedback)}{kind}组"
    return f"{feedback.unit}关于{body}{kind}反馈意见整改进展情况的通报"


def intro(feedback: Feedback) -> str:
    ins = feedback.inspection
    kind = ins.kind
    committee = committee_of(feedback)
    body = ins.body or to_fill(f"{kind}组")
    start, end = _date(ins.start, f"{kind}开始日期"), _date(ins.end, f"{kind}结束日期")
    if ins.start and ins.end and ins.start.year == ins.end.year:
        end = f"{ins.end.month}月{ins.end.day}日"
    round_ = f"{ins.round}" if ins.round else body
    return (
        f"根据{committee}统一部署，{start}至{end}，{round_}对{feedback.unit}开展了{kind}。"
        f"{_date(ins.feedback_date, '反馈日期')}，{body}向{feedback.unit}反馈了{kind}意见。"
        f"按照党务公开原则和{kind}工作有关要求，现将{kind}整改进展情况予以公布。"
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


def supplied_text(feedback: Feedback, ledger: Ledger) -> str:
    """What the user wrote, and only that: facts in here are theirs and need no 【待核实】.
    (Line numbers, paths, hashes and item keys are bookkeeping, not facts.)"""
    parts = [feedback.model_dump_json(exclude={"source"})]
    parts.append(ledger.model_dump_json(include={"report_date", "overall", "next_steps"}))
    parts += [f"{i.problem}\n{i.status}\n{i.facts}\n{i.next_steps}" for i in ledger.items]
    return _LINE_FIELD_RE.sub("", "\n".join(parts))


_LINE_FIELD_RE = re.compile(r'"line":\s*(?:\d+|null),?')


def build_report(settings: Settings, plan: Plan, ledger: Ledger, engine: Engine) -> Report:
    feedback = plan.feedback
    deadlines = {item.key: item.deadline for item in plan.items}
    context = DraftingContext.build(settings, feedback, deadlines=deadlines)
    writer = CitedWriter(CitationRegister(), context.guard, context.ours.we)
    supplied = supplied_text(feedback, ledger)
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
        key = task.item.key
        text, _ = writer.write(draft.progress, [], item=key)
        text, flagged = flag_unverified(text, supplied, key)
        findings += flagged
        assert task.ledger.status is not None  # load_ledger refuses an item without one
        items.append(
            ReportItem(
                key=key,
                path=task.item.path,
                problem=task.item.problem,
                status=task.ledger.status,
                progress=text,
                next_steps=task.ledger.next_steps,
            )
        )

    notice_ids = list(dict.fromkeys(c.notice_id for c in plan.citations))[:12]
    next_sources = fitting_sentences(context, context.section_sources(notice_ids, "next_steps"))
    sections = engine.sections(
        context,
        SectionsTask(
            overall=ledger.overall,
            next_steps=ledger.next_steps,
            sources=next_sources,
        )
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
        title=report_title(feedback),
        intro=intro(feedback),
        work=work,
        counts=counts_of(plan, ledger),
        items=items,
        next_steps=next_steps,
        closing=closing(feedback),
        signature=feedback.signed_as,
        date=ledger.report_date or dt.date.today(),
        citations=writer.register.citations,
        findings=writer.findings + findings,
    )
