"""`rectify export` and `rectify ledger import` on the command line, bad input included,
and scripts/render-docx without LibreOffice."""

from __future__ import annotations

import io
import os
import re
import subprocess
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from assistant.cli import app
from assistant.draft_folder import LEDGER_NAME, PLAN_NAME
from assistant.drafting.inputs.ledger import ledger_template, load_ledger
from assistant.drafting.models import PLACEHOLDER_RE, Plan
from assistant.drafting.render import plan_markdown
from assistant.export.xlsx_export import COLUMNS, SHEET
from assistant.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
RENDER = ROOT / "scripts" / "render-docx"
runner = CliRunner()


@pytest.fixture
def draft(example_folder: Path, draft_settings: Settings) -> Path:
    """A copy of the drafted example plan; the CLI sees the indexed corpus (for the review)."""
    return example_folder


def filled(folder: Path) -> Path:
    """The plan with every placeholder filled in, as the user would before publishing."""
    path = folder / PLAN_NAME
    text = PLACEHOLDER_RE.sub("2026年7月", path.read_text(encoding="utf-8"))
    path.write_text(text, encoding="utf-8")
    (folder / "plan.md").write_text(plan_markdown(Plan.model_validate_json(text)), encoding="utf-8")
    return folder


def with_ledger(folder: Path) -> Path:
    plan = Plan.model_validate_json((folder / PLAN_NAME).read_text(encoding="utf-8"))
    text = ledger_template(plan, (folder / PLAN_NAME).read_text(encoding="utf-8"))
    (folder / LEDGER_NAME).write_text(text, encoding="utf-8")
    return folder / LEDGER_NAME


def output(result: object) -> str:
    return str(getattr(result, "output", ""))


# -- the review gate ------------------------------------------------------------------------
def test_a_draft_with_placeholders_is_refused_naming_them(draft: Path) -> None:
    result = runner.invoke(app, ["export", str(draft)])
    assert result.exit_code == 1
    text = output(result)
    assert "error(s) in review" in text and "placeholder" in text and "--force" in text
    keys = [i.key for i in Plan.model_validate_json((draft / PLAN_NAME).read_text("utf-8")).items]
    assert any(f"item {k}:" in text for k in keys)  # says which items
    assert not (draft / "plan.docx").exists()


def test_force_exports_anyway_and_says_so(draft: Path) -> None:
    result = runner.invoke(app, ["export", str(draft), "--force"])
    assert result.exit_code == 0, output(result)
    assert "review skipped" in output(result)
    assert f"wrote {draft / 'plan.docx'}" in output(result).replace("\n", "")
    document = docx.Document(str(draft / "plan.docx"))
    assert PLACEHOLDER_RE.search("\n".join(p.text for p in document.paragraphs))


def test_a_clean_draft_exports_without_force(draft: Path, draft_settings: Settings) -> None:
    from assistant.review.run import review_folder

    filled(draft)
    errors = [f for f in review_folder(draft_settings, draft).findings if f.severity == "error"]
    assert errors == [], errors
    out = draft / "方案.docx"
    result = runner.invoke(app, ["export", str(draft), "--format", "docx", "-o", str(out)])
    assert result.exit_code == 0, output(result)
    assert "review skipped" not in output(result)
    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs if p.text]
    assert paragraphs[0].endswith("整改方案") and not PLACEHOLDER_RE.search("".join(paragraphs))


def test_configured_fonts_reach_the_docx(draft: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECTIFY_EXPORT__BODY_FONT", "仿宋")
    monkeypatch.setenv("RECTIFY_EXPORT__TITLE_FONT", "华文中宋")
    assert runner.invoke(app, ["export", str(draft), "--force"]).exit_code == 0
    document = docx.Document(str(draft / "plan.docx"))
    fonts = {
        r._r.rPr.rFonts.get(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia"
        )
        for p in document.paragraphs
        for r in p.runs
    }
    assert {"仿宋", "华文中宋"} <= fonts and "仿宋_GB2312" not in fonts


# -- formats --------------------------------------------------------------------------------
def test_markdown_without_and_with_citations(draft: Path) -> None:
    plain, cited = draft / "public.md", draft / "cited.md"
    for args in (["-o", str(plain)], ["-o", str(cited), "--with-citations"]):
        result = runner.invoke(app, ["export", str(draft), "-f", "md", "--force", *args])
        assert result.exit_code == 0, output(result)
    text = plain.read_text(encoding="utf-8")
    assert not re.search(r"\[\d+\]", text) and "引用的先例" not in text
    assert cited.read_text(encoding="utf-8") == (draft / "plan.md").read_text(encoding="utf-8")
    # the same lines as the draft, less markers and references
    assert text.splitlines()[:3] == (draft / "plan.md").read_text("utf-8").splitlines()[:3]


def test_xlsx_export_then_ledger_import_round_trip(draft: Path) -> None:
    ledger = with_ledger(draft)
    result = runner.invoke(app, ["export", str(draft), "--format", "xlsx", "--force"])
    assert result.exit_code == 0, output(result)
    sheet_path = draft / "ledger.xlsx"
    workbook = load_workbook(sheet_path)
    sheet = workbook[SHEET]
    sheet.cell(row=3, column=COLUMNS.index("整改状态") + 1).value = "已完成"
    sheet.cell(row=3, column=COLUMNS.index("进展情况") + 1).value = "2026年8月完成整改。"
    workbook.save(sheet_path)
    result = runner.invoke(app, ["ledger", "import", str(sheet_path)])
    assert result.exit_code == 0, output(result)
    entry = load_ledger(ledger, check_statuses=False)[0].items[0]  # row 3: its first measure
    assert f"measures changed: {entry.key} 措施1" in output(result)
    assert (entry.measures[0].status, entry.measures[0].done) == ("已完成", "2026年8月完成整改。")


def test_ledger_import_bad_rows_exit_1_with_every_row(draft: Path) -> None:
    ledger = with_ledger(draft)
    assert runner.invoke(app, ["export", str(draft), "-f", "xlsx", "--force"]).exit_code == 0
    sheet_path = draft / "ledger.xlsx"
    workbook = load_workbook(sheet_path)
    sheet = workbook[SHEET]
    sheet.cell(row=3, column=COLUMNS.index("具体问题") + 1).value = "另一个问题"
    second = 3 + len(load_ledger(ledger, check_statuses=False)[0].items[0].measures)
    sheet.cell(row=second, column=COLUMNS.index("序号") + 1).value = "7.7"
    workbook.save(sheet_path)
    before = ledger.read_bytes()
    result = runner.invoke(app, ["ledger", "import", str(sheet_path), "--ledger", str(ledger)])
    assert result.exit_code == 1
    assert "row 3:" in output(result) and f"row {second}:" in output(result)
    assert "7.7" in output(result)
    assert ledger.read_bytes() == before


# -- bad input ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["-f", "pdf"], "unknown export format 'pdf'"),
        (["-o", "{tmp}/missing/plan.docx"], "output folder does not exist"),
        (["-o", "{tmp}/plan.doc"], "must end in .docx"),
        (["-f", "md", "-o", "{draft}/plan.md"], "one of the draft's own files"),
    ],
)
def test_bad_requests_are_clear_errors_and_write_nothing(
    draft: Path, tmp_path: Path, args: list[str], needle: str
) -> None:
    args = [a.format(tmp=tmp_path, draft=draft) for a in args]
    before = {p.name: p.read_bytes() for p in draft.iterdir()}
    result = runner.invoke(app, ["export", str(draft), "--force", *args])
    assert result.exit_code == 1 and needle in output(result) and "hint:" in output(result)
    assert {p.name: p.read_bytes() for p in draft.iterdir()} == before
    assert not (tmp_path / "missing").exists()


def test_not_a_draft_folder(tmp_path: Path, draft_settings: Settings) -> None:
    (tmp_path / "empty").mkdir()
    for target in (tmp_path / "empty", tmp_path / "nowhere"):
        result = runner.invoke(app, ["export", str(target), "--force"])
        assert result.exit_code == 1 and "error:" in output(result)


def test_a_refused_export_leaves_an_earlier_one_intact(draft: Path) -> None:
    assert runner.invoke(app, ["export", str(draft), "--force"]).exit_code == 0
    earlier = (draft / "plan.docx").read_bytes()
    assert runner.invoke(app, ["export", str(draft)]).exit_code == 1  # refused: placeholders
    assert (draft / "plan.docx").read_bytes() == earlier
    assert [p.name for p in draft.iterdir() if p.name.startswith(".")] == []  # no temp files left
    docx.Document(io.BytesIO(earlier))  # still a valid document


# -- scripts/render-docx --------------------------------------------------------------------
def test_render_script_without_libreoffice_says_so_and_exits_2(draft: Path) -> None:
    assert runner.invoke(app, ["export", str(draft), "--force"]).exit_code == 0
    assert os.access(RENDER, os.X_OK)
    env = {**os.environ, "SOFFICE": str(draft / "no-soffice")}
    done = subprocess.run(
        [str(RENDER), str(draft / "plan.docx")], env=env, capture_output=True, text=True
    )
    assert done.returncode == 2 and "LibreOffice is not installed" in done.stderr
    assert not (draft / "render").exists()
    usage = subprocess.run([str(RENDER)], capture_output=True, text=True)
    assert usage.returncode == 1 and "usage:" in usage.stderr
