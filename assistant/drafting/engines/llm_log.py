"""The LLM's disk cache and audit log, one SQLite file each under ``<home>/.rectify/``.

The cache makes a re-run free: the key is a hash of everything that shapes the answer
(model, server, temperature, output schema, the exact messages). The audit log records every
call: which template (and its hash), which model, which precedents, tokens and latency.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from pathlib import Path
from typing import Any

from assistant.migrations import Migration, migrate

# The first migration of each file matches the tables made before migrations existed
# (IF NOT EXISTS), so an old file adopts the migrations without losing a row.
CACHE_MIGRATIONS: list[Migration] = [
    (
        "001_responses",
        "CREATE TABLE IF NOT EXISTS responses (key TEXT PRIMARY KEY, value TEXT, "
        "prompt_tokens INT, completion_tokens INT, created TEXT);",
    ),
]
AUDIT_MIGRATIONS: list[Migration] = [
    (
        "001_llm_calls",
        "CREATE TABLE IF NOT EXISTS llm_calls (id INTEGER PRIMARY KEY, at TEXT, task TEXT, "
        "item TEXT, template TEXT, template_sha256 TEXT, model TEXT, server TEXT, "
        "precedents TEXT, prompt_tokens INT, completion_tokens INT, latency_ms INT, "
        "cached INT, status TEXT, error TEXT);",
    ),
]


class _Db:
    def __init__(self, path: Path, migrations: list[Migration]) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        migrate(self._db, migrations)

    def close(self) -> None:
        with self._lock:
            self._db.close()


class ResponseCache(_Db):
    def __init__(self, path: Path) -> None:
        super().__init__(path, CACHE_MIGRATIONS)

    def get(self, key: str) -> tuple[str, int, int] | None:
        with self._lock:
            row = self._db.execute(
                "SELECT value, prompt_tokens, completion_tokens FROM responses WHERE key = ?",
                (key,),
            ).fetchone()
        return (row[0], int(row[1]), int(row[2])) if row else None

    def put(self, key: str, value: str, prompt_tokens: int, completion_tokens: int) -> None:
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO responses VALUES (?, ?, ?, ?, ?)",
                (key, value, prompt_tokens, completion_tokens, _now()),
            )


class AuditLog(_Db):
    def __init__(self, path: Path) -> None:
        super().__init__(path, AUDIT_MIGRATIONS)

    def record(self, **values: Any) -> None:
        values["precedents"] = json.dumps(values.get("precedents", []), ensure_ascii=False)
        values.setdefault("at", _now())
        names = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        with self._lock:
            self._db.execute(f"INSERT INTO llm_calls ({names}) VALUES ({marks})", tuple(values.values()))

    def rows(self) -> list[dict[str, Any]]:
        with self._lock:
            cur = self._db.execute("SELECT * FROM llm_calls ORDER BY id")
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")
