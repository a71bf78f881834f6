"""`rectify import`: a plan DOCX edited as Word saves it, read back into the draft."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.text.paragraph import Paragraph
from typer.testing import CliRunner

from assistant.cli import app
from assistant.draft_folder import load_plan
from assistant.drafting.guards import MARKER_RE
from assistant.drafting.models import Plan
from assistant.errors import InputError
from assistant.export.docx_export import docx_bytes
from assistant.export.docx_import import import_docx
from assistant.settings import ExportSettings, Settings

NEW_FIRST = "每月召开一次理论学习中心组会议，学习情况纳入年度考核。"
NEW_SECOND = "建立整改台账，逐项明确【待补充：会议次数】和完成时间。"
NEW_DEADLINE = "2026年12月底前"


def exported(folder: Path) -> tuple[Plan, Path]:
    plan = load_plan(folder / "plan.json")[0]
    path = folder / "plan.docx"
    path.write_bytes(docx_bytes(plan, ExportSettings()))
    return plan, path


def paragraph_ending(document: Document, text: str) -> Paragraph:
    return next(p for p in document.paragraphs if p.text.endswith(MARKER_RE.sub("", text)))


def test_edited_measures_and_deadline_come_back_as_recorded_edits(
    example_folder: Path, draft_settings: Settings
) -> None:
    plan, path = exported(example_folder)
    first, second = plan.items[0], plan.items[1]
    third = next(i for i in plan.items[2:] if i.deadline.text != NEW_DEADLINE)
    assert len(second.measures) >= 2
    document = docx.Document(str(path))
    paragraph_ending(document, first.measures[0].text).text = f"整改措施：一是{NEW_FIRST}"
    paragraph_ending(document, second.measures[1].text).text = f"二是{NEW_SECOND}"
    deadlines = [p for p in document.paragraphs if p.text == f"完成时限：{third.deadline.text}"]
    index = plan.items.index(third)
    same_before = sum(1 for i in plan.items[:index] if i.deadline.text == third.deadline.text)
    deadlines[same_before].text = f"完成时限：{NEW_DEADLINE}"  # as Word saves: runs replaced
    document.save(str(path))

    result = import_docx(draft_settings, path)

    assert result.changed == [first.key, second.key, third.key]
    after = load_plan(example_folder / "plan.json")[0]
    items = {i.key: i for i in after.items}
    assert items[first.key].measures[0].text == NEW_FIRST
    assert items[first.key].measures[1:] == first.measures[1:]  # untouched ones keep [n]
    assert items[second.key].measures[1].text == NEW_SECOND
    assert items[second.key].measures[0] == second.measures[0]
    deadline = items[third.key].deadline
    assert deadline.kind == "限期整改" and deadline.date is not None
    assert (deadline.date.year, deadline.date.month, deadline.date.day) == (2026, 12, 31)
    for item in after.items:
        if item.key not in result.changed:
            original = next(i for i in plan.items if i.key == item.key)
            assert item == original
    edits = [h for h in after.history if h.action == "edit"]
    assert [h.item for h in edits] == result.changed
    assert all("plan.docx" in h.note for h in edits)
    assert (
        edits[2].before["deadline"]["kind"] != "限期整改"
        or edits[2].before["deadline"]["date"] != "2026-12-31"
    )
    assert edits[2].after["deadline"] == {"kind": "限期整改", "date": "2026-12-31"}
    # the checks ran on the edited draft: the new placeholder is an error of its item
    mine = [f for f in result.findings if f.item == second.key and f.check == "placeholder"]
    assert mine and "会议次数" in mine[0].message


def test_a_deleted_heading_is_refused_naming_the_paragraph(
    example_folder: Path, draft_settings: Settings
) -> None:
    plan, path = exported(example_folder)
    before = (example_folder / "plan.json").read_bytes()
    document = docx.Document(str(path))
    victim = plan.items[1]
    heading = next(p for p in document.paragraphs if p.text.endswith(victim.problem)
                   and p.style is not None and p.style.name.startswith("Heading"))  # fmt: skip
    heading._p.getparent().remove(heading._p)
    paragraph_ending(document, plan.items[0].measures[0].text).text = "整改措施：一是改过的措施。"
    document.save(str(path))

    with pytest.raises(InputError) as caught:
        import_docx(draft_settings, path)

    message = str(caught.value)
    assert f"item {victim.key}" in message and victim.problem in message
    assert "belongs after paragraph" in message  # the paragraph where it was expected
    assert (example_folder / "plan.json").read_bytes() == before  # nothing applied


def test_a_broken_number_is_refused_with_its_paragraph(
    example_folder: Path, draft_settings: Settings
) -> None:
    plan, path = exported(example_folder)
    document = docx.Document(str(path))
    victim = plan.items[0]
    heading = next(p for p in document.paragraphs if p.text.endswith(victim.problem))
    heading.text = f"9.{victim.problem}"
    document.save(str(path))
    number = [p.text for p in document.paragraphs].index(f"9.{victim.problem}") + 1

    with pytest.raises(InputError) as caught:
        import_docx(draft_settings, path)

    assert f"paragraph {number} “9.{victim.problem[:10]}" in str(caught.value)


def test_the_cli_imports_and_reports(example_folder: Path, draft_settings: Settings) -> None:
    plan, path = exported(example_folder)
    document = docx.Document(str(path))
    paragraph_ending(document, plan.items[0].measures[0].text).text = f"整改措施：一是{NEW_FIRST}"
    document.save(str(path))
    result = CliRunner().invoke(app, ["import", str(path)])
    assert result.exit_code == 0, result.output
    assert f"items {plan.items[0].key} changed" in result.output and "checks:" in result.output
    again = CliRunner().invoke(app, ["import", str(path)])
    assert again.exit_code == 0 and "nothing changed" in again.output


def test_a_report_docx_edited_in_word_comes_back(
    example_folder: Path, draft_settings: Settings
) -> None:
    from assistant.draft_folder import load_report
    from assistant.drafting.service import draft_report
    from tests.draft_helpers import fill_ledger

    items = load_plan(example_folder / "plan.json")[0].items
    ledger = fill_ledger(example_folder, ["已完成"] * len(items), {items[0].key: "修订制度2项。"})
    report = draft_report(draft_settings, ledger).report
    path = example_folder / "report.docx"
    path.write_bytes(docx_bytes(report, ExportSettings()))
    document = docx.Document(str(path))
    first = report.items[0]
    target = next(p for p in document.paragraphs if p.text.startswith("整改进展情况："))
    target.text = "整改进展情况：2026年8月修订《学习制度》，开展专题研讨3次。"
    document.save(str(path))

    result = import_docx(draft_settings, path)

    assert result.changed == [first.key]
    after = load_report(example_folder / "report.json")
    assert after.items[0].progress == "2026年8月修订《学习制度》，开展专题研讨3次。"
    assert after.items[1:] == report.items[1:]
    assert [h.item for h in after.history if h.action == "edit"] == [first.key]
