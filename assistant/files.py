"""Writing files so that a failure never leaves one half-written: the one atomic writer.

Data goes to a temporary file in the target's own folder, is flushed to disk (fsync) and
moved into place with ``os.replace`` (atomic on one filesystem). The temporary is created
with mode 0666 minus the user's umask, as ``open()`` would: drafts and exports are ordinary
documents a colleague in the group may read (0644 under the usual umask 022).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

TEMP_SUFFIX = ".tmp"


def _temp_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")


def leftover_temps(path: Path) -> list[Path]:
    """Temporaries of ``path`` that a killed writer may have left behind."""
    if not path.parent.is_dir():
        return []
    return [*path.parent.glob(f".{path.name}.*{TEMP_SUFFIX}")]


def stage(path: Path, data: str | bytes) -> Path:
    """``data`` written and synced to a new temporary beside ``path``; its name. The caller
    moves it into place (``os.replace``) or deletes it. Raises OSError."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    tmp = _temp_name(path)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # the umask applies
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def write_atomic(path: Path, data: str | bytes) -> Path:
    """Replace (or create) ``path`` with ``data`` (text as UTF-8) in one step; its folder is
    created if missing. Raises OSError; nothing is left behind on failure."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = stage(path, data)
    try:
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
    return path
