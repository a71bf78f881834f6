"""The ledger (整改台账) as a model: per planned measure what was done, per problem a status
derived from its measures, the unit-level figures and the overall work as typed fields.

YAML (``ledger.yaml``) is the canonical file; the 台账 spreadsheet is a view of it, one row
per measure. Nothing in here is written by a model: every fact is the user's.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

# A problem's status: derived from its measures (the first three), or set by the user
# with a reason (``基本完成`` exists only as such an override, as notices count it).
Status = Literal["已完成", "基本完成", "正在推进", "未开始"]
STATUSES: tuple[Status, ...] = ("已完成", "基本完成", "正在推进", "未开始")
MeasureStatus = Literal["未开始", "正在推进", "已完成"]
MEASURE_STATUSES: tuple[MeasureStatus, ...] = ("未开始", "正在推进", "已完成")
# Which report this is; the title follows it.
Stage = Literal["阶段性进展", "集中整改进展", "整改完成情况"]
STAGES: tuple[Stage, ...] = ("阶段性进展", "集中整改进展", "整改完成情况")
UNFINISHED: tuple[Status, ...] = ("正在推进", "未开始")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LedgerMeasure(_Model):
    """One planned measure (the plan's 一是…二是…) and what became of it."""

    n: int = Field(description="The measure's number in the plan item, from 1.")
    measure: str = Field("", description="The planned measure, copied for reading (not read back).")
    status: MeasureStatus | None = None
    done: str = Field("", description="What was done, in plain words (做了什么).")
    done_on: dt.date | None = Field(None, description="When (完成或最近推进的日期).")
    evidence: str = Field("", description="佐证材料: a reference (文号、台账编号), not the file.")
    reason: str = Field("", description="未完成原因 (unfinished measures).")
    new_deadline: dt.date | None = Field(None, description="新的完成时限 (unfinished measures).")
    note: str = Field("", description="Why the status went back since the previous report.")
    line: int | None = Field(None, description="Line in the ledger file (set by the reader).")


class LedgerItem(_Model):
    """The user's account of one problem: its measures, and optionally a status override."""

    key: str
    problem: str
    measures: list[LedgerMeasure] = Field(default_factory=list)
    status: Status | None = Field(None, description="Override of the derived status.")
    status_reason: str = Field("", description="Why the status is overridden.")
    facts: str = Field("", description="Facts about the problem as a whole (optional).")
    next_steps: str = Field("", description="What is still to do (unfinished problems).")
    line: int | None = Field(None, description="Line in the ledger file (set by the reader).")

    @property
    def derived_status(self) -> Status | None:
        """已完成 when every measure is; 未开始 when none has started; else 正在推进."""
        statuses = [m.status for m in self.measures]
        if not statuses or None in statuses:
            return None
        if all(s == "已完成" for s in statuses):
            return "已完成"
        if all(s == "未开始" for s in statuses):
            return "未开始"
        return "正在推进"

    @property
    def effective_status(self) -> Status | None:
        return self.status or self.derived_status

    @property
    def unfinished(self) -> list[LedgerMeasure]:
        return [m for m in self.measures if m.status != "已完成"]


class Meeting(_Model):
    """会议: 党组会议, 整改专题会议, 专题民主生活会…"""

    name: str
    count: int | None = Field(None, description="How many were held (次).")
    dates: list[dt.date] = Field(default_factory=list)
    about: str = Field("", description="What they did, in plain words.")


class Overall(_Model):
    """一、整改工作开展情况 as facts: each empty field becomes a placeholder."""

    leading_group: str = Field("", description="领导小组: who leads it, who is in it.")
    task_force: str = Field("", description="工作专班 (if any).")
    meetings: list[Meeting] = Field(default_factory=list)
    plan_issued: dt.date | None = Field(None, description="整改方案印发日期.")
    ledger_set_up: dt.date | None = Field(None, description="整改台账建立日期.")
    supervision: str = Field("", description="督查督办: how progress was checked.")
    other: str = Field("", description="Anything else, plain words (an old `overall` lands here).")

    @field_validator("meetings", mode="before")
    @classmethod
    def _no_meetings(cls, value: object) -> object:
        return [] if value is None else value  # `meetings:` with only a comment under it


class Figures(_Model):
    """What the rectification produced, as the unit counts it; printed exactly as entered."""

    rules_made: int | None = Field(None, description="新制定制度（个）.")
    rules_revised: int | None = Field(None, description="修订完善制度（个）.")
    talks: int | None = Field(None, description="谈话提醒（人次）.")
    criticised: int | None = Field(None, description="批评教育（人次）.")
    held_accountable: int | None = Field(None, description="问责（人次）.")
    disciplined: int | None = Field(None, description="党纪政务处分（人）.")
    funds_recovered: Decimal | None = Field(None, description="退缴、挽回资金（元）.")
    funds_reimbursed: Decimal | None = Field(None, description="清退、补缴资金（元）.")


class Ledger(_Model):
    """整改台账: the accepted plan plus progress, written by the user."""

    plan: str = Field(description="Path of plan.json, relative to the ledger.")
    plan_sha256: str
    stage: Stage = "阶段性进展"
    previous_report: str | None = Field(
        None, description="The earlier report (its report.json or folder), relative to the ledger."
    )
    report_date: dt.date | None = None
    overall: Overall = Field(default_factory=Overall)
    figures: Figures = Field(default_factory=Figures)
    next_steps: str = Field("", description="Plans for the next stage, in plain words.")
    items: list[LedgerItem]
    source: str | None = None

    def status_counts(self) -> dict[str, int]:
        """Problems per status, keyed as the report's ``Counts`` fields (the one count)."""
        statuses = Counter(item.effective_status for item in self.items)
        return {
            "completed": statuses["已完成"],
            "basically_completed": statuses["基本完成"],
            "in_progress": statuses["正在推进"],
            "not_started": statuses["未开始"],
        }

    def measure_counts(self) -> dict[str, int]:
        """Measures per status, keyed as the report's ``Counts`` fields."""
        statuses = Counter(m.status for item in self.items for m in item.measures)
        return {
            "measures": sum(statuses.values()),
            "measures_completed": statuses["已完成"],
            "measures_in_progress": statuses["正在推进"],
            "measures_not_started": statuses["未开始"],
        }
