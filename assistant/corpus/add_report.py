"""What `corpus add` (and a rebuild) reports: per source, per notice, what happened; and the
progress callbacks long work reports through."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from typing import Literal

Advance = Callable[[int], None]
# progress(description, total) gives a context manager yielding advance(n).
ProgressFactory = Callable[[str, int], AbstractContextManager[Advance]]
Outcome = Literal["added", "updated", "duplicate", "older", "unchanged"]
OUTCOMES: tuple[Outcome, ...] = ("added", "updated", "duplicate", "older", "unchanged")


@contextmanager
def no_progress(_description: str, _total: int) -> Iterator[Advance]:
    yield lambda _n: None


@dataclass
class NoticeOutcome:
    id: str
    unit: str
    title: str
    items: int
    outcome: Outcome
    of: str | None = None  # duplicate/older/unchanged: the catalogued notice
    match: str | None = None  # duplicate: exact | near
    similarity: float | None = None
    replaces: str | None = None  # updated: the older version replaced


@dataclass
class SourceReport:
    source: str
    status: str  # the main outcome of its notices, or rejected
    notices: list[NoticeOutcome] = field(default_factory=list)
    reason: str | None = None
    skipped_parts: list[str] = field(default_factory=list)
    kept: str | None = None  # the copy under corpus/ (relative to the home)
    url: str | None = None


@dataclass
class AddReport:
    sources: list[SourceReport] = field(default_factory=list)
    dry_run: bool = False
    recovered: str | None = None  # an interrupted write settled first

    @property
    def rejected(self) -> list[SourceReport]:
        return [s for s in self.sources if s.status == "rejected"]

    def count(self, outcome: str) -> int:
        return sum(1 for s in self.sources for n in s.notices if n.outcome == outcome)
