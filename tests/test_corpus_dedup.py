"""Duplicates, reposts and newer versions of a notice; the thresholds measured on the corpus.

Variants are made from shipped notices: a repost (the 公文素材 watermark removed, a paragraph
reflowed, a site footer added, a few characters edited), another notice of the same unit
(its title, intro and closing around another notice's items) and a newer version (a later
date, progress added to the measures).
"""

from __future__ import annotations

import itertools
import json
import re
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from assistant.corpus import parse_file, parse_text
from assistant.corpus.add_report import AddReport
from assistant.corpus.catalog import MIGRATIONS, Catalog
from assistant.corpus.dedup import NEAR_DUPLICATE, SAME_NOTICE, jaccard, shingles
from assistant.corpus.ingest import add_sources
from assistant.corpus.models import Notice
from assistant.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
BIG = CORPUS / "004_31241be4ef401e8a.txt"  # 32 notices, with watermarks
WATERMARK_RE = re.compile(r"【[^】]*d\s*a\s*d\s*a\s*w\s*k\s*0\s*1\s*】")
FOOTER = "\n扫一扫在手机打开当前页\n【打印本页】【关闭窗口】\n分享到：微信 微博 QQ空间\n"
runner = CliRunner()


def _raw(notice: Notice) -> str:
    """The notice's lines as published (watermarks and all)."""
    lines = (CORPUS / Path(notice.source.file).name).read_text("utf-8").split("\n")
    return "\n".join(lines[notice.source.start_line - 1 : notice.source.end_line])


def _parts(notice: Notice) -> tuple[str, str, str]:
    """Head (title, intro, headings up to the first item), items, tail (closing)."""
    lines = _raw(notice).split("\n")
    first = min(i.start_line for i in notice.items) - notice.source.start_line
    last = max(i.end_line for i in notice.items) - notice.source.start_line
    return "\n".join(lines[:first]), "\n".join(lines[first : last + 1]), "\n".join(lines[last + 1 :])


def repost(notice: Notice, edits: int = 0) -> str:
    """Watermark removed, the longest paragraph reflowed at 30 characters, a footer added,
    and ``edits`` characters changed."""
    lines = WATERMARK_RE.sub("", _raw(notice)).split("\n")
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    text = lines[longest]
    lines[longest] = "\n".join(text[i : i + 30] for i in range(0, len(text), 30))
    out = "\n".join(lines) + FOOTER
    step = len(out) // (edits + 1)
    for k in range(1, edits + 1):
        at = k * step
        out = out[:at] + ("的" if out[at] != "的" else "地") + out[at + 1 :]
    return out


def same_unit_other_notice(notice: Notice, other: Notice) -> str:
    head, _, tail = _parts(notice)
    return "\n".join([head, _parts(other)[1], tail])


def newer_version(notice: Notice, donor: Notice, date: str | None) -> str:
    """Progress (sentences of another notice's measures) added to every other long
    paragraph; the first date changed when given."""
    progress = [s + "。" for i in donor.items for s in i.measures.split("。") if len(s) > 20]
    lines = _raw(notice).split("\n")
    long_ones = [i for i, line in enumerate(lines) if len(line) > 60][::2]
    for k, i in enumerate(long_ones):
        lines[i] += progress[k % len(progress)]
    text = "\n".join(lines)
    if date:
        text = re.sub(r"\d{4}年\d{1,2}月\d{1,2}日", date, text, count=1)
    return text


def _similarity(a: str, b: str) -> float:
    return jaccard(shingles(a), shingles(b))


def _one(text: str) -> Notice:
    return parse_text(text).notices[0]


# -- the measurement -------------------------------------------------------------------------
def test_thresholds_separate_the_shipped_corpus(corpus_notices: list[Notice]) -> None:
    """Reposts and other notices fall far apart; the thresholds sit in the gap."""
    reposts = [_similarity(n.text, _one(repost(n, edits=3)).text) for n in corpus_notices]
    grams = [shingles(n.text) for n in corpus_notices]
    pairs = [jaccard(a, b) for a, b in itertools.combinations(grams, 2)]
    others = corpus_notices[1:] + corpus_notices[:1]
    same_unit = [
        _similarity(n.text, _one(same_unit_other_notice(n, o)).text)
        for n, o in zip(corpus_notices, others, strict=True)
    ]
    versions = [
        _similarity(n.text, _one(newer_version(n, o, None)).text)
        for n, o in zip(corpus_notices, others, strict=True)
    ]
    print(
        f"\nreposts: min {min(reposts):.3f} mean {sum(reposts) / len(reposts):.3f}"
        f"\ndifferent notices ({len(pairs)} pairs): max {max(pairs):.3f} mean {sum(pairs) / len(pairs):.3f}"
        f"\nsame unit, other notice: max {max(same_unit):.3f} mean {sum(same_unit) / len(same_unit):.3f}"
        f"\nnewer versions: min {min(versions):.3f} max {max(versions):.3f}"
    )
    assert max(pairs) < 0.1 and max(same_unit) < 0.3
    assert max(same_unit) < SAME_NOTICE < NEAR_DUPLICATE < min(reposts)
    assert min(versions) > SAME_NOTICE


# -- through `corpus add` ----------------------------------------------------------------------
@pytest.fixture
def nanning(corpus_notices: list[Notice]) -> Notice:
    return next(n for n in corpus_notices if n.unit == "中共南宁市良庆生态环境局党组")


@pytest.fixture
def donor(corpus_notices: list[Notice]) -> Notice:
    """Whose measures lend the progress of a newer version."""
    return next(n for n in corpus_notices if n.unit == "中共大庆市委统战部")


def _add(*paths: Path, dry_run: bool = False) -> AddReport:
    return add_sources(load_settings(), list(paths), dry_run=dry_run)


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, "utf-8")
    return path


def _catalog() -> Catalog:
    return Catalog(load_settings().catalog_path, create=False)


def test_a_repost_is_another_source_of_the_same_notice(tmp_path: Path, nanning: Notice) -> None:
    original = _write(tmp_path, "nanning.txt", _raw(nanning))
    variant = _write(tmp_path, "nanning-repost.txt", repost(nanning))
    assert "dadawk01" in original.read_text("utf-8") and "dadawk01" not in variant.read_text("utf-8")
    assert _add(original).count("added") == 1
    report = _add(variant)
    result = report.sources[0].notices[0]
    assert result.id != nanning.id  # not an exact duplicate: the footer stayed
    assert (result.outcome, result.match, result.of) == ("duplicate", "near", nanning.id)
    assert result.similarity is not None and result.similarity >= NEAR_DUPLICATE
    with _catalog() as catalog:
        rows = catalog.rows()
    assert [r.id for r in rows] == [nanning.id]
    assert rows[0].files == ["corpus/nanning-repost.txt", "corpus/nanning.txt"]
    # again: already recorded
    assert _add(variant).sources[0].notices[0].outcome == "unchanged"


def test_two_notices_of_the_same_unit_are_two_notices(
    tmp_path: Path, nanning: Notice, corpus_notices: list[Notice]
) -> None:
    daqing = next(n for n in corpus_notices if n.unit == "中共大庆市委统战部")
    other = _write(tmp_path, "nanning-2.txt", same_unit_other_notice(nanning, daqing))
    assert _one(other.read_text("utf-8")).title == nanning.title  # the same unit and title
    _add(_write(tmp_path, "nanning.txt", _raw(nanning)))
    result = _add(other).sources[0].notices[0]
    assert result.outcome == "added" and result.unit == nanning.unit
    with _catalog() as catalog:
        assert len(catalog.rows()) == 2


def test_a_newer_version_replaces_the_older(tmp_path: Path, nanning: Notice, donor: Notice) -> None:
    old = _write(tmp_path, "v1.txt", _raw(nanning))
    new = _write(tmp_path, "v2.txt", newer_version(nanning, donor, "2021年09月30日"))
    _add(old)
    result = _add(new).sources[0].notices[0]
    assert result.outcome == "updated" and result.replaces == nanning.id
    assert result.similarity is not None and SAME_NOTICE <= result.similarity
    with _catalog() as catalog:
        (row,) = catalog.rows()
        assert row.id == result.id and str(row.publication_date) == "2021-09-30"
        relations = dict(catalog.db.execute("SELECT file, relation FROM sources").fetchall())
    assert relations == {"corpus/v2.txt": "original", "corpus/v1.txt": "superseded"}
    # the old file again is known; a copy of it elsewhere is an older version, not a notice
    assert _add(old).sources[0].notices[0].outcome == "unchanged"
    again = _add(_write(tmp_path / "elsewhere", "v1-copy.txt", _raw(nanning) + "\n"))
    assert (again.sources[0].notices[0].outcome, again.sources[0].notices[0].of) == ("older", result.id)
    with _catalog() as catalog:
        assert [r.id for r in catalog.rows()] == [result.id]


def test_a_revision_with_the_same_date_replaces_when_the_content_changed(
    tmp_path: Path, nanning: Notice, donor: Notice
) -> None:
    _add(_write(tmp_path, "v1.txt", _raw(nanning)))
    revised = newer_version(nanning, donor, None)
    assert _similarity(nanning.text, _one(revised).text) < NEAR_DUPLICATE
    result = _add(_write(tmp_path, "v2.txt", revised)).sources[0].notices[0]
    assert result.outcome == "updated" and result.replaces == nanning.id


def test_duplicates_within_one_command_and_exact_copies(tmp_path: Path, nanning: Notice) -> None:
    folder = tmp_path / "in"
    _write(folder, "a.txt", _raw(nanning))
    _write(folder, "b.txt", repost(nanning))
    (folder / "c.txt").write_bytes(b"\xef\xbb\xbf" + _raw(nanning).replace("\n", "\r\n").encode())
    report = _add(folder)
    outcomes = [(s.notices[0].outcome, s.notices[0].match) for s in report.sources]
    assert outcomes == [("added", None), ("duplicate", "near"), ("duplicate", "exact")]


def test_dry_run_reports_and_writes_nothing(tmp_path: Path, nanning: Notice, isolated_home: Path) -> None:
    original = _write(tmp_path, "a.txt", _raw(nanning))
    report = _add(original, dry_run=True)
    assert report.dry_run and report.count("added") == 1
    assert not (isolated_home / "corpus").exists() and not (isolated_home / "vectorstore").exists()
    _add(original)
    before = (isolated_home / "vectorstore" / "catalog.sqlite3").read_bytes()
    report = _add(_write(tmp_path, "b.txt", repost(nanning)), dry_run=True)
    assert report.sources[0].notices[0].outcome == "duplicate"
    assert sorted(p.name for p in (isolated_home / "corpus").iterdir()) == ["a.txt"]
    assert (isolated_home / "vectorstore" / "catalog.sqlite3").read_bytes() == before


def test_the_report_table_and_json(
    tmp_path: Path,
    nanning: Notice,
    donor: Notice,
    monkeypatch: pytest.MonkeyPatch,
    isolated_home: Path,
) -> None:
    monkeypatch.setenv("RECTIFY_INDEX__EMBEDDER", "fake")
    original = _write(tmp_path, "nanning.txt", _raw(nanning))
    variant = _write(tmp_path, "repost.txt", repost(nanning))
    newer = _write(tmp_path, "v2.txt", newer_version(nanning, donor, "2021年09月30日"))
    wide = {"COLUMNS": "200"}  # one table row a line
    from assistant.cli import views

    monkeypatch.setattr(views.console, "width", 200)  # made at import, with the width then
    result = runner.invoke(app, ["corpus", "add", str(original), str(variant), "--dry-run"], env=wide)
    assert result.exit_code == 0, result.output
    assert "corpus add (dry run)" in result.stdout
    assert f"near-duplicate of {nanning.id[:8]} (0.99)" in result.stdout
    assert "1 added, 0 updated, 1 duplicate, 0 older, 0 unchanged, 0 rejected" in result.stdout
    assert not (isolated_home / "corpus").exists()
    result = runner.invoke(app, ["corpus", "add", str(original), str(variant), str(newer), "--json"])
    report = json.loads(result.stdout)
    assert (report["added"], report["duplicate"], report["updated"], report["dry_run"]) == (1, 1, 1, False)
    assert report["sources"][2]["notices"][0]["replaces"] == nanning.id
    result = runner.invoke(app, ["corpus", "check"])
    assert result.exit_code == 0 and "agree" in result.stdout


def test_a_catalog_from_before_is_migrated(tmp_path: Path, nanning: Notice, isolated_home: Path) -> None:
    """001-only catalogs gain relations and signatures; the notice is found as a duplicate."""
    path = isolated_home / "vectorstore" / "catalog.sqlite3"
    path.parent.mkdir(parents=True)
    (isolated_home / "corpus").mkdir()
    (isolated_home / "corpus" / "n.txt").write_text(_raw(nanning), "utf-8")
    (isolated_home / "corpus" / "n2.txt").write_text(_raw(nanning), "utf-8")
    notice = nanning.model_copy(update={"source": nanning.source.model_copy(update={"file": "corpus/n.txt"})})
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    db.executescript(MIGRATIONS[0][1])
    db.execute("INSERT INTO migrations VALUES (?, ?)", (MIGRATIONS[0][0], "2025-01-01"))
    db.execute(
        "INSERT INTO notices VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (notice.id, notice.title, notice.unit, notice.kind, notice.level, notice.sector,
         notice.inspecting_body, notice.round, "2021-06-30", None, 2021, len(notice.items),
         notice.model_dump_json(), "2025-01-01"),
    )
    for file in ("corpus/n.txt", "corpus/n2.txt"):  # the second was a 'new source'
        db.execute("INSERT INTO sources VALUES (?,?,?,?,?)", (notice.id, file, 1, 48, "2025-01-01"))
    db.commit()
    db.close()

    report = _add(_write(tmp_path, "repost.txt", repost(nanning)))
    assert (report.sources[0].notices[0].outcome, report.sources[0].notices[0].of) == ("duplicate", nanning.id)
    with _catalog() as catalog:
        rows = catalog.db.execute("SELECT file, relation, parsed_id FROM sources ORDER BY file").fetchall()
        signed = catalog.db.execute("SELECT notice_id FROM signatures").fetchall()
    assert rows == [
        ("corpus/n.txt", "original", nanning.id),
        ("corpus/n2.txt", "exact", nanning.id),
        ("corpus/repost.txt", "near", report.sources[0].notices[0].id),
    ]
    assert signed == [(nanning.id,)]


def test_the_whole_shipped_corpus_has_no_duplicates() -> None:
    """All 35 shipped notices are distinct: none is taken for a repost or a version."""
    report = _add(*sorted(CORPUS.glob("*.txt")), dry_run=True)
    assert report.count("added") == 35
    assert len(parse_file(BIG).notices) == 32
