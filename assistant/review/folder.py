"""Reading a draft folder for review: which draft it holds, and its ledger if any."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from assistant.drafting.ledger import (
    LEDGER_NAME,
    PLAN_NAME,
    load_ledger,
    load_plan,
    parse_draft_json,
)
from assistant.drafting.models import Ledger, Plan, Report
from assistant.errors import InputError

REPORT_NAME = "report.json"


@dataclass
class DraftFolder:
    folder: Path
    plan: Plan | None
    report: Report | None
    ledger: Ledger | None

    @property
    def json_path(self) -> Path:
        return self.folder / (REPORT_NAME if self.report is not None else PLAN_NAME)

    @property
    def draft(self) -> Plan | Report:
        draft = self.report or self.plan
        assert draft is not None
        return draft


def _load_report(path: Path) -> Report:
    hint = "redraft it with `rectify report LEDGER`"
    return parse_draft_json(path, path.read_text(encoding="utf-8"), Report, "report", hint)


def open_draft(folder: Path) -> DraftFolder:
    """The report if the folder has one (with its ledger), else the plan."""
    if not folder.is_dir():
        raise InputError(
            "not a draft folder",
            where=folder,
            hint="give the folder written by `rectify plan -o FOLDER` (or `rectify report`)",
        )
    if (folder / REPORT_NAME).exists():
        report = _load_report(folder / REPORT_NAME)
        ledger = load_ledger(folder / LEDGER_NAME)[0] if (folder / LEDGER_NAME).exists() else None
        return DraftFolder(folder, None, report, ledger)
    if (folder / PLAN_NAME).exists():
        plan, _ = load_plan(folder / PLAN_NAME)
        return DraftFolder(folder, plan, None, None)
    raise InputError(
        f"the folder holds neither {PLAN_NAME} nor {REPORT_NAME}",
        where=folder,
        hint="give the folder written by `rectify plan -o FOLDER` (or `rectify report`)",
    )
