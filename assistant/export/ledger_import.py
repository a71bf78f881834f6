"""`rectify ledger import`: an edited task list (整改台账.xlsx) back into ledger.yaml, per measure.

Users fill 整改状态, 进展情况, 佐证材料, 是否销号 and 备注 in Excel. Each row is matched to its
measure by 序号 (the item's key; a merged cell counts for every row under it) and 措施序号,
and must still carry the plan's 具体问题; every row that cannot be matched is reported with
its row number and why, and then nothing is written. A formula cell is read by its cached
value; one without (written by a tool that does not calculate) is such a row. Columns that
come from the plan (measure, goal, owners, deadline) are not imported: the plan is changed
by editing or redrafting it; 责任人 is the office's own column and is not read.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from assistant.draft_folder import PLAN_NAME, load_plan
from assistant.drafting.inputs.ledger import ledger_template, load_ledger
from assistant.drafting.models import (
    MEASURE_STATUSES,
    Ledger,
    LedgerItem,
    LedgerMeasure,
    MeasureStatus,
    Plan,
)
from assistant.drafting.outputs import write_files
from assistant.errors import InputError
from assistant.export.xlsx_export import (
    CLOSED,
    CLOSED_CHOICES,
    COLUMNS,
    EVIDENCE,
    KEY,
    MERGED,
    PERSON,
    PROBLEM,
    PROGRESS,
    REMARK,
    SHEET,
    STATUS,
    N,
    problem_text,
    task_rows,
)
from assistant.i18n import _
from assistant.yaml_input import TextLoader

REQUIRED = (KEY, N, PROBLEM, STATUS, PROGRESS)
USER_COLUMNS = (STATUS, PROGRESS, EVIDENCE, CLOSED, REMARK, PERSON)
HEADER_SEARCH = 5  # the header is row 2 as exported; a deleted title row moves it up


@dataclass
class SheetRow:
    row: int
    key: str
    n: str
    problem: str
    status: str
    done: str
    evidence: str = ""
    closed: str = ""
    remark: str = ""
    others: dict[str, str] = field(default_factory=dict)

    @property
    def measure(self) -> str:
        return f"{self.key} 措施{self.n}"


@dataclass
class ImportResult:
    ledger_path: Path
    changed: list[str]  # "1.1 措施2": the measures whose entries changed
    missing: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def cell_text(value: Any) -> str:
    """A cell as the text the user sees (Excel may turn 序号 2 into 2.0, a date into one)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    return str(value).replace("\r\n", "\n").strip()


def _open(path: Path, *, values: bool) -> Any:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        return load_workbook(path, data_only=values)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise InputError(
            _("不是 .xlsx 工作簿（{kind}）").format(kind=type(exc).__name__),
            where=path,
            hint=_("在 Excel 或 WPS 中另存为 .xlsx（即 `rectify export --format xlsx` 写出的格式）"),
        ) from None


def _grid(path: Path) -> tuple[str, list[list[str]], list[str]]:
    """The sheet's name, its cells as text (merged cells filled from their first cell,
    formulas by their cached value) and one message per formula without a value."""
    from openpyxl.utils import get_column_letter

    if not path.is_file():
        raise InputError(_("表格文件不存在"), where=path)
    formulas, values = _open(path, values=False), _open(path, values=True)
    name = SHEET if SHEET in formulas.sheetnames else formulas.active.title
    sheet, cached = formulas[name], values[name]
    grid: list[list[str]] = []
    errors: list[str] = []
    for row in sheet.iter_rows():
        texts = []
        for cell in row:
            value = cached.cell(row=cell.row, column=cell.column).value
            if cell.data_type == "f" and value is None:
                where = f"{get_column_letter(cell.column)}{cell.row}"
                errors.append(
                    _("第 {row} 行：{cell} 单元格是公式（{formula}），没有保存计算结果，无法读取").format(
                        row=cell.row, cell=where, formula=cell.value
                    )
                )
            texts.append(cell_text(value))
        grid.append(texts)
    for merged in sheet.merged_cells.ranges:
        top = grid[merged.min_row - 1][merged.min_col - 1]
        for r in range(merged.min_row, merged.max_row + 1):
            for c in range(merged.min_col, merged.max_col + 1):
                grid[r - 1][c - 1] = top
    return name, grid, errors


def read_sheet(path: Path) -> tuple[list[SheetRow], list[str]]:
    """The task rows of the workbook, and the formulas that have no value; a missing column
    names every column missing."""
    name, grid, formula_errors = _grid(path)
    header_at = next(
        (i for i, row in enumerate(grid[:HEADER_SEARCH]) if KEY in row), 0 if grid else -1
    )
    header = grid[header_at] if grid else []
    missing = [column for column in REQUIRED if column not in header]
    if missing:
        raise InputError(
            _("工作表缺少列 {missing}（表头行为 {header}）").format(
                missing=", ".join(missing), header=", ".join(h for h in header if h) or _("无内容")
            ),
            where=_("{path}（工作表 {sheet}，第 {row} 行）").format(path=path, sheet=name, row=header_at + 1),
            hint=_("保持导出时的表头行：{columns}").format(columns=", ".join(COLUMNS)),
        )
    out: list[SheetRow] = []
    for number, values in enumerate(grid[header_at + 1 :], header_at + 2):
        cells = {
            column: values[i] if i < len(values) else ""
            for i, column in enumerate(header)
            if column
        }
        if not any(v for k, v in cells.items() if k not in MERGED):
            continue  # blank rows are left by deletions and formatting
        out.append(
            SheetRow(
                row=number,
                key=cells[KEY],
                n=cells[N],
                problem=cells[PROBLEM],
                status=cells[STATUS],
                done=cells[PROGRESS],
                evidence=cells.get(EVIDENCE, ""),
                closed=cells.get(CLOSED, ""),
                remark=cells.get(REMARK, ""),
                others={k: v for k, v in cells.items() if k not in REQUIRED + USER_COLUMNS},
            )
        )
    return out, formula_errors


def _same(a: str, b: str) -> bool:
    return "".join(a.split()) == "".join(b.split())


def _row_problem(row: SheetRow, plan: Plan) -> str | None:
    """Why this row matches no measure, or None."""
    item = next((i for i in plan.items if i.key == row.key), None)
    if not row.key:
        return _("第 {row} 行：序号为空，这一行对应不上任何事项").format(row=row.row)
    if item is None:
        keys = ", ".join(i.key for i in plan.items)
        return _("第 {row} 行：序号 {key} 不是方案中的事项（方案的事项为 {keys}）").format(row=row.row, key=row.key, keys=keys)
    if not row.n.isdigit() or not 1 <= int(row.n) <= len(item.measures):
        return (
            _("第 {row} 行：措施序号“{n}”不是第 {key} 项的措施（应为 1 至 {count}）").format(
                row=row.row, n=row.n, key=row.key, count=len(item.measures)
            )
        )
    if not _same(row.problem, problem_text(item)):
        return (
            _("第 {row} 行：第 {key} 项的具体问题被改动了：方案中是“{planned}”，表中是“{given}”").format(
                row=row.row, key=row.key, planned=item.problem, given=row.problem
            )
        )
    if row.status and row.status not in MEASURE_STATUSES:
        return (
            _("第 {row} 行：{measure}的整改状态“{status}”不是 {statuses} 之一").format(
                row=row.row, measure=row.measure, status=row.status, statuses=" / ".join(MEASURE_STATUSES)
            )
        )
    if row.closed and row.closed not in CLOSED_CHOICES:
        return _("第 {row} 行：是否销号“{closed}”应为“是”或“否”").format(row=row.row, closed=row.closed)
    if row.closed == "是" and row.status != "已完成":
        return (
            _("第 {row} 行：已销号，但整改状态是“{status}”，应为“已完成”").format(row=row.row, status=row.status or _("空"))
        )
    return None


def match_rows(rows: list[SheetRow], plan: Plan) -> list[str]:
    """One message per row that cannot be imported (empty when all can)."""
    seen: dict[tuple[str, str], int] = {}
    problems: list[str] = []
    for row in rows:
        problem = _row_problem(row, plan)
        if problem is None and (row.key, row.n) in seen:
            problem = (
                _("第 {row} 行：{measure}重复出现（首次在第 {first} 行）").format(
                    row=row.row, measure=row.measure, first=seen[(row.key, row.n)]
                )
            )
        if problem:
            problems.append(problem)
        seen.setdefault((row.key, row.n), row.row)
    return problems


def plan_column_notes(rows: list[SheetRow], plan: Plan) -> list[str]:
    """Edits to columns that come from the plan: kept out of the ledger, but said."""
    expected = {(row[KEY], row[N]): row for row in task_rows(plan, None)}
    notes: list[str] = []
    for row in rows:
        want = expected.get((row.key, row.n))
        if want is None:
            continue
        changed = [k for k, v in row.others.items() if k in want and not _same(v, want[k])]
        if changed:
            notes.append(
                _("第 {row} 行（{measure}）：对 {columns} 的修改不会导入；这些列来自整改方案（请改动或重新起草方案）").format(
                    row=row.row, measure=row.measure, columns=", ".join(changed)
                )
            )
    return notes


def _status(text: str) -> MeasureStatus | None:
    return next((s for s in MEASURE_STATUSES if s == text), None)


def updated_ledger(ledger: Ledger, rows: list[SheetRow]) -> tuple[Ledger, list[str]]:
    """The ledger with the sheet's status, progress, evidence and remark per measure, and
    the measures that changed."""
    by_measure = {(row.key, int(row.n)): row for row in rows}
    items: list[LedgerItem] = []
    changed: list[str] = []
    for entry in ledger.items:
        measures: list[LedgerMeasure] = []
        for measure in entry.measures:
            row = by_measure.get((entry.key, measure.n))
            if row is None:
                measures.append(measure)
                continue
            update = {
                "status": _status(row.status),
                "done": row.done,
                "evidence": row.evidence,
                "reason": row.remark,
            }
            new = measure.model_copy(update=update)
            if new.model_dump(exclude={"line"}) != measure.model_dump(exclude={"line"}):
                changed.append(f"{entry.key} 措施{measure.n}")
            measures.append(new)
        items.append(entry.model_copy(update={"measures": measures}))
    return ledger.model_copy(update={"items": items}), changed


def _row_number(message: str) -> int:
    """Messages in row order (each starts with its row number: "第 N 行：" or "row N:")."""
    return int(re.search(r"\d+", message).group())  # type: ignore[union-attr]


def ledger_text(ledger: Ledger, plan: Plan, plan_json: str) -> str:
    """The ledger file as `rectify` writes it (comments included), pointing at its plan."""
    text = ledger_template(plan, plan_json, started=ledger)
    if ledger.plan != PLAN_NAME:  # a ledger kept apart from its plan keeps its pointer
        pointer = json.dumps(ledger.plan, ensure_ascii=False)
        text = text.replace(f"\nplan: {PLAN_NAME}\n", f"\nplan: {pointer}\n", 1)
    return text


def _check_written(text: str, where: Path) -> None:
    """The text must read back as a ledger before it replaces the user's file."""
    try:
        Ledger.model_validate(yaml.load(text, Loader=TextLoader))  # TextLoader is a SafeLoader
    except (yaml.YAMLError, ValidationError) as exc:
        raise InputError(
            _("内部错误：新台账无法读回（{error}）").format(error=exc), where=where
        ) from None


def import_workbook(workbook: Path, ledger_path: Path) -> ImportResult:
    if not ledger_path.exists():
        raise InputError(
            _("没有可导入的台账"),
            where=ledger_path,
            hint=_("用 --ledger 给出台账的路径，或先在审阅中采纳方案的各项（这会在 plan.json 旁写出 ledger.yaml）"),
        )
    ledger, plan, _unused = load_ledger(ledger_path, check_statuses=False)
    rows, formula_errors = read_sheet(workbook)
    problems = sorted(formula_errors + match_rows(rows, plan), key=_row_number)
    if problems:
        raise InputError(
            _("{n} 行无法导入：").format(n=len(problems)) + "\n  " + "\n  ".join(problems),
            where=workbook,
            hint=_("改正这些行（序号、措施序号和具体问题须保持导出时的样子；公式须计算并保存，或换成其文字）后重新导入；台账没有改动"),
        )
    new, changed = updated_ledger(ledger, rows)
    plan_json = load_plan((ledger_path.parent / ledger.plan).resolve())[1]
    text = ledger_text(new, plan, plan_json)
    _check_written(text, ledger_path)
    write_files(ledger_path.parent, {ledger_path.name: text})
    present = {(row.key, row.n) for row in rows}
    missing = [
        f"{item.key} 措施{n}"
        for item in plan.items
        for n in range(1, len(item.measures) + 1)
        if (item.key, str(n)) not in present
    ]
    return ImportResult(ledger_path, changed, missing, plan_column_notes(rows, plan))
