"""Named schema migrations for the SQLite files (catalog, LLM cache, audit log).

Each migration runs once, in order, in one transaction together with the row recording it
in ``migrations``: a crash leaves the schema before or after it, never half-way.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence

Migration = tuple[str, str]  # (name, SQL script)


def statements(script: str) -> list[str]:
    """The complete statements of a script; a ';' inside a string literal or a trigger body
    does not end a statement (``sqlite3.complete_statement`` decides)."""
    out: list[str] = []
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \t\r\n;"):
                out.append(pending.strip())
            pending = ""
    if pending.strip(" \t\r\n;"):
        out.append(pending.strip())  # an unterminated last statement: sqlite says what is wrong
    return out


def apply_migration(db: sqlite3.Connection, name: str, script: str) -> None:
    """Run one migration and record it, atomically (``db`` in autocommit mode)."""
    db.execute("BEGIN IMMEDIATE")
    try:
        for statement in statements(script):
            db.execute(statement)
        db.execute(
            "INSERT INTO migrations VALUES (?, ?)",
            (name, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
        )
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def migrate(db: sqlite3.Connection, migrations: Sequence[Migration]) -> None:
    """Apply the migrations ``db`` has not seen yet, in order."""
    db.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    done = {row[0] for row in db.execute("SELECT name FROM migrations")}
    for name, script in migrations:
        if name not in done:
            apply_migration(db, name, script)
