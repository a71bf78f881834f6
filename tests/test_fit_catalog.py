"""Every catalogued notice's unit profile: stored when the notice is added, back-filled for
catalogs made before (named migration 003), shown by `corpus show`, counted by `corpus stats`."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from assistant.cli import app
from assistant.corpus import parse_file, unit_profiles
from assistant.corpus.catalog import MIGRATIONS, Catalog
from assistant.units import profile_for

ROOT = Path(__file__).resolve().parent.parent
FIRST = sorted((ROOT / "corpus").glob("000_*.txt"))[0]
runner = CliRunner()


def _run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout


def test_adding_stores_the_profile_and_the_cli_shows_and_counts_it(
    tmp_path: Path, isolated_home: Path
) -> None:
    folder = tmp_path / "incoming"
    folder.mkdir()
    shutil.copy(FIRST, folder / FIRST.name)
    assert _run("corpus", "add", str(folder))[0] == 0
    notice = parse_file(FIRST).notices[0]
    assert notice.unit
    expected = profile_for(
        notice.unit, inspection_body=notice.inspecting_body, inspection_kind=notice.kind
    )

    code, out = _run("corpus", "show", notice.id[:8], "--json")
    assert code == 0
    shown = json.loads(out)["unit_profile"]
    assert (shown["kind"], shown["level"], shown["head"]) == (
        expected.kind,
        expected.level,
        expected.head,
    )
    code, out = _run("corpus", "show", notice.id[:8])
    assert code == 0 and "单位画像" in out and expected.kind_label in out

    code, out = _run("corpus", "stats", "--json")
    stats = json.loads(out)
    assert stats["unit_kinds"] == {expected.kind: 1}
    assert stats["unit_levels"] == {expected.level or "unknown": 1}
    code, out = _run("corpus", "stats")
    assert "unit kinds" in out and expected.kind_label in out and expected.kind not in out


def test_a_catalog_from_before_gets_profiles_from_its_unit_names(isolated_home: Path) -> None:
    notice = parse_file(FIRST).notices[0]
    path = isolated_home / "vectorstore" / "catalog.sqlite3"
    path.parent.mkdir(parents=True)
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    for name, script in MIGRATIONS[:2]:
        db.executescript(script)
        db.execute("INSERT INTO migrations VALUES (?, ?)", (name, "2025-01-01"))
    db.execute(
        "INSERT INTO notices (id, title, unit, kind, level, sector, inspecting_body, round, "
        "publication_date, feedback_date, year, item_count, data, added_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            notice.id,
            notice.title,
            notice.unit,
            notice.kind,
            notice.level,
            notice.sector,
            notice.inspecting_body,
            notice.round,
            None,
            None,
            2021,
            0,
            notice.model_dump_json(),
            "2025-01-01",
        ),
    )
    db.commit()
    db.close()

    with Catalog(path, create=False) as catalog:
        names = [r[0] for r in catalog.db.execute("SELECT name FROM migrations ORDER BY name")]
        stored = unit_profiles.read(catalog.db, notice.id)
    assert names[-1] == "004_notice_unit_profiles"
    assert notice.unit and stored is not None
    assert stored == profile_for(
        notice.unit, inspection_body=notice.inspecting_body, inspection_kind=notice.kind
    )
    with Catalog(path, create=False) as catalog:  # a second opening adds nothing
        assert unit_profiles.backfill(catalog.db, unit_profiles.lexicon_for(path)) == 0
