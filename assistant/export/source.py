"""The review an export must pass first (what the draft folder holds is read by
``assistant.draft_folder``)."""

from __future__ import annotations

from pathlib import Path

from assistant.drafting.models import Finding
from assistant.errors import InputError
from assistant.i18n import _
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
        "  " + (_("第 {item} 项").format(item=f.item) if f.item else _("全文")) + f": {f.check}: {f.message}"
        for f in errors[:SHOWN_ERRORS]
    ]
    if len(errors) > SHOWN_ERRORS:
        lines.append(_("  ……另有 {n} 个（`rectify review {folder}`）").format(n=len(errors) - SHOWN_ERRORS, folder=folder))
    raise InputError(
        _("审阅发现草稿仍有 {n} 个错误：").format(n=len(errors)) + "\n" + "\n".join(lines),
        where=folder,
        hint=_("逐一改正（`rectify review` 列出每个错误及改法），或加 --force 仍然导出"),
    )
