"""Drafts in their canonical form: pydantic models written as JSON.

Markdown (and later HTML and DOCX) are rendered from these; nothing parses a view back.
Measures carry ``[n]`` markers in their text; ``citations`` resolves every n.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.drafting.inputs.feedback.model import DeadlineKind, Feedback, problem_facts

# The ledger's models, re-exported: one import path for every draft model.
from assistant.drafting.ledger_models import (
    MEASURE_STATUSES as MEASURE_STATUSES,
)
from assistant.drafting.ledger_models import (
    STAGES as STAGES,
)
from assistant.drafting.ledger_models import (
    STATUSES as STATUSES,
)
from assistant.drafting.ledger_models import (
    Figures as Figures,
)
from assistant.drafting.ledger_models import (
    Ledger as Ledger,
)
from assistant.drafting.ledger_models import (
    LedgerItem as LedgerItem,
)
from assistant.drafting.ledger_models import (
    LedgerMeasure as LedgerMeasure,
)
from assistant.drafting.ledger_models import (
    MeasureStatus as MeasureStatus,
)
from assistant.drafting.ledger_models import (
    Stage as Stage,
)
from assistant.drafting.ledger_models import (
    Status as Status,
)
from assistant.i18n import _

Severity = Literal["error", "warning", "info"]

TO_FILL = "【待补充：{what}】"
PLACEHOLDER_RE = re.compile(r"【待(?:补充|核实)[^】]*】")  # what to_fill / to_check write
TO_CHECK = "【待核实：{what}】"


def only_placeholders(text: str) -> bool:
    """Text that is nothing but 【待补充…】 marks: a measure left open on purpose."""
    return not PLACEHOLDER_RE.sub("", text).strip("。；;， ")


def to_fill(what: str) -> str:
    """A visible placeholder for a fact the user has to supply."""
    return TO_FILL.format(what=what)


def cn_date(day: dt.date) -> str:
    """2026年1月12日: dates in official text, Arabic numerals, no padding."""
    return f"{day.year}年{day.month}月{day.day}日"


def to_check(what: str) -> str:
    """A visible flag on a fact nobody supplied that the user has to confirm."""
    return TO_CHECK.format(what=what)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Adaptation(_Model):
    """One word of a precedent's clause changed to our unit's (院长 → 局长, 全厅 → 全局)."""

    old: str
    new: str


class Citation(_Model):
    """What a ``[n]`` marker points to: one clause of one precedent item."""

    n: int
    precedent_id: str = Field(description="Index id: notice id + item key.")
    notice_id: str
    unit: str
    date: str
    path: list[str]
    problem: str
    clause: str = Field(description="The precedent's clause, quoted as published.")
    adapted: list[Adaptation] = Field(
        default_factory=list, description="Its unit words mapped to ours before use."
    )


class Measure(_Model):
    text: str = Field(description="The measure as drafted, ending with its [n] markers.")
    citations: list[int] = Field(default_factory=list)


class Deadline(_Model):
    kind: DeadlineKind
    date: dt.date | None = None

    @property
    def text(self) -> str:
        if self.kind == "限期整改" and self.date:
            day = self.date
            # the feedback's own date as written (2025年11月15日), never moved to month's end (read)
            if day.day == calendar.monthrange(day.year, day.month)[1]:
                return f"{day.year}年{day.month}月底前"
            return f"{day.year}年{day.month}月{day.day}日前"
        return self.kind


class Finding(_Model):
    """Something a guard changed or flagged while drafting (the review reads these too)."""

    item: str | None = Field(None, description="Item key, or None for the whole draft.")
    check: str = Field(description="citation_removed, leaked_name, unverified_fact, …")
    severity: Severity = "warning"
    message: str


def finding(item: str | None, check: str, severity: Severity, what: str, fix: str) -> Finding:
    """A finding whose message says what is wrong, then how to fix it: the one form every
    guard and review check writes (drafting's guards and ``review/`` alike)."""
    return Finding(item=item, check=check, severity=severity,
                   message=_("{what} —— 修改：{fix}").format(what=what, fix=fix))


ReviewState = Literal["open", "accepted", "rejected"]
Action = Literal["accept", "reject", "edit", "redraft", "reopen"]


class ItemReview(_Model):
    """Where the reviewer stands on one item."""

    state: ReviewState = "open"
    reason: str = Field("", description="Why it was rejected.")


class HistoryEntry(_Model):
    """One review action, with the item as it was before and after (JSON)."""

    time: dt.datetime
    action: Action
    item: str
    note: str = Field("", description="Reason, hint or engine, as the reviewer gave them.")
    before: dict[str, Any]
    after: dict[str, Any]


class DraftInfo(_Model):
    """Who made a draft, from what, when."""

    engine: Literal["extractive", "llm"]
    model: str | None = None
    created: dt.datetime
    rectify_version: str
    settings: str = Field(description="Fingerprint of the settings that shape results.")
    source: str | None = Field(None, description="The input file.")
    prompt_tokens: int = 0
    completion_tokens: int = 0
    calls: int = Field(0, description="LLM calls made (cache hits excluded).")


class PlanItem(_Model):
    key: str
    path: list[str]
    problem: str
    detail: str = ""
    goal: str
    measures: list[Measure]
    leader: str
    department: str
    deadline: Deadline
    retrieved: list[str] = Field(
        default_factory=list, description="Ids of the precedents retrieved for this item."
    )
    review: ItemReview = Field(default_factory=ItemReview)

    @property
    def facts(self) -> str:
        """What the group found (``FeedbackProblem.facts``): the detail, else the problem."""
        return problem_facts(self.problem, self.detail)


class FrontMatter(_Model):
    """The plan's opening sections, drawn from precedents' organisation sections."""

    guiding: str = Field(description="指导思想")
    organisation: str = Field(description="组织领导")
    requirements: str = Field(description="工作要求")


class Plan(_Model):
    """整改方案: the canonical plan.json."""

    kind: Literal["plan"] = "plan"
    info: DraftInfo
    feedback: Feedback
    title: str
    front_matter: FrontMatter
    items: list[PlanItem]
    citations: list[Citation]
    findings: list[Finding] = Field(default_factory=list)
    history: list[HistoryEntry] = Field(default_factory=list)
    revision: int = Field(0, description="Raised by every saved review action: an action "
                          "against an older revision is refused (no lost edits).")

    def citation(self, n: int) -> Citation | None:
        return next((c for c in self.citations if c.n == n), None)


class Counts(_Model):
    """The summary counts of a report: computed from the ledger, never written by a model."""

    categories: int
    problems: int
    completed: int
    basically_completed: int
    in_progress: int
    not_started: int = 0
    measures: int = 0
    measures_completed: int = 0
    measures_in_progress: int = 0
    measures_not_started: int = 0

    def text(self, kind: str = "巡察") -> str:
        parts = [f"已完成整改{self.completed}个"]
        if self.basically_completed:
            parts.append(f"基本完成{self.basically_completed}个")
        parts.append(f"正在推进{self.in_progress}个")
        if self.not_started:
            parts.append(f"尚未启动{self.not_started}个")
        text = (
            f"{kind}反馈的{self.categories}个方面{self.problems}个具体问题中，"
            + "，".join(parts)
            + "。"
        )
        if self.measures:
            measures = [f"已完成{self.measures_completed}条", f"正在推进{self.measures_in_progress}条"]
            if self.measures_not_started:
                measures.append(f"尚未启动{self.measures_not_started}条")
            text += f"制定的{self.measures}条整改措施中，" + "，".join(measures) + "。"
        return text


class ReportMeasure(_Model):
    """One planned measure as the report states it (its status kept for the next report)."""

    n: int
    status: MeasureStatus
    text: str = Field(description="What the report says about it, from the user's facts.")
    has_facts: bool = Field(description="The ledger says what was done (or gives evidence).")


class PreviousReport(_Model):
    """The report this one follows (``previous_report`` in the ledger)."""

    path: str
    title: str
    stage: Stage
    date: dt.date


class ReportItem(_Model):
    key: str
    path: list[str]
    problem: str
    status: Status
    progress: str = Field(description="整改进展情况, written from the user's facts.")
    next_steps: str = ""
    citations: list[int] = Field(default_factory=list)
    review: ItemReview = Field(default_factory=ItemReview)
    measures: list[ReportMeasure] = Field(default_factory=list)
    reasons: list[str] = Field(default_factory=list, description="未完成原因 (unfinished items).")
    new_deadline: dt.date | None = Field(None, description="The latest new deadline given.")


class Report(_Model):
    """整改进展情况的通报: the canonical report.json."""

    kind: Literal["report"] = "report"
    info: DraftInfo
    feedback: Feedback
    title: str
    intro: str
    work: str = Field(description="一、整改工作开展情况")
    counts: Counts
    items: list[ReportItem]
    next_steps: str = Field(description="三、下一步工作打算")
    further: str = Field("", description="四、需要进一步整改的事项 (computed from the ledger).")
    figures: str = Field("", description="整改成效 figures, exactly as the ledger gives them.")
    stage: Stage = "阶段性进展"
    previous: PreviousReport | None = None
    closing: str
    signature: str
    date: dt.date
    citations: list[Citation] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    history: list[HistoryEntry] = Field(default_factory=list)
    revision: int = Field(0, description="Raised by every saved review action: an action "
                          "against an older revision is refused (no lost edits).")

    def citation(self, n: int) -> Citation | None:
        return next((c for c in self.citations if c.n == n), None)
