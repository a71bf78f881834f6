"""Writing a draft folder so that a failure never leaves it half-written.

Everything is rendered in memory first; every file is staged (written and synced to a
temporary in the target folder) before any is moved into place (``assistant.files``).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from assistant.errors import InputError
from assistant.files import stage
from assistant.i18n import _


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write_files(folder: Path, files: dict[str, str], *, keep_existing: set[str] | None = None) -> list[Path]:
    """Write ``files`` (name → text) into ``folder``; names in ``keep_existing`` are left
    alone if already there (a ledger the user has started filling in)."""
    if folder.exists() and not folder.is_dir():
        raise InputError(
            _("输出路径是文件，不是文件夹"),
            where=folder,
            hint=_("请用 -o 给出文件夹名，例如 -o drafts/my-plan"),
        )
    folder.mkdir(parents=True, exist_ok=True)
    staged: list[tuple[Path, Path]] = []
    try:
        for name, text in files.items():
            target = folder / name
            if keep_existing and name in keep_existing and target.exists():
                continue
            staged.append((stage(target, text), target))
    except OSError as exc:
        for staged_tmp, _target in staged:
            staged_tmp.unlink(missing_ok=True)
        raise InputError(_("无法写入草稿：{error}").format(error=exc), where=folder) from None
    for staged_tmp, target in staged:
        os.replace(staged_tmp, target)
    return [target for _staged, target in staged]
