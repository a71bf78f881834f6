"""Further-rectification entries (需要进一步整改的事项 with 未全部完成原因 and 整改时限) are
kept on the notice apart from the items, stored in their own table, shown and counted apart."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from assistant.cli import app
from assistant.corpus import parse_text
from assistant.corpus.catalog import Catalog
from assistant.corpus.coverage import coverage
from assistant.corpus.models import Notice

SAMPLE = Path(__file__).parent / "data" / "generalisation" / "further_entries.txt"


def _notice() -> Notice:
    return parse_text(SAMPLE.read_text("utf-8"), "further_entries.txt").notices[0]


def test_entries_with_reason_and_deadline_are_not_items() -> None:
    notice = _notice()
    assert [item.problem for item in notice.items] == [
        "理论学习不深入的问题。",
        "意识形态工作责任制落实不到位的问题。",
    ]
    assert not any("原因" in item.measures for item in notice.items)
    first, second = notice.further
    assert first.problem == "关于“办公用房超标”的问题。"
    assert first.reason == "涉及单位搬迁，新办公楼尚未竣工验收。"
    assert (first.deadline_label, first.deadline) == ("整改时限", "2022年6月底前")
    # the same entry written on one line
    assert second.problem == "关于“历史遗留债务化解不到位”的问题。"
    assert (second.reason, second.deadline) == ("债务涉及多家单位，需逐笔核实。", "长期坚持")
    assert coverage(notice) >= 0.98


def test_the_closing_after_a_further_list_is_found() -> None:
    notice = _notice()
    assert notice.closing.startswith("巡察整改工作永远在路上")
    assert "欢迎广大干部群众" in notice.closing
    assert notice.contacts == {
        "phone": "0123-4567890",
        "address": "某某县人民路1号",
        "postcode": "123456",
        "email": "abc123@163.com",
    }
    assert "监督" not in notice.further[-1].deadline


def test_an_entry_that_states_measures_stays_an_item() -> None:
    text = SAMPLE.read_text("utf-8").replace(
        "整改时限：长期坚持", "下一步整改措施：逐笔核实债务，制定化解计划。整改时限：长期坚持"
    )
    notice = parse_text(text, "x.txt").notices[0]
    assert len(notice.further) == 1
    assert notice.items[-1].problem == "关于“历史遗留债务化解不到位”的问题。"


def test_catalog_stores_entries_apart_and_never_as_items(tmp_path: Path) -> None:
    notice = _notice()
    path = tmp_path / "catalog.sqlite3"
    with Catalog(path) as catalog:
        catalog.add([notice], "further_entries.txt")
        assert catalog.stats()["items"] == 2 and catalog.stats()["further"] == 2
        assert all("原因" not in row[10] for row in catalog.record_rows())
        assert catalog.get(notice.id[:8]).further == notice.further
    db = sqlite3.connect(path)
    rows = db.execute("SELECT key, problem, reason, deadline FROM further ORDER BY key").fetchall()
    assert rows[0] == ("3.1", "关于“办公用房超标”的问题。", "涉及单位搬迁，新办公楼尚未竣工验收。", "2022年6月底前")
    assert ("003_further_entries",) in db.execute("SELECT name FROM migrations").fetchall()
    db.close()
    with Catalog(path) as catalog:  # removing the notice removes its entries
        catalog.remove(notice.id)
    db = sqlite3.connect(path)
    assert db.execute("SELECT COUNT(*) FROM further").fetchone() == (0,)
    db.close()


def test_corpus_show_and_stats_list_entries_apart(tmp_path: Path) -> None:
    runner = CliRunner()
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / SAMPLE.name).write_text(SAMPLE.read_text("utf-8"), "utf-8")
    result = runner.invoke(app, ["corpus", "add", str(folder)])
    assert result.exit_code == 0, result.stderr
    result = runner.invoke(app, ["corpus", "stats", "--json"])
    stats = json.loads(result.stdout)
    assert (stats["items"], stats["further"]) == (2, 2)
    result = runner.invoke(app, ["corpus", "stats"])
    assert "further-rectification entries (unfinished, never measure precedents): 2" in result.stdout
    notice_id = _notice().id
    result = runner.invoke(app, ["corpus", "show", notice_id[:8]])
    assert "2 further-rectification entries" in result.stdout
    assert "未全部完成原因：涉及单位搬迁" in result.stdout
    assert "整改时限：2022年6月底前" in result.stdout
