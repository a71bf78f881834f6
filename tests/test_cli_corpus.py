"""`rectify corpus …` end to end through the CLI, with real files and real SQLite."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import app

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


def _run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def _corpus_copy(tmp_path: Path, names: list[str] | None = None) -> Path:
    folder = tmp_path / "incoming"
    folder.mkdir()
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        if names is None or path.name[:3] in names:
            shutil.copy(path, folder / path.name)
    return folder


def test_add_list_show_stats_and_readd(
    tmp_path: Path, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the whole corpus: fake embeddings keep this a test of the catalog and the CLI (the local
    # model's own tests are in test_embeddings.py; `make demo` adds the corpus with it)
    monkeypatch.setenv("RECTIFY_INDEX__EMBEDDER", "fake")
    folder = _corpus_copy(tmp_path)
    code, out, err = _run("corpus", "add", str(folder), "--json")
    assert code == 0, err
    report = json.loads(out)
    assert (report["added"], report["unchanged"], report["rejected"]) == (35, 0, 0)
    # the originals are kept under corpus/ byte for byte, so the index can be rebuilt
    for path in folder.iterdir():
        assert (isolated_home / "corpus" / path.name).read_bytes() == path.read_bytes()

    code, out, _ = _run("corpus", "add", str(folder), "--json")
    assert code == 0 and json.loads(out)["added"] == 0 and json.loads(out)["unchanged"] == 35

    code, out, _ = _run("corpus", "list", "--json")
    rows = json.loads(out)
    assert len(rows) == 35
    yuhu = next(r for r in rows if r["unit"] == "雨湖区政协机关")
    assert yuhu["item_count"] == 15 and yuhu["files"] == ["corpus/000_53d272b6d1b67865.txt"]

    code, out, _ = _run("corpus", "show", yuhu["id"][:8], "--json")
    notice = json.loads(out)
    assert code == 0 and notice["kind"] == "巡察" and notice["publication_date"] == "2021-04-20"
    assert notice["items"][0]["path"] == ["（一）关于履行职责使命有差距的问题。"]

    code, out, _ = _run("corpus", "show", yuhu["id"])
    assert code == 0 and "为委员履职搭建平台不多的问题" in out and "区委第四巡察组" in out

    code, out, _ = _run("corpus", "stats", "--json")
    stats = json.loads(out)
    assert stats["notices"] == 35 and stats["items"] == sum(r["item_count"] for r in rows)
    assert stats["by_kind"] == {"巡察": 27, "巡视": 8}
    assert stats["by_sector"]["政协"] == 3


def test_the_catalog_persists_and_is_plain_sqlite(tmp_path: Path, isolated_home: Path) -> None:
    _run("corpus", "add", str(_corpus_copy(tmp_path, ["000"])))
    db = sqlite3.connect(isolated_home / "vectorstore" / "catalog.sqlite3")
    assert db.execute("SELECT count(*) FROM items").fetchone() == (15,)
    assert db.execute("SELECT name FROM migrations ORDER BY name").fetchall() == [
        ("001_notices_items_sources",),
        ("002_source_relations_and_signatures",),
        ("003_further_entries",),
        ("004_notice_unit_profiles",),
    ]


def test_folder_with_a_bad_file_adds_the_good_ones(tmp_path: Path, isolated_home: Path) -> None:
    folder = _corpus_copy(tmp_path, ["000", "003"])
    (folder / "empty.txt").write_bytes(b"")
    (folder / "plain.txt").write_text("这是一段普通的中文文字，没有任何编号结构。", "utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4 binary")
    code, out, err = _run("corpus", "add", str(folder), "--json")
    assert code == 1
    report = json.loads(out)
    assert report["added"] == 2 and report["rejected"] == 3
    reasons = {Path(s["source"]).name: s["reason"] for s in report["sources"] if s["reason"]}
    assert "empty" in reasons["empty.txt"]
    assert "no item structure" in reasons["plain.txt"]
    assert "not a readable PDF" in reasons["scan.pdf"]
    assert sorted(p.name for p in (isolated_home / "corpus").iterdir()) == [
        "000_53d272b6d1b67865.txt",
        "003_4f90d436d6bfcb65.txt",
    ]


def test_bad_inputs_store_nothing(tmp_path: Path, isolated_home: Path) -> None:
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    for args, message in (
        ([str(tmp_path / "missing.txt")], "no such file or folder"),
        ([str(binary)], "binary file"),
    ):
        code, _, err = _run("corpus", "add", *args)
        assert code == 1 and message in err, err
    assert not (isolated_home / "corpus").exists()
    code, _, err = _run("corpus", "list")
    assert code == 1 and "no catalog yet" in err and "rectify corpus add" in err


def test_show_unknown_and_ambiguous_ids(tmp_path: Path) -> None:
    _run("corpus", "add", str(_corpus_copy(tmp_path, ["000", "002"])))
    code, _, err = _run("corpus", "show", "ffffffff")
    assert code == 1 and "no notice with id" in err
    code, _, err = _run("corpus", "show", "ab")
    assert code == 1 and "too short" in err


def test_remove(tmp_path: Path, isolated_home: Path) -> None:
    _run("corpus", "add", str(_corpus_copy(tmp_path, ["000", "002"])))
    notice_id = json.loads(_run("corpus", "list", "--json")[1])[0]["id"]
    corpus = isolated_home / "corpus"
    before = sorted(p.name for p in corpus.glob("*.txt"))
    code, out, _ = _run("corpus", "remove", notice_id)
    assert code == 0 and notice_id in out
    assert len(json.loads(_run("corpus", "list", "--json")[1])) == 1
    # its file is set aside, not deleted: check agrees, and rebuild does not bring it back
    after = sorted(p.name for p in corpus.glob("*.txt"))
    assert len(after) == len(before) - 1
    assert [p.name for p in (corpus / ".removed").glob("*.txt")] == sorted(set(before) - set(after))
    code, out, err = _run("corpus", "check")
    assert code == 0 and "not catalogued" not in out + err, out + err
    _run("corpus", "rebuild")
    assert [n["id"] for n in json.loads(_run("corpus", "list", "--json")[1])] != [notice_id]
    assert len(json.loads(_run("corpus", "list", "--json")[1])) == 1


def test_corrupt_catalog_is_a_clear_error(isolated_home: Path) -> None:
    store = isolated_home / "vectorstore"
    store.mkdir()
    (store / "catalog.sqlite3").write_bytes(b"this is not sqlite" * 100)
    code, _, err = _run("corpus", "stats")
    assert code == 1 and "corrupt" in err and "rebuild" in err and "Traceback" not in err
    assert (store / "catalog.sqlite3").read_bytes().startswith(b"this is not sqlite")


def test_console_script_and_module_entry_points(isolated_home: Path) -> None:
    for command in ([sys.executable, "-m", "assistant", "--help"],):
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0 and "corpus" in done.stdout
    done = subprocess.run(
        [sys.executable, "-m", "assistant", "corpus", "show", "zzzz"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1 and "错误：" in done.stderr and "Traceback" not in done.stderr


def test_a_second_writer_gets_a_clear_error(tmp_path: Path, isolated_home: Path) -> None:
    from filelock import FileLock

    store = isolated_home / "vectorstore"
    store.mkdir()
    held = FileLock(str(store / ".write.lock"))
    held.acquire()
    try:
        import pytest

        from assistant.corpus.ingest import add_sources
        from assistant.errors import StoreError
        from assistant.settings import load_settings

        with pytest.raises(StoreError, match="another rectify command is writing"):
            add_sources(load_settings(), [_corpus_copy(tmp_path, ["000"])], lock_timeout=0.2)
    finally:
        held.release()
    assert not (isolated_home / "corpus").exists()
