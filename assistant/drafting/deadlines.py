"""The deadline (完成时限) of every problem, decided before anything is drafted.

The goal sentence an engine writes follows the deadline class, so the class is worked out
once, here, and handed to the engines in the drafting context.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from assistant.drafting.inputs.feedback.model import Feedback, FeedbackLeaf
from assistant.drafting.models import Deadline

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


def deadlines_for(feedback: Feedback, months: int) -> dict[str, Deadline]:
    """Every leaf problem's deadline, by item key."""
    return {leaf.key: deadline_for(leaf, feedback, months) for leaf in feedback.problems()}


def months_after(day: dt.date | None, months: int) -> dt.date | None:
    """The last day of the month ``months`` after ``day``."""
    if day is None:
        return None
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def goal_tail(deadline: Deadline) -> str:
    """How a goal sentence ends for this deadline class (the deadline's date included)."""
    if deadline.kind == "立行立改":
        return "立行立改、即知即改，确保问题按期清零"
    if deadline.kind == "长期坚持":
        return "标本兼治、久久为功，形成长效机制"
    when = deadline.text if deadline.date else "按期"
    return f"明确时限、逐项销号，确保{when}整改到位"


def deadline_brief(deadline: Deadline) -> str:
    """The deadline as the LLM prompt states it: its class and what the goal must say."""
    if deadline.kind == "限期整改" and deadline.date:
        return f"限期整改，{deadline.text}完成（整改目标写明这一时限）"
    if deadline.kind == "立行立改":
        return "立行立改（立即整改到位，整改目标不写远期时限）"
    if deadline.kind == "长期坚持":
        return "长期坚持（持续推进、建立长效机制，整改目标不写完成日期）"
    return "限期整改（按期整改到位）"
