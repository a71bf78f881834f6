"""A notice's own problems as the feedback a unit would have received (for evaluations).

Categories are the items' first heading; deeper headings become a problem with
sub-problems, so the drafted keys follow the notice's structure. Only what the inspection
group handed over is used (unit, inspection metadata, problems and their detail), never the
measures: those are what an evaluation compares the draft with.
"""

from __future__ import annotations

from assistant.corpus.models import Item, Notice
from assistant.drafting.inputs.feedback.model import (
    Feedback,
    FeedbackCategory,
    FeedbackProblem,
    Inspection,
)

UNGROUPED = "存在的问题"


def feedback_items(notice: Notice) -> list[Item]:
    """The items a feedback is built from (the 'further' sections are not problems)."""
    return [i for i in notice.items if i.section == "items" and i.problem.strip()]


def notice_feedback(notice: Notice) -> tuple[Feedback, list[Item]]:
    """The feedback, and the notice's items in the order of ``feedback.problems()``."""
    categories: dict[str, dict[str, list[Item]]] = {}
    for item in feedback_items(notice):
        # an empty heading (a parser quirk) would fail the feedback's min_length check
        category = (item.path[0].strip() if item.path else "") or UNGROUPED
        group = item.path[1].strip() if len(item.path) > 1 else ""
        categories.setdefault(category, {}).setdefault(group, []).append(item)
    blocks: list[FeedbackCategory] = []
    ordered: list[Item] = []
    for title, groups in categories.items():
        problems: list[FeedbackProblem] = []
        for group, items in groups.items():
            leaves = [FeedbackProblem(title=i.problem, detail=i.detail) for i in items]
            if group:
                problems.append(FeedbackProblem(title=group, sub_problems=leaves))
            else:
                problems += leaves
            ordered += items
        blocks.append(FeedbackCategory(title=title, problems=problems))
    inspection = Inspection(
        kind=notice.kind or "巡察",
        body=notice.inspecting_body,
        round=notice.round,
        start=notice.inspection_start,
        end=notice.inspection_end,
        feedback_date=notice.feedback_date,
    )
    feedback = Feedback(
        unit=notice.unit or "中共某单位党组",
        inspection=inspection,
        feedback=blocks,
        source=f"notice {notice.id}",
    )
    return feedback, ordered
