"""The texts of a draft the checks read: each piece with its item and where it stands."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.drafting.models import Plan, Report


@dataclass(frozen=True)
class Text:
    """One piece of draft text: the item it belongs to (None: the whole draft) and where."""

    item: str | None
    where: str
    text: str


def plan_texts(plan: Plan) -> list[Text]:
    """Everything the plan says in its own words (not the user's problems, not the sources)."""
    fm = plan.front_matter
    texts = [
        Text(None, "title", plan.title),
        Text(None, "指导思想", fm.guiding),
        Text(None, "组织领导", fm.organisation),
        Text(None, "工作要求", fm.requirements),
    ]
    for item in plan.items:
        texts.append(Text(item.key, "goal", item.goal))
        texts += [Text(item.key, f"measure {i}", m.text) for i, m in enumerate(item.measures, 1)]
        texts.append(Text(item.key, "leader", item.leader))
        texts.append(Text(item.key, "department", item.department))
    return texts


def report_prose(report: Report) -> list[Text]:
    """The report's prose an engine wrote: what the fact check reads."""
    texts = [Text(None, "整改工作开展情况", report.work)]
    texts += [Text(i.key, "progress", i.progress) for i in report.items]
    texts.append(Text(None, "下一步工作打算", report.next_steps))
    return texts


def report_texts(report: Report) -> list[Text]:
    """Everything the report says (templates, prose and the ledger's next steps)."""
    texts = [Text(None, "title", report.title), Text(None, "intro", report.intro)]
    texts += report_prose(report)
    texts += [Text(i.key, "next steps", i.next_steps) for i in report.items if i.next_steps]
    texts += [Text(None, "figures", report.figures), Text(None, "需要进一步整改的事项", report.further)]
    texts += [Text(None, "closing", report.closing), Text(None, "signature", report.signature)]
    return texts
