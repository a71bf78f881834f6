"""The task list (整改台账) as an .xlsx: a title row, then one row per planned measure grouped
under its problem (序号 and 具体问题 merged over the problem's rows), with the ledger's
status, progress and evidence per measure, for the offices that track rectification in Excel.

Row 1 is the title, row 2 the header (frozen, printed on every page). 序号 (the item's
key) and 措施序号 identify a row for `rectify ledger import`. Every text cell is written as
text: a problem or a leader typed as ``=HYPERLINK(…)`` stays words, never a live formula.
"""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from assistant.drafting.guards import strip_markers
from assistant.drafting.models import MEASURE_STATUSES, Ledger, LedgerMeasure, Plan, PlanItem

SHEET = "整改台账"
KEY, PROBLEM, N, MEASURE = "序号", "具体问题", "措施序号", "整改措施"
LEADER, DEPARTMENT, PERSON, DEADLINE, MARK = (
    "责任领导",
    "责任部门",
    "责任人",
    "完成时限",
    "完成标志",
)
STATUS, PROGRESS, EVIDENCE, CLOSED, REMARK = "整改状态", "进展情况", "佐证材料", "是否销号", "备注"
COLUMNS = (
    KEY, PROBLEM, N, MEASURE, LEADER, DEPARTMENT, PERSON, DEADLINE, MARK,
    STATUS, PROGRESS, EVIDENCE, CLOSED, REMARK,
)  # fmt: skip
MERGED = (KEY, PROBLEM)  # one cell per problem, over its measures' rows
CLOSED_CHOICES = ("是", "否")
TITLE_ROW, HEADER_ROW, FIRST_ROW = 1, 2, 3
# widths in Excel's units (about one Latin character; a Chinese character takes two)
WIDTHS = {
    KEY: 7, PROBLEM: 34, N: 6, MEASURE: 50, LEADER: 12, DEPARTMENT: 12, PERSON: 10,
    DEADLINE: 14, MARK: 26, STATUS: 11, PROGRESS: 40, EVIDENCE: 20, CLOSED: 8, REMARK: 16,
}  # fmt: skip
TITLE_FONT, HEADER_FONT, BODY_FONT = "宋体", "宋体", "仿宋"
_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def problem_text(item: PlanItem) -> str:
    """The full problem: its title, then its detail on the next line."""
    return f"{item.problem}\n{item.detail}" if item.detail else item.problem


def sheet_title(plan: Plan) -> str:
    return f"{plan.feedback.signed_as}{plan.feedback.inspection.kind}反馈问题整改台账"


def _measures_of(ledger: Ledger | None) -> dict[tuple[str, int], LedgerMeasure]:
    if ledger is None:
        return {}
    return {(item.key, m.n): m for item in ledger.items for m in item.measures}


def task_rows(plan: Plan, ledger: Ledger | None) -> list[dict[str, str]]:
    """One row per measure, in the plan's order."""
    progress = _measures_of(ledger)
    rows: list[dict[str, str]] = []
    for item in plan.items:
        for n, measure in enumerate(item.measures, 1):
            entry = progress.get((item.key, n))
            status = (entry.status or "") if entry else ""
            rows.append(
                {
                    KEY: item.key,
                    PROBLEM: problem_text(item),
                    N: str(n),
                    MEASURE: strip_markers(measure.text)[0],
                    LEADER: item.leader,
                    DEPARTMENT: item.department,
                    PERSON: "",
                    DEADLINE: item.deadline.text,
                    MARK: strip_markers(item.goal)[0],
                    STATUS: status,
                    PROGRESS: entry.done if entry else "",
                    EVIDENCE: entry.evidence if entry else "",
                    CLOSED: "是" if status == "已完成" else "",
                    REMARK: entry.reason if entry else "",
                }
            )
    return rows


def write_text(cell: Cell, text: str) -> None:
    """The text as a string cell, whatever it starts with (=, +, -, @ make formulas)."""
    cell.value = text
    cell.data_type = "s"
    cell.number_format = "@"


def _choices(sheet: Worksheet, name: str, values: tuple[str, ...], last: int) -> None:
    letter = get_column_letter(COLUMNS.index(name) + 1)
    choice = DataValidation(
        type="list",
        formula1='"' + ",".join(values) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=name,
        error="请选择：" + " / ".join(values),
    )
    sheet.add_data_validation(choice)
    if last >= FIRST_ROW:
        choice.add(f"{letter}{FIRST_ROW}:{letter}{last}")


def _merge_problems(sheet: Worksheet, rows: list[dict[str, str]]) -> None:
    start = 0
    while start < len(rows):
        end = start
        while end + 1 < len(rows) and rows[end + 1][KEY] == rows[start][KEY]:
            end += 1
        if end > start:
            for name in MERGED:
                letter = get_column_letter(COLUMNS.index(name) + 1)
                sheet.merge_cells(f"{letter}{FIRST_ROW + start}:{letter}{FIRST_ROW + end}")
        start = end + 1


def xlsx_bytes(plan: Plan, ledger: Ledger | None) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET
    rows = task_rows(plan, ledger)
    width = len(COLUMNS)
    title = sheet.cell(row=TITLE_ROW, column=1)
    write_text(title, sheet_title(plan))
    title.font = Font(name=TITLE_FONT, size=16, bold=True)
    title.alignment = Alignment(horizontal="center", vertical="center")
    sheet.merge_cells(start_row=TITLE_ROW, start_column=1, end_row=TITLE_ROW, end_column=width)
    sheet.row_dimensions[TITLE_ROW].height = 32
    header_fill = PatternFill("solid", fgColor="D9D9D9")
    for index, name in enumerate(COLUMNS, 1):
        cell = sheet.cell(row=HEADER_ROW, column=index)
        write_text(cell, name)
        cell.font, cell.fill, cell.border = Font(name=HEADER_FONT, bold=True), header_fill, _BORDER
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        sheet.column_dimensions[get_column_letter(index)].width = WIDTHS[name]
    body_font = Font(name=BODY_FONT)
    for offset, row in enumerate(rows):
        for index, name in enumerate(COLUMNS, 1):
            cell = sheet.cell(row=FIRST_ROW + offset, column=index)
            write_text(cell, row[name])
            cell.font, cell.border = body_font, _BORDER
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    _merge_problems(sheet, rows)
    last = FIRST_ROW + len(rows) - 1
    sheet.freeze_panes = f"A{FIRST_ROW}"
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(width)}{max(last, HEADER_ROW)}"
    _choices(sheet, STATUS, MEASURE_STATUSES, last)
    _choices(sheet, CLOSED, CLOSED_CHOICES, last)
    sheet.print_title_rows = f"{TITLE_ROW}:{HEADER_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    workbook.properties.title = f"{plan.title}（{SHEET}）"
    workbook.properties.creator = "rectify"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
