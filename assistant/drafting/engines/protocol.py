"""The one interface both drafting engines implement, and what they return.

Engines receive the drafting context (``context.py``: feedback, our unit, the name guard,
each problem's deadline) and work item by item with *local* source numbers
(``ItemSources``); the builders (``plan.py``, ``report.py``) run the guards, renumber
citations globally and assemble the canonical draft. An engine never decides facts:
counts, dates and names come from the user's input or are placeholders.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from pydantic import BaseModel, ConfigDict, Field

from assistant.drafting.context import DraftingContext
from assistant.drafting.models import LedgerItem, PlanItem
from assistant.drafting.sources import ItemSources, Source


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DraftMeasure(_Model):
    text: str = Field(description="One measure (整改措施), one or two sentences, no numbering.")
    citations: list[int] = Field(
        default_factory=list, description="Numbers of the precedent clauses it drew on."
    )


class ItemDraft(_Model):
    goal: str = Field(description="整改目标: one sentence.")
    measures: list[DraftMeasure] = Field(description="3–6 measures.")


class FrontMatterDraft(_Model):
    guiding: str = Field(description="指导思想, may carry [n] markers.")
    organisation: str = Field(description="组织领导, may carry [n] markers.")
    requirements: str = Field(description="工作要求, may carry [n] markers.")


class ProgressDraft(_Model):
    progress: str = Field(description="整改进展情况, written only from the user's facts.")


class SectionsDraft(_Model):
    work: str = Field(description="一、整改工作开展情况, from the user's overall facts.")
    next_steps: str = Field(description="三、下一步工作打算.")


@dataclass(frozen=True)
class ProgressTask:
    """One report item to write: the plan item, the user's account and style examples."""

    item: PlanItem
    ledger: LedgerItem
    examples: list[str]


@dataclass(frozen=True)
class SectionsTask:
    overall: str
    next_steps: str
    sources: list[Source]  # precedents' next-step sentences, citable by number


@dataclass
class Usage:
    """What an engine spent, for the draft's info block."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    calls: int = 0


class Engine(Protocol):
    name: str
    model: str | None
    usage: Usage
    waits_on_io: bool  # True: drafting overlaps retrieval (calls to a server)

    def plan_items(
        self, context: DraftingContext, items: Iterable[ItemSources]
    ) -> list[ItemDraft]:
        """One draft per item, in order, citing the item's sources by local number; items
        may arrive while retrieval goes on (start work on each as it comes). The goal
        follows the item's deadline (``context.deadline_of``)."""
        ...

    def front_matter(self, context: DraftingContext, sources: Sequence[Source]) -> FrontMatterDraft:
        """The plan's opening sections, citing ``sources`` by number ([n])."""
        ...

    def progress(
        self, context: DraftingContext, tasks: Sequence[ProgressTask]
    ) -> list[ProgressDraft]:
        """One 整改进展情况 per ledger item, from the user's facts only."""
        ...

    def sections(self, context: DraftingContext, task: SectionsTask) -> SectionsDraft:
        """The report's 一、 and 三、 sections."""
        ...
