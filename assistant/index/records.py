"""The unit of retrieval: one precedent item with its notice's metadata, flattened."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, ConfigDict

from assistant.corpus.models import Item, Notice

EMBED_CATEGORY_CHARS = 30
EMBED_MAX_CHARS = 160


class PrecedentRecord(BaseModel):
    """What the index stores for one item (ids are stable: notice id + item key)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    notice_id: str
    key: str
    unit: str
    kind: str
    level: str
    sector: str
    year: int
    date: str
    path: list[str]
    problem: str
    measures: str
    clauses: list[str]

    @property
    def problem_document(self) -> str:
        """The problem with its whole category path (the lexical problem field)."""
        return " / ".join([*self.path, self.problem])

    @property
    def embedding_text(self) -> str:
        """What the embedder sees: the nearest category (its head) and the problem.
        e5's cost grows with length; this keeps the context at a third less text than the
        whole path (measured: index build of the seeds 68 s → under 60 s)."""
        head = f"{self.path[-1][:EMBED_CATEGORY_CHARS]} / " if self.path else ""
        return (head + self.problem)[:EMBED_MAX_CHARS]

    def to_metadata(self) -> dict[str, Any]:
        """Chroma metadata: scalars only."""
        data = self.model_dump(exclude={"path", "clauses"})
        data["path"] = json.dumps(self.path, ensure_ascii=False)
        data["clauses"] = json.dumps(self.clauses, ensure_ascii=False)
        return data

    @classmethod
    def from_metadata(cls, data: dict[str, Any]) -> PrecedentRecord:
        values = dict(data)
        values["path"] = json.loads(values["path"])
        values["clauses"] = json.loads(values["clauses"])
        return cls(**values)


def record_id(notice_id: str, key: str) -> str:
    return f"{notice_id}:{key}"


def notice_record(
    notice: Notice, key: str, path: list[str], problem: str, measures: str, clauses: list[str]
) -> PrecedentRecord:
    """A record of one part of a notice (an item, or a section drafting cites)."""
    date = notice.publication_date or notice.feedback_date or notice.inspection_end
    return PrecedentRecord(
        id=record_id(notice.id, key),
        notice_id=notice.id,
        key=key,
        unit=notice.unit or "",
        kind=notice.kind or "",
        level=notice.level or "",
        sector=notice.sector or "",
        year=date.year if date else 0,
        date=date.isoformat() if date else "",
        path=path,
        problem=problem,
        measures=measures,
        clauses=clauses,
    )


def record(notice: Notice, item: Item) -> PrecedentRecord:
    return notice_record(notice, item.key, item.path, item.problem, item.measures, item.clauses)


def records(notice: Notice) -> list[PrecedentRecord]:
    return [record(notice, item) for item in notice.items]
