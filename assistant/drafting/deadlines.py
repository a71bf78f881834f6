"""The deadline (完成时限) of every problem, decided before anything is drafted.

The goal sentence an engine writes follows the deadline class, so the class is worked out
once, here, and handed to the engines in the drafting context.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from assistant.drafting.inputs.feedback.model import (
    Feedback,
    FeedbackLeaf,
    month_count,
    term_months,
)
from assistant.drafting.models import Deadline

_AT_ONCE_RE = re.compile(
    r"违规|违反|超标|公款|吃喝|接待|发放|报销|挪用|截留|套取|虚报|清退|拖欠|未及时|未按规定|公车|账"
)
_LASTING_RE = re.compile(
    r"学习|思想|理论|意识形态|作风|机制|队伍|能力|担当|主体责任|政治|党建|文化|长效|教育"
)


# A term the group set in the problem itself: 须在反馈之日起2个月内整改到位, 3个月内完成整改,
# 于2025年9月30日前整改到位. A completion word must follow: 入职3个月内未签订合同 is a fact.
_DONE = r"[^，,。；;]{0,6}?(?:整改|完成|到位|办结|销号|清理|清退|追缴|追回|收回|退回|退还|上缴|补缴|纠正)"
_TERM_RE = re.compile(r"(\d{1,2}|[一两二三四五六七八九十]{1,3})个月内" + _DONE)
# …or any deed after 反馈之日起 (在反馈之日起2个月内逐场核实: round 86 read 9月底 as the wrong goal)
_FROM_FEEDBACK_RE = re.compile(r"反馈之日起(\d{1,2}|[一两二三四五六七八九十]{1,3})个月内")
_BY_DAY_RE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日(?:前|之前|以前)" + _DONE)


def stated_deadline(text: str, feedback_date: dt.date | None) -> dt.date | None:
    """The day a term written in the problem's text ends, counted from the feedback date
    (反馈之日起2个月内 from 6月12日 is 8月12日), or the day it names; None if it sets none."""
    m = _BY_DAY_RE.search(text)
    if m:
        try:
            day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
        return day if feedback_date is None or day > feedback_date else None
    m = _TERM_RE.search(text) or _FROM_FEEDBACK_RE.search(text)
    count = m and month_count(m.group(1))
    if not count or feedback_date is None:
        return None
    return same_day_after(feedback_date, count)


def deadline_for(leaf: FeedbackLeaf, feedback: Feedback, months: int) -> Deadline:
    """The user's deadline if given; else the term the problem's text sets (反馈之日起2个月内);
    else 立行立改 for a concrete breach, 长期坚持 for a matter of ideas and systems, otherwise a
    date ``months`` after the feedback. A term in the text dates a 限期整改 the user chose."""
    given = leaf.problem.deadline
    feedback_date = feedback.inspection.feedback_date
    if isinstance(given, dt.date):
        return Deadline(kind="限期整改", date=given)
    term = term_months(given) if isinstance(given, str) else None
    if term is not None:  # the user's 在反馈之日起2个月内, dated from the feedback
        return Deadline(kind="限期整改",
                        date=same_day_after(feedback_date, term) if feedback_date else None)
    text = f"{leaf.problem.title}{leaf.problem.detail}"
    stated = stated_deadline(text, feedback_date)
    if stated is not None and given in (None, "限期整改"):
        return Deadline(kind="限期整改", date=stated)
    if given == "限期整改":
        return Deadline(kind=given, date=months_after(feedback_date, months))
    if given is not None:
        return Deadline(kind=given)
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


def same_day_after(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (the month's last day when it has fewer days)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


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
