"""Search filters: validated against the values the corpus actually has."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict

from assistant.errors import InputError
from assistant.i18n import _
from assistant.index.records import PrecedentRecord


class Filters(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: str | None = None
    level: str | None = None
    sector: str | None = None
    year_from: int | None = None
    year_to: int | None = None
    exclude_notices: frozenset[str] = frozenset()

    def validate_against(self, recs: Sequence[PrecedentRecord]) -> None:
        """A filter value the corpus does not have is an error naming the values it has."""
        for name in ("kind", "level", "sector"):
            wanted = getattr(self, name)
            if wanted is None:
                continue
            known = sorted({getattr(r, name) for r in recs if getattr(r, name)})
            if wanted not in known:
                raise InputError(
                    _("没有先例的 {name} 为“{wanted}”").format(name=name, wanted=wanted),
                    hint=_("已有的取值：{values}").format(values=", ".join(known) or _("（无）")),
                )
        if self.year_from and self.year_to and self.year_from > self.year_to:
            raise InputError(
                _("年份范围 {start}–{end} 为空").format(start=self.year_from, end=self.year_to),
                hint=_("--year-from 不能晚于 --year-to"),
            )

    def accepts(self, rec: PrecedentRecord) -> bool:
        return (
            (self.kind is None or rec.kind == self.kind)
            and (self.level is None or rec.level == self.level)
            and (self.sector is None or rec.sector == self.sector)
            and (self.year_from is None or rec.year >= self.year_from)
            and (self.year_to is None or rec.year <= self.year_to)
            and rec.notice_id not in self.exclude_notices
        )

    def chroma_where(self) -> dict[str, Any] | None:
        clauses: list[dict[str, Any]] = []
        for name in ("kind", "level", "sector"):
            value = getattr(self, name)
            if value is not None:
                clauses.append({name: value})
        if self.year_from is not None:
            clauses.append({"year": {"$gte": self.year_from}})
        if self.year_to is not None:
            clauses.append({"year": {"$lte": self.year_to}})
        if self.exclude_notices:
            clauses.append({"notice_id": {"$nin": sorted(self.exclude_notices)}})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}
