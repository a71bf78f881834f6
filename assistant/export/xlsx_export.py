"""The task list (整改台账) as an .xlsx: one row per problem of the plan, with the ledger's
status and progress facts, for the offices that track rectification in Excel.

Row 1 is the header (frozen); 序号 is the item's key, which `rectify ledger import` uses,
with 具体问题, to match each row back to its item.
"""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from assistant.corpus.clauses import cn_numeral
from assistant.drafting.guards import strip_markers
from assistant.drafting.models import STATUSES, Ledger, Plan, PlanItem

SHEET = "整改台账"
KEY, CATEGORY, PROBLEM, GOAL, MEASURES = "序号", "问题类别", "具体问题", "整改目标", "整改措施"
LEADER, DEPARTMENT, DEADLINE, STATUS, PROGRESS = (
    "责任领导",
    "责任部门",
    "完成时限",
    "整改状态",
    "进展情况",
)
COLUMNS = (KEY, CATEGORY, PROBLEM, GOAL, MEASURES, LEADER, DEPARTMENT, DEADLINE, STATUS, PROGRESS)
# widths in Excel's units (about one Latin character; a Chinese character takes two)
WIDTHS = {
    KEY: 7, CATEGORY: 24, PROBLEM: 30, GOAL: 30, MEASURES: 70,
    LEADER: 14, DEPARTMENT: 14, DEADLINE: 16, STATUS: 11, PROGRESS: 50,
}  # fmt: skip
_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def measures_cell(item: PlanItem) -> str:
    """一是…, 二是… one per line (markers removed: the sheet is a working list)."""
    return "\n".join(
        f"{cn_numeral(i)}是{strip_markers(m.text)[0]}" for i, m in enumerate(item.measures, 1)
    )


def task_rows(plan: Plan, ledger: Ledger | None) -> list[dict[str, str]]:
    progress = {i.key: i for i in ledger.items} if ledger else {}
    rows: list[dict[str, str]] = []
    for item in plan.items:
        entry = progress.get(item.key)
        rows.append(
            {
                KEY: item.key,
                CATEGORY: " / ".join(item.path),
                PROBLEM: item.problem,
                GOAL: strip_markers(item.goal)[0],
                MEASURES: measures_cell(item),
                LEADER: item.leader,
                DEPARTMENT: item.department,
                DEADLINE: item.deadline.text,
                STATUS: (entry.status or "") if entry else "",
                PROGRESS: entry.facts if entry else "",
            }
        )
    return rows


def xlsx_bytes(plan: Plan, ledger: Ledger | None) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET
    sheet.append(list(COLUMNS))
    for row in task_rows(plan, ledger):
        sheet.append([row[c] for c in COLUMNS])
    last = sheet.max_row
    for index, name in enumerate(COLUMNS, 1):
        sheet.column_dimensions[get_column_letter(index)].width = WIDTHS[name]
    header_font, header_fill = Font(bold=True), PatternFill("solid", fgColor="D9D9D9")
    for row in sheet.iter_rows(min_row=1, max_row=last):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = _BORDER
            cell.number_format = "@"  # text: 序号 1.10 must not become the number 1.1
            if cell.row == 1:
                cell.font, cell.fill = header_font, header_fill
                cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{last}"
    status_column = get_column_letter(COLUMNS.index(STATUS) + 1)
    choice = DataValidation(
        type="list",
        formula1='"' + ",".join(STATUSES) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=STATUS,
        error="请选择：" + " / ".join(STATUSES),
    )
    sheet.add_data_validation(choice)
    if last > 1:
        choice.add(f"{status_column}2:{status_column}{last}")
    sheet.print_title_rows = "1:1"
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
