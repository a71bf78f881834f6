"""The task list (整改台账) as .xlsx: layout, and the round trip export → edit → import."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
import yaml
from openpyxl import Workbook, load_workbook

from assistant.draft_folder import LEDGER_NAME, PLAN_NAME
from assistant.drafting.guards import MARKER_RE
from assistant.drafting.inputs.ledger import ledger_template, load_ledger
from assistant.drafting.models import STATUSES, Plan
from assistant.drafting.service import PlanResult
from assistant.errors import InputError
from assistant.export.ledger_import import import_workbook
from assistant.export.xlsx_export import COLUMNS, SHEET, WIDTHS, xlsx_bytes

# Line numbers are where a value sits in the file, not what it says.
NO_LINES: dict[str, Any] = {"line": True, "measures": {"__all__": {"line"}}}


@pytest.fixture
def draft(example_plan: PlanResult, example_folder: Path) -> Path:
    """A private copy of the plan with its ledger (as accepting every item writes it), 1.1
    already filled."""
    text = (example_folder / PLAN_NAME).read_text(encoding="utf-8")
    data = yaml.safe_load(ledger_template(example_plan.plan, text))
    data["items"][0].update(status="正在推进", facts="已修订学习制度。")
    (example_folder / LEDGER_NAME).write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    return example_folder


def export_to(folder: Path) -> Path:
    ledger, plan, _ = load_ledger(folder / LEDGER_NAME, check_statuses=False)
    path = folder / "ledger.xlsx"
    path.write_bytes(xlsx_bytes(plan, ledger))
    return path


def column(name: str) -> int:
    return COLUMNS.index(name) + 1


def edit(path: Path, changes: dict[tuple[int, str], object]) -> None:
    """Change cells as a user would in Excel: (row, column name) → value."""
    workbook = load_workbook(path)
    sheet = workbook[SHEET]
    for (row, name), value in changes.items():
        sheet.cell(row=row, column=column(name)).value = value
    workbook.save(path)


def plan_of(folder: Path) -> Plan:
    return Plan.model_validate_json((folder / PLAN_NAME).read_text(encoding="utf-8"))


# -- layout ---------------------------------------------------------------------------------
def test_one_row_per_problem_with_a_frozen_wrapped_header(draft: Path) -> None:
    plan = plan_of(draft)
    sheet = load_workbook(export_to(draft))[SHEET]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == list(COLUMNS)
    assert [r[0] for r in rows[1:]] == [i.key for i in plan.items]
    assert [r[column("具体问题") - 1] for r in rows[1:]] == [i.problem for i in plan.items]
    assert [r[column("完成时限") - 1] for r in rows[1:]] == [i.deadline.text for i in plan.items]
    assert sheet.freeze_panes == "A2"
    assert all(cell.alignment.wrap_text for row in sheet.iter_rows() for cell in row)
    assert all(cell.font.bold for cell in sheet[1])
    for index, name in enumerate(COLUMNS, 1):
        letter = sheet.cell(row=1, column=index).column_letter
        assert sheet.column_dimensions[letter].width == WIDTHS[name]
    first = plan.items[0]
    measures = rows[1][column("整改措施") - 1]
    assert measures.startswith("一是") and measures.count("\n") == len(first.measures) - 1
    assert not MARKER_RE.search(measures)  # a working list: no citation markers
    assert rows[1][column("整改状态") - 1] == "正在推进"  # from the ledger
    assert rows[1][column("进展情况") - 1] == "已修订学习制度。"
    statuses = sheet.data_validations.dataValidation
    assert any(all(s in (v.formula1 or "") for s in STATUSES) for v in statuses)


def test_a_plan_without_a_ledger_exports_empty_progress(draft: Path) -> None:
    plan = plan_of(draft)
    sheet = load_workbook(io.BytesIO(xlsx_bytes(plan, None)))[SHEET]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(plan.items)
    assert {r[column("整改状态") - 1] for r in rows} == {None}


# -- round trip -----------------------------------------------------------------------------
def test_round_trip_export_edit_import_changes_the_ledger(draft: Path) -> None:
    before = load_ledger(draft / LEDGER_NAME, check_statuses=False)[0]
    path = export_to(draft)
    facts = "一、2026年9月修订《党组理论学习中心组学习规则》；\n二、开展专题研讨6次。"
    edit(path, {(2, "整改状态"): "已完成", (2, "进展情况"): facts, (4, "整改状态"): "基本完成"})
    result = import_workbook(path, draft / LEDGER_NAME)
    after = load_ledger(draft / LEDGER_NAME, check_statuses=False)[0]
    keys = [i.key for i in after.items]
    assert result.changed == [keys[0], keys[2]] and result.missing == []
    assert (after.items[0].status, after.items[0].facts) == ("已完成", facts)
    assert after.items[2].status == "基本完成"
    for old, new in zip(before.items[1:], after.items[1:], strict=True):
        if new.key != keys[2]:
            assert (old.status, old.facts) == (new.status, new.facts)
    # and back out again: the sheet shows what was imported
    sheet = load_workbook(export_to(draft))[SHEET]
    assert sheet.cell(row=2, column=column("进展情况")).value == facts


def test_importing_an_unedited_sheet_changes_nothing(draft: Path) -> None:
    path = export_to(draft)
    before = load_ledger(draft / LEDGER_NAME, check_statuses=False)[0]
    assert import_workbook(path, draft / LEDGER_NAME).changed == []
    after = load_ledger(draft / LEDGER_NAME, check_statuses=False)[0]
    assert [i.model_dump(exclude=NO_LINES) for i in after.items] == [
        i.model_dump(exclude=NO_LINES) for i in before.items
    ]
    assert (after.overall, after.report_date, after.plan) == (
        before.overall, before.report_date, before.plan,
    )  # fmt: skip


def test_deleted_rows_leave_their_items_alone(draft: Path) -> None:
    path = export_to(draft)
    workbook = load_workbook(path)
    workbook[SHEET].delete_rows(3)
    workbook.save(path)
    plan = plan_of(draft)
    result = import_workbook(path, draft / LEDGER_NAME)
    assert result.missing == [plan.items[1].key]


def test_edits_to_plan_columns_are_reported_not_imported(draft: Path) -> None:
    path = export_to(draft)
    edit(path, {(3, "整改措施"): "我改了措施", (3, "责任部门"): "别的股室"})
    result = import_workbook(path, draft / LEDGER_NAME)
    assert len(result.notes) == 1 and "row 3" in result.notes[0]
    assert "整改措施" in result.notes[0] and "责任部门" in result.notes[0]
    assert plan_of(draft).items[1].department != "别的股室"


# -- bad spreadsheets -------------------------------------------------------------------------
def assert_refused(path: Path, ledger: Path) -> InputError:
    before = ledger.read_bytes()
    with pytest.raises(InputError) as caught:
        import_workbook(path, ledger)
    assert ledger.read_bytes() == before, "a refused import must not touch the ledger"
    return caught.value


def test_missing_columns_are_named(draft: Path) -> None:
    path = export_to(draft)
    workbook = load_workbook(path)
    sheet = workbook[SHEET]
    sheet.delete_cols(column("进展情况"))
    sheet.delete_cols(column("整改状态"))
    workbook.save(path)
    error = assert_refused(path, draft / LEDGER_NAME)
    assert "整改状态" in error.message and "进展情况" in error.message
    assert "row 1" in (error.where or "")


def test_unmatched_rows_are_each_named_with_why(draft: Path) -> None:
    plan = plan_of(draft)
    path = export_to(draft)
    edit(
        path,
        {
            (3, "具体问题"): plan.items[1].problem + "（已改）",
            (4, "序号"): "9.9",
            (5, "整改状态"): "完成了",
            (6, "序号"): plan.items[0].key,
            (7, "序号"): None,
        },
    )
    error = assert_refused(path, draft / LEDGER_NAME)
    lines = error.message.splitlines()
    assert lines[0].startswith("5 row(s)")
    assert "row 3:" in lines[1] and "具体问题" in lines[1] and plan.items[1].problem in lines[1]
    assert "row 4:" in lines[2] and "9.9" in lines[2]
    assert "row 5:" in lines[3] and "完成了" in lines[3]
    assert "row 6:" in lines[4] and "row 2" in lines[4]  # a repeated item names its first row
    assert "row 7:" in lines[5] and "序号 is empty" in lines[5]


def test_not_a_workbook_and_no_ledger(draft: Path, tmp_path: Path) -> None:
    fake = tmp_path / "台账.xlsx"
    fake.write_text("序号,具体问题\n1.1,x\n", encoding="utf-8")
    assert "not an .xlsx" in assert_refused(fake, draft / LEDGER_NAME).message
    path = export_to(draft)
    with pytest.raises(InputError, match="no ledger"):
        import_workbook(path, tmp_path / "none" / LEDGER_NAME)


def test_another_sheet_layout_without_our_header(draft: Path, tmp_path: Path) -> None:
    path = tmp_path / "other.xlsx"
    workbook = Workbook()
    workbook.active.append(["编号", "问题", "状态"])
    workbook.save(path)
    error = assert_refused(path, draft / LEDGER_NAME)
    assert "序号" in error.message and "编号" in error.message
