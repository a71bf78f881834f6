"""The catalog: parsed notices and items in SQLite under ``vectorstore/``.

The schema grows through the named migrations in ``catalog_schema.py``; each runs once, in order, and is
recorded in ``migrations``. Writes for one source happen in one transaction, so a crash
leaves the previous state or the new one, never a mix.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from assistant.corpus import unit_profiles
from assistant.corpus.catalog_schema import MIGRATIONS
from assistant.corpus.models import Notice
from assistant.errors import InputError, StoreError
from assistant.i18n import _
from assistant.migrations import migrate
from assistant.store_failures import corrupt, explain

# original: the notice's own text; exact/near: a repost; older: an older version added
# after this one; superseded: a source of a version this notice replaced.
Relation = Literal["original", "exact", "near", "older", "superseded"]


@dataclass(frozen=True)
class SourceEntry:
    """One notice found in a source file, and what the catalog does with it."""

    notice: Notice  # as parsed from this file (its span, its own id)
    relation: Relation
    of: str | None = None  # the catalogued notice it is a source of (None: itself)
    similarity: float | None = None
    replaces: str | None = None  # original only: the older version it supersedes
    signature: bytes | None = None  # original only


@dataclass(frozen=True)
class Provenance:
    url: str | None = None
    fetched_at: str | None = None


@dataclass(frozen=True)
class NoticeRow:
    id: str
    title: str | None
    unit: str | None
    kind: str | None
    level: str | None
    sector: str | None
    publication_date: str | None
    item_count: int
    files: list[str]


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Catalog:
    """A SQLite catalog of notices. Use as a context manager or call ``close()``."""

    def __init__(self, path: Path, *, create: bool = True) -> None:
        self.path = path
        if not path.exists() and not create:
            raise StoreError(
                _("还没有通报目录"),
                where=path,
                hint=_("先用 `rectify corpus add corpus/` 建立语料库"),
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(path, timeout=30, isolation_level=None)
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA journal_mode = WAL")
            self._migrate()
        except (sqlite3.DatabaseError, OSError) as exc:
            # read-only home, full disk or damage: told apart (store_failures)
            explained = explain(exc, path) or corrupt(path, str(exc))
            raise explained from None

    def __enter__(self) -> Catalog:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def verify(self) -> None:
        """Before a write: damaged pages (which reads may not touch) stop it."""
        try:
            result = [row[0] for row in self.db.execute("PRAGMA quick_check")]
        except sqlite3.DatabaseError as exc:
            raise explain(exc, self.path) or corrupt(self.path, str(exc)) from None
        if result != ["ok"]:
            raise corrupt(self.path, "; ".join(result[:3]))

    def close(self) -> None:
        self.db.close()

    # -- schema --------------------------------------------------------------------------
    def _migrate(self) -> None:
        migrate(self.db, MIGRATIONS)
        unit_profiles.backfill(self.db, unit_profiles.lexicon_for(self.path))

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # -- writing -------------------------------------------------------------------------
    def record_source(
        self, file: str, entries: list[SourceEntry], provenance: Provenance | None = None
    ) -> None:
        """Store what one source file brings, in one transaction: new notices (replacing
        older versions), and the file as a source of the notices it duplicates."""
        prov = provenance or Provenance()
        with self.transaction() as db:
            for entry in entries:
                notice = entry.notice
                target = notice.id
                if entry.relation == "original":
                    self._insert_notice(db, notice)
                    if entry.signature is not None:
                        self._insert_signature(db, notice.id, entry.signature)
                    if entry.replaces:
                        self._supersede(db, entry.replaces, notice.id, file)
                else:
                    target = entry.of or notice.id
                db.execute(
                    "INSERT OR IGNORE INTO sources (notice_id, file, start_line, end_line, "
                    "added_at, relation, parsed_id, similarity, url, fetched_at) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (
                        target,
                        file,
                        notice.source.start_line,
                        notice.source.end_line,
                        _now(),
                        entry.relation,
                        notice.id,
                        entry.similarity,
                        prov.url,
                        prov.fetched_at,
                    ),
                )

    def _supersede(self, db: sqlite3.Connection, old: str, new: str, file: str) -> None:
        """The older version's sources become old sources of the new one; then it goes."""
        # the same file re-parsed (edited in place): its old text no longer exists
        db.execute("DELETE FROM sources WHERE notice_id = ? AND file = ?", (old, file))
        db.execute(
            "UPDATE OR IGNORE sources SET notice_id = ?, relation = 'superseded' "
            "WHERE notice_id = ?",
            (new, old),
        )
        db.execute("DELETE FROM notices WHERE id = ?", (old,))

    def add(self, notices: list[Notice], file: str) -> None:
        """Store notices as the originals of ``file``, or as exact duplicates of the same
        ids (no near-duplicate detection: for benchmarks that build a catalog directly)."""
        known = self.ids()
        self.record_source(
            file,
            [
                SourceEntry(n, "exact", of=n.id, similarity=1.0) if n.id in known else SourceEntry(n, "original")
                for n in notices
            ],
        )

    def _insert_signature(self, db: sqlite3.Connection, notice_id: str, blob: bytes) -> None:
        from assistant.corpus.dedup import PARAMS

        db.execute(
            "INSERT OR REPLACE INTO signatures VALUES (?, ?, ?)", (notice_id, PARAMS, blob)
        )

    def set_signatures(self, signatures: list[tuple[str, bytes]]) -> None:
        with self.transaction() as db:
            for notice_id, blob in signatures:
                self._insert_signature(db, notice_id, blob)

    def _insert_notice(self, db: sqlite3.Connection, notice: Notice) -> None:
        db.execute(
            "INSERT INTO notices VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                notice.id,
                notice.title,
                notice.unit,
                notice.kind,
                notice.level,
                notice.sector,
                notice.inspecting_body,
                notice.round,
                notice.publication_date.isoformat() if notice.publication_date else None,
                notice.feedback_date.isoformat() if notice.feedback_date else None,
                notice.year,
                len(notice.items),
                notice.model_dump_json(),
                _now(),
            ),
        )
        db.executemany(
            "INSERT INTO items VALUES (?,?,?,?,?,?,?)",
            [
                (
                    notice.id,
                    item.key,
                    item.section,
                    json.dumps(item.path, ensure_ascii=False),
                    item.problem,
                    item.measures,
                    json.dumps(item.clauses, ensure_ascii=False),
                )
                for item in notice.items
            ],
        )
        db.executemany(
            "INSERT INTO further VALUES (?,?,?,?,?,?)",
            [
                (
                    notice.id,
                    entry.key,
                    json.dumps(entry.path, ensure_ascii=False),
                    entry.problem,
                    entry.reason,
                    entry.deadline,
                )
                for entry in notice.further
            ],
        )
        unit_profiles.store(db, notice, unit_profiles.lexicon_for(self.path))

    def remove(self, notice_id: str) -> Notice:
        notice = self.get(notice_id)
        with self.transaction() as db:
            db.execute("DELETE FROM notices WHERE id = ?", (notice.id,))
        return notice

    # -- reading -------------------------------------------------------------------------
    def resolve(self, id_or_prefix: str) -> str:
        """A full notice id from an id or a unique prefix (at least 4 characters)."""
        prefix = id_or_prefix.strip()
        if len(prefix) < 4:
            raise InputError(
                _("通报编号“{prefix}”太短").format(prefix=prefix),
                hint=_("请给出 `rectify corpus list` 中编号的至少 4 个字符"),
            )
        rows = self.db.execute(
            "SELECT id FROM notices WHERE id LIKE ? ORDER BY id", (prefix + "%",)
        ).fetchall()
        if not rows:
            raise InputError(
                _("没有编号为“{prefix}”的通报").format(prefix=prefix),
                hint=_("编号见 `rectify corpus list`"),
            )
        if len(rows) > 1:
            raise InputError(
                _("通报编号“{prefix}”不唯一（{n} 份通报相符）").format(prefix=prefix, n=len(rows)),
                hint=_("请多给几个字符"),
            )
        return str(rows[0][0])

    def get(self, id_or_prefix: str) -> Notice:
        notice_id = self.resolve(id_or_prefix)
        row = self.db.execute("SELECT data FROM notices WHERE id = ?", (notice_id,)).fetchone()
        return Notice.model_validate_json(row[0])

    def notices(self) -> Iterator[Notice]:
        for (data,) in self.db.execute("SELECT data FROM notices ORDER BY publication_date, id"):
            yield Notice.model_validate_json(data)

    def item_ids(self) -> list[str]:
        """Every item's record id (notice id + key), in a stable order."""
        return [
            f"{notice_id}:{key}"
            for notice_id, key in self.db.execute(
                "SELECT notice_id, key FROM items ORDER BY notice_id, key"
            )
        ]

    def record_rows(self) -> Iterator[tuple[Any, ...]]:
        """Item rows joined with their notice's metadata, in ``item_ids()`` order."""
        yield from self.db.execute(
            "SELECT i.notice_id, i.key, n.unit, n.kind, n.level, n.sector, n.year, "
            "COALESCE(n.publication_date, n.feedback_date, ''), i.path, i.problem, i.measures, "
            "i.clauses FROM items i JOIN notices n ON n.id = i.notice_id "
            "ORDER BY i.notice_id, i.key"
        )

    def ids(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT id FROM notices")}

    def files_only_of(self, notice_id: str) -> list[str]:
        """Files recorded for this notice and for no other: what removing it leaves behind."""
        rows = self.db.execute(
            "SELECT DISTINCT file FROM sources WHERE notice_id = ? AND file NOT IN "
            "(SELECT file FROM sources WHERE notice_id != ?) ORDER BY file",
            (notice_id, notice_id),
        )
        return [row[0] for row in rows]

    def files(self) -> set[str]:
        """Every file recorded as a source of some notice."""
        return {row[0] for row in self.db.execute("SELECT DISTINCT file FROM sources")}

    def recorded(self, file: str, start_line: int, parsed_id: str) -> str | None:
        """The notice this span of this file is already recorded for (None: not yet)."""
        row = self.db.execute(
            "SELECT notice_id FROM sources WHERE file = ? AND start_line = ? AND parsed_id = ?",
            (file, start_line, parsed_id),
        ).fetchone()
        return str(row[0]) if row else None

    def text(self, notice_id: str) -> str:
        """A notice's cleaned text ('' when unknown), without parsing the whole notice."""
        row = self.db.execute(
            "SELECT json_extract(data, '$.text') FROM notices WHERE id = ?", (notice_id,)
        ).fetchone()
        return str(row[0]) if row and row[0] is not None else ""

    def section_rows(self) -> Iterator[tuple[str, str, str, str, str, str, str, str]]:
        """(id, unit, kind, level, sector, ISO date, organisation, next steps) per notice:
        the sections drafting cites, read without parsing whole notices."""
        yield from self.db.execute(
            "SELECT id, COALESCE(unit, ''), COALESCE(kind, ''), COALESCE(level, ''), "
            "COALESCE(sector, ''), COALESCE(publication_date, feedback_date, "
            "json_extract(data, '$.inspection_end'), ''), "
            "COALESCE(json_extract(data, '$.organisation'), ''), "
            "COALESCE(json_extract(data, '$.next_steps'), '') FROM notices ORDER BY id"
        )

    def signature_rows(self) -> Iterator[tuple[str, str | None, str | None, str | None, str | None, bytes | None]]:
        """(id, unit, title, publication date, signature params, signature) per notice."""
        yield from self.db.execute(
            "SELECT n.id, n.unit, n.title, n.publication_date, s.params, s.minhash "
            "FROM notices n LEFT JOIN signatures s ON s.notice_id = n.id ORDER BY n.id"
        )

    def rows(self) -> list[NoticeRow]:
        files: dict[str, list[str]] = {}
        for notice_id, file in self.db.execute("SELECT notice_id, file FROM sources ORDER BY file"):
            files.setdefault(notice_id, []).append(file)
        query = (
            "SELECT id, title, unit, kind, level, sector, publication_date, item_count "
            "FROM notices ORDER BY publication_date, id"
        )
        return [
            NoticeRow(
                id=r[0],
                title=r[1],
                unit=r[2],
                kind=r[3],
                level=r[4],
                sector=r[5],
                publication_date=r[6],
                item_count=r[7],
                files=files.get(r[0], []),
            )
            for r in self.db.execute(query)
        ]

    def stats(self) -> dict[str, Any]:
        notices = self.rows()
        items = sum(row.item_count for row in notices)
        years = Counter((row.publication_date or "")[:4] or "unknown" for row in notices)

        def count(attr: str) -> dict[str, int]:
            return dict(Counter(getattr(row, attr) or "unknown" for row in notices).most_common())

        (further,) = self.db.execute("SELECT COUNT(*) FROM further").fetchone()
        return {
            "notices": len(notices),
            "items": items,
            "further": further,
            "by_kind": count("kind"),
            "by_level": count("level"),
            "by_sector": count("sector"),
            "by_year": dict(sorted(years.items())),
            **unit_profiles.counts(self.db),
        }
