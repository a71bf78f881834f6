"""The task list (整改台账) as .xlsx, one row per measure, and an edited sheet read back."""

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
from assistant.drafting.models import MEASURE_STATUSES, Plan
from assistant.drafting.service import PlanResult
from assistant.errors import InputError
from assistant.export.ledger_import import import_workbook
from assistant.export.xlsx_export import COLUMNS, SHEET, WIDTHS, xlsx_bytes

# Line numbers are where a value sits in the file, not what it says.
NO_LINES: dict[str, Any] = {"line": True, "measures": {"__all__": {"line"}}}
FIRST = 3  # row 1 the title, row 2 the header


@pytest.fixture
def draft(example_plan: PlanResult, example_folder: Path) -> Path:
    """A private copy of the plan with its ledger (as accepting every item writes it), the
    first measure of 1.1 already filled."""
    text = (example_folder / PLAN_NAME).read_text(encoding="utf-8")
    data = yaml.safe_load(ledger_template(example_plan.plan, text))
    data["items"][0]["measures"][0].update(status="正在推进", done="已修订学习制度。")
    (example_folder / LEDGER_NAME).write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    return example_folder


def export_to(folder: Path, plan: Plan | None = None) -> Path:
    ledger, read_plan, _ = load_ledger(folder / LEDGER_NAME, check_statuses=False)
    path = folder / "ledger.xlsx"
    path.write_bytes(xlsx_bytes(plan or read_plan, ledger))
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


def measure_rows(plan: Plan) -> list[tuple[str, int]]:
    return [(i.key, n) for i in plan.items for n in range(1, len(i.measures) + 1)]


# -- layout ---------------------------------------------------------------------------------
def test_one_row_per_measure_under_a_title_with_merged_problems(draft: Path) -> None:
    plan = plan_of(draft)
    sheet = load_workbook(export_to(draft))[SHEET]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "中共青山县农业农村局党组巡察反馈问题整改台账"
    assert list(rows[1]) == list(COLUMNS)
    for name in ("责任人", "完成标志", "佐证材料", "是否销号", "备注"):
        assert name in COLUMNS
    body = rows[2:]
    wanted = measure_rows(plan)
    assert len(body) == len(wanted) > len(plan.items)
    assert [r[column("措施序号") - 1] for r in body] == [str(n) for _, n in wanted]
    merged = {str(r) for r in sheet.merged_cells.ranges}
    row = FIRST
    for item in plan.items:  # 序号 and 具体问题 once per problem, merged over its measures
        last = row + len(item.measures) - 1
        assert sheet.cell(row=row, column=1).value == item.key
        problem = sheet.cell(row=row, column=column("具体问题")).value
        assert problem.startswith(item.problem) and (not item.detail or item.detail in problem)
        if last > row:
            assert f"A{row}:A{last}" in merged and f"B{row}:B{last}" in merged
        for offset, measure in enumerate(item.measures):
            cells = body[row - FIRST + offset]
            assert cells[column("整改措施") - 1] == MARKER_RE.sub("", measure.text)
            assert cells[column("完成标志") - 1] == MARKER_RE.sub("", item.goal)
            assert cells[column("完成时限") - 1] == item.deadline.text
        row = last + 1
    assert sheet.freeze_panes == f"A{FIRST}"
    assert sheet.print_title_rows == "$1:$2"
    assert sheet.page_setup.orientation == "landscape"
    fonts = {cell.font.name for r in sheet.iter_rows() for cell in r if cell.value}
    assert fonts <= {"仿宋", "宋体"} and "Calibri" not in fonts
    for index, name in enumerate(COLUMNS, 1):
        letter = sheet.cell(row=2, column=index).column_letter
        assert sheet.column_dimensions[letter].width == WIDTHS[name]
    assert body[0][column("整改状态") - 1] == "正在推进"  # from the ledger
    assert body[0][column("进展情况") - 1] == "已修订学习制度。"
    lists = [v.formula1 or "" for v in sheet.data_validations.dataValidation]
    assert any(all(s in f for s in MEASURE_STATUSES) for f in lists)
    assert any("是" in f and "否" in f for f in lists)


def test_text_that_looks_like_a_formula_stays_text(draft: Path) -> None:
    plan = plan_of(draft).model_copy(deep=True)
    link = '=HYPERLINK("http://example.invalid/x","点我")'
    plan.items[0].problem = link
    plan.items[0].leader = "=1+1"
    sheet = load_workbook(export_to(draft, plan))[SHEET]
    for name, value in (("具体问题", link), ("责任领导", "=1+1")):
        cell = sheet.cell(row=FIRST, column=column(name))
        assert cell.data_type == "s" and str(cell.value).startswith("=") and value in cell.value


def test_a_plan_without_a_ledger_exports_empty_progress(draft: Path) -> None:
    plan = plan_of(draft)
    sheet = load_workbook(io.BytesIO(xlsx_bytes(plan, None)))[SHEET]
    rows = list(sheet.iter_rows(min_row=FIRST, values_only=True))
    assert len(rows) == len(measure_rows(plan))
    assert {r[column("整改状态") - 1] for r in rows} == {None}


# -- round trip -----------------------------------------------------------------------------
def test_round_trip_fills_two_measures(draft: Path) -> None:
    before = load_ledger(draft / LEDGER_NAME, check_statuses=False)[0]
    path = export_to(draft)
    plan = plan_of(draft)
    wanted = measure_rows(plan)
    second = wanted.index((plan.items[1].key, 1)) + FIRST
    done = "2026年9月修订《党组理论学习中心组学习规则》；\n开展专题研讨6次。"
    edit(
        path,
        {
            (FIRST, "整改状态"): "已完成", (FIRST, "进展情况"): done,
            (FIRST, "佐证材料"): "青农党组〔2026〕5号", (FIRST, "是否销号"): "是",
            (second, "整改状态"): "正在推进", (second, "进展情况"): "已开展调研2次",
            (second, "备注"): "需结合年度考核推进",
        },
    )  # fmt: skip
    result = import_workbook(path, draft / LEDGER_NAME)
    first_key, second_key = plan.items[0].key, plan.items[1].key
    assert result.changed == [f"{first_key} 措施1", f"{second_key} 措施1"]
    assert result.missing == []
    after = load_ledger(draft / LEDGER_NAME, check_statuses=False)[0]
    one, two = after.items[0].measures[0], after.items[1].measures[0]
    assert (one.status, one.done, one.evidence) == ("已完成", done, "青农党组〔2026〕5号")
    assert (two.status, two.done, two.reason) == ("正在推进", "已开展调研2次", "需结合年度考核推进")
    untouched = [m for i in after.items for m in i.measures if m not in (one, two)]
    old = [m for i in before.items for m in i.measures][: len(untouched) + 2]
    assert [m.model_dump(exclude={"line"}) for m in untouched] == [
        m.model_dump(exclude={"line"}) for m in old if (m.n, m.measure) not in (
            (before.items[0].measures[0].n, before.items[0].measures[0].measure),
            (before.items[1].measures[0].n, before.items[1].measures[0].measure),
        )
    ]  # fmt: skip
    sheet = load_workbook(export_to(draft))[SHEET]  # and back out: the sheet shows it
    assert sheet.cell(row=FIRST, column=column("进展情况")).value == done
    assert sheet.cell(row=FIRST, column=column("是否销号")).value == "是"


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


def test_edits_to_plan_columns_are_reported_not_imported(draft: Path) -> None:
    path = export_to(draft)
    edit(path, {(FIRST + 1, "整改措施"): "我改了措施", (FIRST + 1, "责任部门"): "别的股室"})
    result = import_workbook(path, draft / LEDGER_NAME)
    assert len(result.notes) == 1 and f"row {FIRST + 1}" in result.notes[0]
    assert "整改措施" in result.notes[0] and "责任部门" in result.notes[0]


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
    assert "row 2" in (error.where or "")


def test_bad_rows_are_each_named_with_why(draft: Path) -> None:
    plan = plan_of(draft)
    path = export_to(draft)
    rows = measure_rows(plan)
    # three bad cells in the rows of one problem's 2nd to 4th measures, and a changed title
    # in another problem's merged cell
    big = next(i for i in plan.items if len(i.measures) >= 4)
    other = next(i for i in plan.items if i.key != big.key)
    r2, r3, r4 = (rows.index((big.key, n)) + FIRST for n in (2, 3, 4))
    second = rows.index((other.key, 1)) + FIRST
    edit(
        path,
        {
            (second, "具体问题"): other.problem + "（已改）",
            (r2, "措施序号"): "9",
            (r3, "整改状态"): "完成了",
            (r4, "是否销号"): "是",
        },
    )
    error = assert_refused(path, draft / LEDGER_NAME)
    lines = error.message.splitlines()
    count = 3 + len(other.measures)  # the merged problem cell stands for each row
    assert lines[0].startswith(f"{count} row(s)")
    for row, says in ((r2, "措施序号 “9”"), (r3, "完成了"), (r4, "销号"), (second, other.problem)):
        assert any(f"row {row}:" in line and says in line for line in lines[1:]), (row, lines)


def test_a_formula_without_a_value_is_a_bad_row(draft: Path) -> None:
    path = export_to(draft)
    workbook = load_workbook(path)
    workbook[SHEET].cell(row=FIRST + 1, column=column("进展情况")).value = '=CONCAT("已","完成")'
    workbook.save(path)  # openpyxl, like many tools, saves formulas without their values
    error = assert_refused(path, draft / LEDGER_NAME)
    letter = workbook[SHEET].cell(row=2, column=column("进展情况")).column_letter
    assert f"row {FIRST + 1}:" in error.message and f"{letter}{FIRST + 1}" in error.message
    assert "formula" in error.message


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
