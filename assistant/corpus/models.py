"""The parsed form of a published notice: pydantic models, JSON-serialisable."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.corpus.text import match_key

Kind = Literal["巡察", "巡视"]
SectionKind = Literal["items", "further", "organisation", "next_steps", "leads", "other"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SourceSpan(_Model):
    """Where a notice came from: the file and its 1-based line span (inclusive)."""

    file: str
    start_line: int
    end_line: int


class SummaryCounts(_Model):
    """Counts a notice states about itself, e.g. 反馈的14个问题38个具体问题，已完成整改35个."""

    text: str
    problems: int | None = None
    specific_problems: int | None = None
    completed: int | None = None
    basically_completed: int | None = None
    in_progress: int | None = None


class Item(_Model):
    """One precedent item: a leaf problem and the measures that answered it."""

    key: str = Field(description="Stable position within the notice, e.g. '2.1.3'.")
    section: Literal["items", "further"] = "items"
    path: list[str] = Field(default_factory=list, description="Category headings, outer first.")
    number: str = Field("", description="The item's own number as written, e.g. '（3）'.")
    problem: str = Field(description="Problem text as written (quotes kept) for display.")
    problem_label: str | None = Field(None, description="Label before the problem (整改任务…).")
    detail: str = Field("", description="Further description of the problem, if any.")
    label: str | None = Field(None, description="Measures label used (整改情况…) or None.")
    measures: str = Field(description="Measures text as written, labels removed.")
    clauses: list[str] = Field(default_factory=list, description="Measures split 一是/①/1).")
    start_line: int
    end_line: int

    @property
    def problem_key(self) -> str:
        """The problem normalised for matching: widths folded, quotes and spaces removed."""
        return match_key(self.problem)


class FurtherEntry(_Model):
    """A problem the notice says is not finished yet (需要进一步整改的事项): why, and by when.

    Not a precedent: it holds a reason and a deadline, not measures."""

    key: str = Field(description="Stable position within the notice, e.g. '4.2'.")
    path: list[str] = Field(default_factory=list, description="Category headings, outer first.")
    number: str = Field("", description="The entry's own number as written.")
    problem: str
    reason: str = Field("", description="Why it is not finished (未全部完成原因…).")
    reason_label: str | None = None
    deadline: str = Field("", description="The planned deadline as written (整改时限…).")
    deadline_label: str | None = None
    start_line: int
    end_line: int


class Section(_Model):
    """A top-level section that is not made of items (organisation, next steps, leads…)."""

    kind: SectionKind
    heading: str
    text: str
    start_line: int


class Notice(_Model):
    """A parsed rectification progress notice (整改进展情况的通报)."""

    id: str = Field(description="Hash of the normalised cleaned text.")
    title: str | None
    unit: str | None = Field(description="The inspected party organisation.")
    kind: Kind | None
    level: str | None = Field(description="Level of the inspecting committee: 中央/省/市/州/县/区.")
    inspecting_body: str | None
    round: str | None = None
    inspection_start: dt.date | None = None
    inspection_end: dt.date | None = None
    feedback_date: dt.date | None = None
    publication_date: dt.date | None = None
    sector: str | None = None
    intro: str = ""
    organisation: str = ""
    summary: SummaryCounts | None = None
    items: list[Item] = Field(default_factory=list)
    further: list[FurtherEntry] = Field(
        default_factory=list, description="Unfinished problems with reason and deadline."
    )
    next_steps: str = ""
    other_sections: list[Section] = Field(default_factory=list)
    notes: list[str] = Field(
        default_factory=list, description="Category descriptions and preambles inside sections."
    )
    closing: str = ""
    contacts: dict[str, str] = Field(default_factory=dict)
    signature: str | None = None
    source: SourceSpan
    text: str = Field(description="The cleaned text the notice was parsed from.")

    @property
    def year(self) -> int | None:
        date = self.publication_date or self.feedback_date or self.inspection_end
        return date.year if date else None
