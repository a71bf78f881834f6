"""The precedent index: the vector store and the lexical index kept in step with the
catalog, and hybrid search over them."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
from langchain_core.embeddings import Embeddings
from pydantic import BaseModel, ConfigDict

from assistant.corpus.catalog import Catalog
from assistant.corpus.models import Notice
from assistant.corpus.rebuild_state import refuse_if_rebuilding
from assistant.errors import InputError, StoreError
from assistant.i18n import _
from assistant.index.embeddings import embedder_signature, make_embeddings
from assistant.index.filters import Filters
from assistant.index.fusion import SEARCH_WEIGHTS, Signal, fuse
from assistant.index.lexical import LexicalIndex, fingerprint
from assistant.index.records import PrecedentRecord, records
from assistant.index.store import VectorStore
from assistant.settings import Settings

Progress = Callable[[int], None]


class Precedent(BaseModel):
    """One retrieved precedent item with its fused score and the signals behind it."""

    model_config = ConfigDict(extra="forbid")

    rank: int
    score: float
    signals: dict[str, float]
    record: PrecedentRecord


@dataclass
class DriftReport:
    missing_in_store: list[str] = field(default_factory=list)
    orphans_in_store: list[str] = field(default_factory=list)
    repaired: bool = False

    @property
    def clean(self) -> bool:
        return not self.missing_in_store and not self.orphans_in_store


def record_from_row(row: Sequence[Any]) -> PrecedentRecord:
    """A catalog item row (``Catalog.record_rows``) as a precedent record."""
    notice_id, key, unit, kind, level, sector, year, date, path, problem, measures, clauses = row
    return PrecedentRecord(
        id=f"{notice_id}:{key}",
        notice_id=notice_id,
        key=key,
        unit=unit or "",
        kind=kind or "",
        level=level or "",
        sector=sector or "",
        year=int(year or 0),
        date=date or "",
        path=json.loads(path),
        problem=problem,
        measures=measures,
        clauses=json.loads(clauses),
    )


def lexical_index(settings: Settings, recs: Sequence[PrecedentRecord]) -> LexicalIndex:
    """The lexical index of ``recs``: the cached one when it was built from the same items,
    else built now and cached. Every reader of the corpus's statistics (retrieval, the
    subject matcher) thus sees the same figures whether or not a draft ran before."""
    folder = settings.vectorstore_dir / "lexical"
    loaded = LexicalIndex.load(folder, fingerprint([r.id for r in recs]))
    if loaded is None:
        loaded = LexicalIndex.build(recs)
        loaded.save(folder)
    return loaded


class PrecedentIndex:
    """Open with ``PrecedentIndex(settings)``; the catalog is the source of truth."""

    def __init__(
        self,
        settings: Settings,
        *,
        embeddings: Embeddings | None = None,
        client: Any = None,
    ) -> None:
        self.settings = settings
        refuse_if_rebuilding(settings)  # a partial index would silently answer from a part
        self.embeddings = embeddings or make_embeddings(settings)
        self.signature = embedder_signature(settings, self.embeddings)
        self.store = VectorStore(settings, self.embeddings, self.signature, client=client)
        self._records: list[PrecedentRecord] | None = None
        self._by_id: dict[str, PrecedentRecord] = {}
        self._lexical: LexicalIndex | None = None
        self._columns: dict[str, npt.NDArray[Any]] | None = None

    # -- keeping in step with the catalog ------------------------------------------------
    def add(self, notices: Sequence[Notice], progress: Progress | None = None) -> None:
        recs = [r for n in notices for r in records(n)]
        self.store.upsert(recs, progress)
        self._invalidate()

    def remove(self, notice_id: str) -> None:
        self.store.delete_notice(notice_id)
        self._invalidate()

    def _invalidate(self) -> None:
        self._records = None
        self._lexical = None
        self._columns = None

    def _mask(self, filters: Filters) -> npt.NDArray[np.bool_]:
        """Vectorised ``filters.accepts`` over the catalog records (in record order)."""
        recs = self.catalog_records()
        if self._columns is None:
            self._columns = {
                "kind": np.array([r.kind for r in recs]),
                "level": np.array([r.level for r in recs]),
                "sector": np.array([r.sector for r in recs]),
                "year": np.array([r.year for r in recs]),
                "notice_id": np.array([r.notice_id for r in recs]),
            }
        cols = self._columns
        mask = np.ones(len(recs), dtype=bool)
        for name in ("kind", "level", "sector"):
            value = getattr(filters, name)
            if value is not None:
                mask &= cols[name] == value
        if filters.year_from is not None:
            mask &= cols["year"] >= filters.year_from
        if filters.year_to is not None:
            mask &= cols["year"] <= filters.year_to
        if filters.exclude_notices:
            mask &= ~np.isin(cols["notice_id"], sorted(filters.exclude_notices))
        return mask

    def catalog_records(self, catalog: Catalog | None = None) -> list[PrecedentRecord]:
        """The catalog's items as records, read once; ``catalog``: an open catalog to read
        them from (a caller that opens it anyway saves an opening)."""
        if self._records is None:
            if catalog is None:
                with Catalog(self.settings.catalog_path, create=False) as opened:
                    self._records = [record_from_row(row) for row in opened.record_rows()]
            else:
                self._records = [record_from_row(row) for row in catalog.record_rows()]
            self._by_id = {r.id: r for r in self._records}
        return self._records

    def lexical(self) -> LexicalIndex:
        """The cached lexical index, rebuilt when the catalog's items changed."""
        if self._lexical is None:
            self._lexical = lexical_index(self.settings, self.catalog_records())
        return self._lexical

    def check(self) -> DriftReport:
        """Compare the catalog's items with the store's entries."""
        wanted = {r.id for r in self.catalog_records()}
        present = self.store.ids()
        return DriftReport(
            missing_in_store=sorted(wanted - present),
            orphans_in_store=sorted(present - wanted),
        )

    def repair(self, report: DriftReport, progress: Progress | None = None) -> None:
        """Embed what the store misses and drop its orphans."""
        self.catalog_records()  # fills self._by_id
        by_id = self._by_id
        self.store.delete_ids(report.orphans_in_store)
        self.store.upsert([by_id[i] for i in report.missing_in_store], progress)
        report.repaired = True

    # -- search --------------------------------------------------------------------------
    def search(
        self,
        query: str,
        *,
        k: int = 10,
        filters: Filters | None = None,
        per_notice_cap: int | None = None,
        weights: dict[Signal, float] | None = None,
        depth: int = 100,
    ) -> list[Precedent]:
        query = query.strip()
        if not query:
            raise InputError(_("检索内容为空"), hint=_("请给出问题描述，例如“理论学习不深入”"))
        if k < 1:
            raise InputError(_("k 至少为 1（现为 {k}）").format(k=k))
        filters = filters or Filters()
        recs = self.catalog_records()
        if not recs:
            raise StoreError(_("索引是空的"), hint=_("请用 `rectify corpus add corpus/` 添加通报"))
        filters.validate_against(recs)
        if self.store.count() == 0:
            raise StoreError(
                _("向量库是空的，但目录中有 {n} 项").format(n=len(recs)),
                where=self.store.location,
                hint=_("请运行 `rectify corpus check --repair`（或 `rectify corpus rebuild`）"),
            )
        weights = weights or SEARCH_WEIGHTS
        cap = per_notice_cap or self.settings.index.per_notice_cap
        lexical = self.lexical()
        mask = self._mask(filters)
        if not mask.any():
            return []
        by_id = self._by_id
        vector = self.embeddings.embed_query(query)

        candidates: set[str] = set()
        lexical_scores: dict[str, npt.NDArray[np.float32]] = {}
        for name, fld in (("lexical_problem", "problem"), ("lexical_measures", "measures")):
            if weights.get(name):
                # lexical ids follow the catalog record order, so the mask lines up
                scores = np.where(mask, lexical.scores(query, fld), -np.inf)  # type: ignore[arg-type]
                lexical_scores[name] = scores
                top = np.argsort(-scores)[:depth]
                candidates.update(lexical.ids[i] for i in top if np.isfinite(scores[i]))
        dense: dict[str, float] = {}
        if weights.get("dense_problem"):
            dense = self.store.query(vector, k=depth, where=filters.chroma_where())
            candidates.update(dense)
        ordered = sorted(c for c in candidates if c in by_id and filters.accepts(by_id[c]))
        if not ordered:
            return []
        signals: dict[Signal, npt.NDArray[np.floating]] = {}
        for name, scores in lexical_scores.items():
            signals[name] = np.array([scores[lexical.position[c]] for c in ordered])
        if weights.get("dense_problem"):
            missing = [c for c in ordered if c not in dense]
            dense.update(_cosines(self.store, missing, vector))
            signals["dense_problem"] = np.array([dense[c] for c in ordered])
        fused = fuse(signals, weights)
        if self.settings.index.recency_weight:
            years = np.array([by_id[c].year for c in ordered], dtype=np.float64)
            fused = fused + self.settings.index.recency_weight * (years - years.max())
        order = np.argsort(-fused)
        picked: list[Precedent] = []
        per_notice: dict[str, int] = {}
        for index in order:
            rec = by_id[ordered[index]]
            if per_notice.get(rec.notice_id, 0) >= cap:
                continue
            per_notice[rec.notice_id] = per_notice.get(rec.notice_id, 0) + 1
            picked.append(
                Precedent(
                    rank=len(picked) + 1,
                    score=round(float(fused[index]), 4),
                    signals={n: round(float(v[index]), 4) for n, v in signals.items()},
                    record=rec,
                )
            )
            if len(picked) == k:
                break
        return picked


def _cosines(store: VectorStore, ids: list[str], vector: list[float]) -> dict[str, float]:
    """Exact cosine for candidates the dense top-k did not return (found lexically)."""
    if not ids:
        return {}
    query = np.asarray(vector, dtype=np.float64)
    query = query / (np.linalg.norm(query) + 1e-12)
    out = {rid: 0.0 for rid in ids}
    for rid, emb in store.embeddings(ids).items():
        e = np.asarray(emb, dtype=np.float64)
        out[rid] = float(e @ query / (np.linalg.norm(e) + 1e-12))
    return out
