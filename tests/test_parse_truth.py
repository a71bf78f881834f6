"""The parser against a table written by reading the sources by hand (tests/data)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.corpus.models import Notice

TRUTH = json.loads((Path(__file__).parent / "data" / "truth_notices.json").read_text("utf-8"))


def _find(notices: list[Notice], row: dict[str, object]) -> Notice:
    line = row["title_line"] or 1
    for notice in notices:
        if notice.source.file == row["file"] and notice.source.start_line == line:
            return notice
    raise AssertionError(f"no notice parsed at {row['file']}:{line}")


def test_truth_table_is_big_enough() -> None:
    assert len(TRUTH) >= 12


def test_every_shipped_notice_parses(corpus_notices: list[Notice]) -> None:
    # 000, 002, 003 hold one notice each; 004 holds 32 (title lines counted by hand).
    assert len(corpus_notices) == 35
    assert all(n.items for n in corpus_notices)
    assert len({n.id for n in corpus_notices}) == 35


@pytest.mark.parametrize("row", TRUTH, ids=lambda r: f"{r['file'][:3]}:{r['title_line']}")
def test_notice_matches_hand_read_truth(corpus_notices: list[Notice], row: dict) -> None:  # type: ignore[type-arg]
    notice = _find(corpus_notices, row)
    assert row["unit_core"] in (notice.unit or "")
    assert notice.kind == row["kind"]
    for field in ("publication_date", "feedback_date", "inspection_start", "inspection_end"):
        value = getattr(notice, field)
        assert (value.isoformat() if value else None) == row[field], field
    assert notice.inspecting_body == row["inspecting_body"]
    assert len(notice.items) == row["item_count"]
    assert notice.items[0].problem.startswith(row["first_item_problem"][:8])
    assert notice.items[-1].problem.startswith(row["last_item_problem"][:8])
    assert bool(notice.next_steps) == row["has_next_steps"]
