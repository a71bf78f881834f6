"""Named migrations: the LLM cache and audit log adopt them without losing a row, and a
migration is run statement by statement, not cut at every ';'."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from assistant.drafting.engines.llm_log import AuditLog, ResponseCache
from assistant.migrations import migrate, statements

# The schemas as the files were made before migrations existed (copied from that version).
OLD_CACHE = (
    "CREATE TABLE IF NOT EXISTS responses (key TEXT PRIMARY KEY, value TEXT, "
    "prompt_tokens INT, completion_tokens INT, created TEXT)"
)
OLD_AUDIT = (
    "CREATE TABLE IF NOT EXISTS llm_calls (id INTEGER PRIMARY KEY, at TEXT, task TEXT, "
    "item TEXT, template TEXT, template_sha256 TEXT, model TEXT, server TEXT, "
    "precedents TEXT, prompt_tokens INT, completion_tokens INT, latency_ms INT, "
    "cached INT, status TEXT, error TEXT)"
)


def _migrations(path: Path) -> list[str]:
    with sqlite3.connect(path) as db:
        return [row[0] for row in db.execute("SELECT name FROM migrations ORDER BY name")]


def test_an_old_cache_keeps_its_answers(tmp_path: Path) -> None:
    path = tmp_path / "llm-cache.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute(OLD_CACHE)
        db.execute("INSERT INTO responses VALUES ('k', '{\"a\": 1}', 10, 2, '2026-01-01')")
    cache = ResponseCache(path)
    assert cache.get("k") == ('{"a": 1}', 10, 2)
    cache.put("k2", "v", 1, 1)
    cache.close()
    assert _migrations(path) == ["001_responses"]
    ResponseCache(path).close()  # opening again applies nothing twice
    assert _migrations(path) == ["001_responses"]


def test_an_old_audit_log_keeps_its_calls(tmp_path: Path) -> None:
    path = tmp_path / "audit.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute(OLD_AUDIT)
        db.execute("INSERT INTO llm_calls (task, status) VALUES ('plan_item', 'ok')")
    log = AuditLog(path)
    log.record(task="report_item", status="ok", precedents=["n:1"])
    assert [(r["task"], r["status"]) for r in log.rows()] == [
        ("plan_item", "ok"), ("report_item", "ok")
    ]
    log.close()
    assert _migrations(path) == ["001_llm_calls"]


def test_a_semicolon_inside_a_literal_does_not_end_a_statement(tmp_path: Path) -> None:
    script = """
        CREATE TABLE notes (text TEXT);
        INSERT INTO notes VALUES ('一是；二是; 三是');
        CREATE TRIGGER keep AFTER INSERT ON notes BEGIN
            UPDATE notes SET text = text || ';' WHERE rowid = new.rowid;
        END;
    """
    assert len(statements(script)) == 3
    db = sqlite3.connect(tmp_path / "x.sqlite3", isolation_level=None)
    migrate(db, [("001_notes", script)])
    db.execute("INSERT INTO notes VALUES ('x')")
    assert [r[0] for r in db.execute("SELECT text FROM notes ORDER BY rowid")] == [
        "一是；二是; 三是", "x;"
    ]


def test_a_failing_migration_leaves_nothing_half_done(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "x.sqlite3", isolation_level=None)
    with pytest.raises(sqlite3.OperationalError):
        migrate(db, [("001_bad", "CREATE TABLE a (x INT); INSERT INTO missing VALUES (1);")])
    assert db.execute("SELECT name FROM sqlite_master WHERE name = 'a'").fetchall() == []
    assert db.execute("SELECT name FROM migrations").fetchall() == []
