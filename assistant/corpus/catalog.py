"""The catalog: parsed notices and items in SQLite under ``vectorstore/``.

The schema grows through the named migrations below; each runs once, in order, and is
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

from assistant.corpus.models import Notice
from assistant.errors import InputError, StoreError

MIGRATIONS: list[tuple[str, str]] = [
    (
        "001_notices_items_sources",
        """
        CREATE TABLE notices (
            id TEXT PRIMARY KEY,
            title TEXT, unit TEXT, kind TEXT, level TEXT, sector TEXT,
            inspecting_body TEXT, round TEXT,
            publication_date TEXT, feedback_date TEXT, year INTEGER,
            item_count INTEGER NOT NULL,
            data TEXT NOT NULL,
            added_at TEXT NOT NULL
        );
        CREATE TABLE items (
            notice_id TEXT NOT NULL REFERENCES notices(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            section TEXT NOT NULL,
            path TEXT NOT NULL,
            problem TEXT NOT NULL,
            measures TEXT NOT NULL,
            clauses TEXT NOT NULL,
            PRIMARY KEY (notice_id, key)
        );
        CREATE TABLE sources (
            notice_id TEXT NOT NULL REFERENCES notices(id) ON DELETE CASCADE,
            file TEXT NOT NULL,
            start_line INTEGER NOT NULL,
            end_line INTEGER NOT NULL,
            added_at TEXT NOT NULL,
            PRIMARY KEY (notice_id, file, start_line)
        );
        CREATE INDEX items_notice ON items(notice_id);
        CREATE INDEX sources_file ON sources(file);
        """,
    ),
]

AddOutcome = Literal["added", "unchanged", "new source"]


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
                "no catalog yet",
                where=path,
                hint="build it with `rectify corpus add corpus/`",
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(path, timeout=30, isolation_level=None)
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA journal_mode = WAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"the catalog is not a readable SQLite database ({exc})",
                where=path,
                hint="move the file away and run `rectify corpus rebuild` (the corpus/ "
                "folder holds every source)",
            ) from None

    def __enter__(self) -> Catalog:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    # -- schema --------------------------------------------------------------------------
    def _migrate(self) -> None:
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT)"
        )
        done = {row[0] for row in self.db.execute("SELECT name FROM migrations")}
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            with self.transaction():
                for statement in sql.split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.execute("INSERT INTO migrations VALUES (?, ?)", (name, _now()))

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
    def add(self, notices: list[Notice], file: str) -> list[AddOutcome]:
        """Store the notices of one source file atomically; report what each one did."""
        outcomes: list[AddOutcome] = []
        with self.transaction() as db:
            for notice in notices:
                exists = db.execute("SELECT 1 FROM notices WHERE id = ?", (notice.id,)).fetchone()
                if exists:
                    known = db.execute(
                        "SELECT 1 FROM sources WHERE notice_id = ? AND file = ?",
                        (notice.id, file),
                    ).fetchone()
                    if not known:
                        self._insert_source(db, notice, file)
                    outcomes.append("unchanged" if known else "new source")
                    continue
                self._insert_notice(db, notice)
                self._insert_source(db, notice, file)
                outcomes.append("added")
        return outcomes

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

    def _insert_source(self, db: sqlite3.Connection, notice: Notice, file: str) -> None:
        db.execute(
            "INSERT OR IGNORE INTO sources VALUES (?,?,?,?,?)",
            (notice.id, file, notice.source.start_line, notice.source.end_line, _now()),
        )

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
                f"notice id '{prefix}' is too short",
                hint="give at least 4 characters of an id from `rectify corpus list`",
            )
        rows = self.db.execute(
            "SELECT id FROM notices WHERE id LIKE ? ORDER BY id", (prefix + "%",)
        ).fetchall()
        if not rows:
            raise InputError(
                f"no notice with id '{prefix}'", hint="see `rectify corpus list` for the ids"
            )
        if len(rows) > 1:
            raise InputError(
                f"notice id '{prefix}' is ambiguous ({len(rows)} notices match)",
                hint="give more characters of the id",
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

        return {
            "notices": len(notices),
            "items": items,
            "by_kind": count("kind"),
            "by_level": count("level"),
            "by_sector": count("sector"),
            "by_year": dict(sorted(years.items())),
        }
