"""The review an export must pass first (what the draft folder holds is read by
``assistant.draft_folder``)."""

from __future__ import annotations

from pathlib import Path

from assistant.drafting.models import Finding
from assistant.errors import InputError
from assistant.settings import Settings

SHOWN_ERRORS = 10


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
