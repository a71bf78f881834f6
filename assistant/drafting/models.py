"""Drafts in their canonical form: pydantic models written as JSON.

Markdown (and later HTML and DOCX) are rendered from these; nothing parses a view back.
Measures carry ``[n]`` markers in their text; ``citations`` resolves every n.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.drafting.inputs.feedback.model import DeadlineKind, Feedback

Status = Literal["已完成", "基本完成", "正在推进"]
STATUSES: tuple[Status, ...] = ("已完成", "基本完成", "正在推进")
Severity = Literal["error", "warning", "info"]

TO_FILL = "【待补充：{what}】"
PLACEHOLDER_RE = re.compile(r"【待(?:补充|核实)[^】]*】")  # what to_fill / to_check write
TO_CHECK = "【待核实：{what}】"


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
            return f"{self.date.year}年{self.date.month}月底前"
        return self.kind


class Finding(_Model):
    """Something a guard changed or flagged while drafting (the review reads these too)."""

    item: str | None = Field(None, description="Item key, or None for the whole draft.")
    check: str = Field(description="citation_removed, leaked_name, unverified_fact, …")
    severity: Severity = "warning"
    message: str


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

    def citation(self, n: int) -> Citation | None:
        return next((c for c in self.citations if c.n == n), None)


class LedgerItem(_Model):
    """The user's account of one item: its status and what was done, in plain words."""

    key: str
    problem: str
    status: Status | None = None
    facts: str = ""
    next_steps: str = Field("", description="What is still to do (for 正在推进 items).")
    line: int | None = Field(None, description="Line in the ledger file (set by the reader).")


class Ledger(_Model):
    """整改台账: the accepted plan plus progress, written by the user."""

    plan: str = Field(description="Path of plan.json, relative to the ledger.")
    plan_sha256: str
    report_date: dt.date | None = None
    overall: str = Field("", description="What the unit did overall (meetings, leading group…).")
    next_steps: str = Field("", description="Plans for the next stage, in plain words.")
    items: list[LedgerItem]
    source: str | None = None

    def status_counts(self) -> dict[str, int]:
        """Items per status, keyed as the report's ``Counts`` fields (the one count)."""
        statuses = Counter(item.status for item in self.items)
        return {
            "completed": statuses["已完成"],
            "basically_completed": statuses["基本完成"],
            "in_progress": statuses["正在推进"],
        }


class Counts(_Model):
    """The summary counts of a report: computed from the ledger, never written by a model."""

    categories: int
    problems: int
    completed: int
    basically_completed: int
    in_progress: int

    def text(self, kind: str = "巡察") -> str:
        parts = [f"已完成整改{self.completed}个"]
        if self.basically_completed:
            parts.append(f"基本完成{self.basically_completed}个")
        parts.append(f"正在推进{self.in_progress}个")
        return (
            f"{kind}反馈的{self.categories}个方面{self.problems}个具体问题中，"
            + "，".join(parts)
            + "。"
        )


class ReportItem(_Model):
    key: str
    path: list[str]
    problem: str
    status: Status
    progress: str = Field(description="整改进展情况, written from the user's facts.")
    next_steps: str = ""
    citations: list[int] = Field(default_factory=list)
    review: ItemReview = Field(default_factory=ItemReview)


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
    closing: str
    signature: str
    date: dt.date
    citations: list[Citation] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    history: list[HistoryEntry] = Field(default_factory=list)

    def citation(self, n: int) -> Citation | None:
        return next((c for c in self.citations if c.n == n), None)
