"""The precedent index with real Chroma (embedded, on disk) and fake embeddings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from assistant.errors import StoreError
from assistant.index import sync
from assistant.index.precedents import PrecedentIndex
from assistant.settings import load_settings
from tests.index_helpers import exercise_embedder_mismatch, exercise_store, small_corpus

runner = CliRunner()


@pytest.fixture
def fake_embedder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECTIFY_INDEX__EMBEDDER", "fake")


def test_embedded_store(tmp_path: Path, fake_embedder: None) -> None:
    exercise_store(tmp_path, load_settings())


def test_another_embedder_is_refused(tmp_path: Path, fake_embedder: None) -> None:
    settings = load_settings()
    sync.add_to_corpus(settings, small_corpus(tmp_path)[:1])
    exercise_embedder_mismatch(settings)


def test_search_cli(tmp_path: Path, fake_embedder: None) -> None:
    result = runner.invoke(app, ["corpus", "add", str(tmp_path / "x")])
    assert result.exit_code == 1
    small_corpus(tmp_path)
    result = runner.invoke(app, ["corpus", "add", str(tmp_path / "incoming")])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["search", "党费收缴基数不精准", "--json", "-k", "3"])
    assert result.exit_code == 0, result.output
    hits = json.loads(result.stdout)
    assert len(hits) == 3 and "党费" in hits[0]["record"]["problem"] + hits[0]["record"]["measures"]
    result = runner.invoke(app, ["search", "党费", "--sector", "农业"])
    assert result.exit_code == 1 and "known values: 政协" in result.stderr
    result = runner.invoke(app, ["search", "党费", "--exclude-notice", "zzzz"])
    assert result.exit_code == 1 and "no notice with id" in result.stderr
    result = runner.invoke(app, ["search", "党费收缴", "-k", "2"])
    assert result.exit_code == 0 and result.stdout.startswith("1. ") and "problem: " in result.stdout
    assert "next: rectify corpus show" in result.stdout
    result = runner.invoke(app, ["corpus", "check"])
    assert result.exit_code == 0 and "agree" in result.stdout


def test_search_before_any_corpus_is_a_clear_error(fake_embedder: None) -> None:
    result = runner.invoke(app, ["search", "学习"])
    assert result.exit_code == 1 and "no catalog yet" in result.stderr


def test_rebuild_recreates_everything_from_corpus(tmp_path: Path, fake_embedder: None, isolated_home: Path) -> None:
    settings = load_settings()
    sync.add_to_corpus(settings, small_corpus(tmp_path))
    before = [h.record.id for h in PrecedentIndex(settings).search("学习", k=5)]
    (isolated_home / "vectorstore" / "catalog.sqlite3").unlink()
    report = sync.rebuild(settings)
    assert report.count("added") == 3
    assert [h.record.id for h in PrecedentIndex(settings).search("学习", k=5)] == before


def test_rebuild_with_nothing_parsable_leaves_the_index(tmp_path: Path, fake_embedder: None, isolated_home: Path) -> None:
    settings = load_settings()
    sync.add_to_corpus(settings, small_corpus(tmp_path)[:1])
    for path in (isolated_home / "corpus").iterdir():
        path.write_text("不是通报", "utf-8")
    with pytest.raises(StoreError, match="left as it was"):
        sync.rebuild(settings)
    assert PrecedentIndex(settings).store.count() == 15


def test_corrupt_chroma_folder_is_a_clear_error(tmp_path: Path, fake_embedder: None, isolated_home: Path) -> None:
    settings = load_settings()
    sync.add_to_corpus(settings, small_corpus(tmp_path)[:1])
    sqlite = isolated_home / "vectorstore" / "chroma" / "chroma.sqlite3"
    sqlite.write_bytes(b"garbage" * 1000)
    with pytest.raises(StoreError):
        PrecedentIndex(settings).search("学习")
    assert sqlite.read_bytes().startswith(b"garbage")


def test_deleted_vector_store_is_a_clear_error_and_repairable(
    tmp_path: Path, fake_embedder: None, isolated_home: Path
) -> None:
    import shutil

    settings = load_settings()
    sync.add_to_corpus(settings, small_corpus(tmp_path)[:1])
    shutil.rmtree(isolated_home / "vectorstore" / "chroma")
    # chromadb caches one client per path in a process; a new command starts without it
    from chromadb.api.client import SharedSystemClient

    SharedSystemClient.clear_system_cache()
    with pytest.raises(StoreError, match="check --repair"):
        PrecedentIndex(settings).search("学习")
    result = runner.invoke(app, ["corpus", "check"])
    assert result.exit_code == 1 and "15 items missing" in result.stdout
    result = runner.invoke(app, ["corpus", "check", "--repair"])
    assert result.exit_code == 0 and "repaired" in result.stdout
    assert PrecedentIndex(settings).search("学习")
