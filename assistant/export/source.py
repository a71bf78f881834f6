"""What an export reads: the draft a folder holds (as `rectify review` sees it), the plan
and ledger behind a task list, and the review that must pass first."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from assistant.drafting.ledger import LEDGER_NAME, PLAN_NAME, load_ledger, load_plan
from assistant.drafting.models import Finding, Ledger, Plan
from assistant.errors import InputError
from assistant.settings import Settings

SHOWN_ERRORS = 10


@dataclass
class TaskSource:
    """The plan a task list is made from, and the ledger with its progress (if any)."""

    folder: Path
    plan: Plan
    ledger: Ledger | None


def task_source(path: Path) -> TaskSource:
    """A draft folder (its ledger.yaml if there is one, else its plan.json), a ledger file
    or a plan.json."""
    if path.is_file() and path.suffix.lower() in (".yaml", ".yml"):
        ledger, plan, _ = load_ledger(path, check_statuses=False)
        return TaskSource(path.parent, plan, ledger)
    if path.is_file() and path.suffix.lower() == ".json":
        return TaskSource(path.parent, load_plan(path)[0], None)
    if not path.is_dir():
        raise InputError(
            "not a draft folder, a ledger or a plan",
            where=path,
            hint="give the folder written by `rectify plan -o FOLDER`",
        )
    if (path / LEDGER_NAME).exists():
        return task_source(path / LEDGER_NAME)
    if (path / PLAN_NAME).exists():
        return task_source(path / PLAN_NAME)
    raise InputError(
        f"the folder holds neither {LEDGER_NAME} nor {PLAN_NAME}",
        where=path,
        hint="give the folder written by `rectify plan -o FOLDER`",
    )


def review_errors(settings: Settings, folder: Path) -> list[Finding]:
    """The errors `rectify review FOLDER` reports (placeholders left, bad citations…)."""
    from assistant.review.run import review_folder

    return [f for f in review_folder(settings, folder).findings if f.severity == "error"]


def refuse_if_errors(settings: Settings, folder: Path) -> None:
    """An export of a draft with review errors is refused, naming every error."""
    errors = review_errors(settings, folder)
    if not errors:
        return
    lines = [
        f"  {'item ' + f.item if f.item else 'whole draft'}: {f.check}: {f.message}"
        for f in errors[:SHOWN_ERRORS]
    ]
    if len(errors) > SHOWN_ERRORS:
        lines.append(f"  … and {len(errors) - SHOWN_ERRORS} more (`rectify review {folder}`)")
    raise InputError(
        f"the draft still has {len(errors)} error(s) in review:\n" + "\n".join(lines),
        where=folder,
        hint="fix them (`rectify review` lists them with a fix each), or export anyway "
        "with --force",
    )
