"""The texts of a draft the checks read: each piece with its item and where it stands."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.drafting.models import Plan, Report
from assistant.i18n import _


@dataclass(frozen=True)
class Text:
    """One piece of draft text: the item it belongs to (None: the whole draft) and where."""

    item: str | None
    where: str
    text: str
    user_given: bool = False  # the user's own words (责任领导 / 责任部门): never judged for fit


def plan_texts(plan: Plan) -> list[Text]:
    """Everything the plan says in its own words (not the user's problems, not the sources)."""
    fm = plan.front_matter
    texts = [
        Text(None, _("标题"), plan.title),
        Text(None, "指导思想", fm.guiding),
        Text(None, "组织领导", fm.organisation),
        Text(None, "工作要求", fm.requirements),
    ]
    for item in plan.items:
        texts.append(Text(item.key, _("整改目标"), item.goal))
        texts += [Text(item.key, _("措施 {n}").format(n=i), m.text)
                  for i, m in enumerate(item.measures, 1)]
        texts.append(Text(item.key, _("责任领导"), item.leader, user_given=True))
        texts.append(Text(item.key, _("责任单位"), item.department, user_given=True))
    return texts


def report_prose(report: Report) -> list[Text]:
    """The report's prose an engine wrote: what the fact check reads."""
    texts = [Text(None, "整改工作开展情况", report.work)]
    texts += [Text(i.key, _("进展情况"), i.progress) for i in report.items]
    texts.append(Text(None, "下一步工作打算", report.next_steps))
    return texts


def report_texts(report: Report) -> list[Text]:
    """Everything the report says (templates, prose and the ledger's next steps)."""
    texts = [Text(None, _("标题"), report.title), Text(None, _("开头"), report.intro)]
    texts += report_prose(report)
    texts += [Text(i.key, _("下一步措施"), i.next_steps) for i in report.items if i.next_steps]
    texts += [Text(None, _("数字"), report.figures), Text(None, _("需要进一步整改的事项"), report.further)]
    texts += [Text(None, _("结尾"), report.closing), Text(None, _("落款"), report.signature)]
    return texts
