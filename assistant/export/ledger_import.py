"""`rectify ledger import`: an edited task list (整改台账.xlsx) back into ledger.yaml.

Users fill 整改状态 and 进展情况 in Excel. Each row is matched to its item by 序号 (the key)
and must still carry the plan's 具体问题; every row that cannot be matched is reported with
its row number and why, and then nothing is written. Columns that come from the plan
(goal, measures, owners, deadline) are not imported: the plan is changed by redrafting.
"""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from assistant.draft_folder import PLAN_NAME, load_plan
from assistant.drafting.inputs.ledger import ledger_template, load_ledger
from assistant.drafting.models import STATUSES, Ledger, LedgerItem, Plan, Status
from assistant.drafting.outputs import write_files
from assistant.errors import InputError
from assistant.export.xlsx_export import COLUMNS, KEY, PROBLEM, PROGRESS, SHEET, STATUS, task_rows
from assistant.yaml_input import TextLoader

REQUIRED = (KEY, PROBLEM, STATUS, PROGRESS)


@dataclass
class SheetRow:
    row: int
    key: str
    problem: str
    status: str
    facts: str
    others: dict[str, str] = field(default_factory=dict)


@dataclass
class ImportResult:
    ledger_path: Path
    changed: list[str]
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


def read_sheet(path: Path) -> list[SheetRow]:
    """The task rows of the workbook; a missing column names every column missing."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    if not path.is_file():
        raise InputError("the spreadsheet does not exist", where=path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise InputError(
            f"not an .xlsx workbook ({type(exc).__name__})",
            where=path,
            hint="save it from Excel or WPS as .xlsx (the format `rectify export --format "
            "xlsx` writes)",
        ) from None
    try:
        sheet = workbook[SHEET] if SHEET in workbook.sheetnames else workbook.active
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
    header = [cell_text(v) for v in rows[0]] if rows else []
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise InputError(
            f"the sheet has no column {', '.join(missing)} (row 1 holds "
            f"{', '.join(h for h in header if h) or 'nothing'})",
            where=f"{path} (sheet {sheet.title}, row 1)",
            hint=f"keep the header row as exported: {', '.join(COLUMNS)}",
        )
    out: list[SheetRow] = []
    for number, values in enumerate(rows[1:], 2):
        cells = {
            name: cell_text(values[i]) if i < len(values) else ""
            for i, name in enumerate(header)
            if name
        }
        if not any(cells.values()):
            continue  # blank rows are left by deletions and formatting
        out.append(
            SheetRow(
                row=number,
                key=cells[KEY],
                problem=cells[PROBLEM],
                status=cells[STATUS],
                facts=cells[PROGRESS],
                others={k: v for k, v in cells.items() if k not in REQUIRED},
            )
        )
    return out


def _same(a: str, b: str) -> bool:
    return "".join(a.split()) == "".join(b.split())


def match_rows(rows: list[SheetRow], plan: Plan) -> list[str]:
    """One message per row that cannot be imported (empty when all can)."""
    by_key = {item.key: item for item in plan.items}
    seen: dict[str, int] = {}
    problems: list[str] = []
    for row in rows:
        item = by_key.get(row.key)
        if not row.key:
            problems.append(f"row {row.row}: 序号 is empty, so the row matches no item")
        elif item is None:
            problems.append(
                f"row {row.row}: 序号 {row.key} is not an item of the plan "
                f"(its items are {', '.join(by_key)})"
            )
        elif row.key in seen:
            problems.append(
                f"row {row.row}: item {row.key} appears again (first on row {seen[row.key]})"
            )
        elif not _same(row.problem, item.problem):
            problems.append(
                f"row {row.row}: 具体问题 of item {row.key} was changed: the plan says "
                f"“{item.problem}”, the sheet “{row.problem}”"
            )
        elif row.status and row.status not in STATUSES:
            problems.append(
                f"row {row.row}: 整改状态 “{row.status}” of item {row.key} is not one of "
                f"{' / '.join(STATUSES)}"
            )
        if row.key and row.key not in seen:
            seen[row.key] = row.row
    return problems


def plan_column_notes(rows: list[SheetRow], plan: Plan) -> list[str]:
    """Edits to columns that come from the plan: kept out of the ledger, but said."""
    expected = {row[KEY]: row for row in task_rows(plan, None)}
    notes: list[str] = []
    for row in rows:
        want = expected.get(row.key)
        if want is None:
            continue
        changed = [k for k, v in row.others.items() if k in want and not _same(v, want[k])]
        if changed:
            notes.append(
                f"row {row.row} (item {row.key}): edits to {', '.join(changed)} are not "
                "imported; they come from the plan (edit or redraft the plan instead)"
            )
    return notes


def _status(text: str) -> Status | None:
    return next((s for s in STATUSES if s == text), None)


def updated_ledger(ledger: Ledger, rows: list[SheetRow]) -> tuple[Ledger, list[str]]:
    """The ledger with the sheet's status and facts, and the keys that changed."""
    by_key = {row.key: row for row in rows}
    items: list[LedgerItem] = []
    changed: list[str] = []
    for entry in ledger.items:
        row = by_key.get(entry.key)
        if row is None:
            items.append(entry)
            continue
        new = entry.model_copy(update={"status": _status(row.status), "facts": row.facts})
        if (new.status, new.facts) != (entry.status, entry.facts):
            changed.append(entry.key)
        items.append(new)
    return ledger.model_copy(update={"items": items}), changed


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
            f"internal error: the new ledger would not read back ({exc})", where=where
        ) from None


def import_workbook(workbook: Path, ledger_path: Path) -> ImportResult:
    if not ledger_path.exists():
        raise InputError(
            "there is no ledger to import into",
            where=ledger_path,
            hint="give its path with --ledger, or accept the plan's items in review first "
            "(that writes ledger.yaml beside plan.json)",
        )
    ledger, plan, _ = load_ledger(ledger_path, check_statuses=False)
    rows = read_sheet(workbook)
    problems = match_rows(rows, plan)
    if problems:
        raise InputError(
            f"{len(problems)} row(s) cannot be imported:\n  " + "\n  ".join(problems),
            where=workbook,
            hint="fix these rows (序号 and 具体问题 must stay as exported) and import again; "
            "the ledger was not changed",
        )
    new, changed = updated_ledger(ledger, rows)
    plan_json = load_plan((ledger_path.parent / ledger.plan).resolve())[1]
    text = ledger_text(new, plan, plan_json)
    _check_written(text, ledger_path)
    write_files(ledger_path.parent, {ledger_path.name: text})
    present = {row.key for row in rows}
    missing = [item.key for item in plan.items if item.key not in present]
    return ImportResult(ledger_path, changed, missing, plan_column_notes(rows, plan))
