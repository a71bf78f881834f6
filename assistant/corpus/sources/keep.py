"""The copies kept under corpus/, from which the whole index can be rebuilt.

A file keeps its name (a digest is appended when another file of that name differs); a web
page is kept as its extracted text under corpus/web/ with a sidecar '<name>.source.json'
holding its URL and fetch time. Every write goes through ``assistant.files.write_atomic``, so
a crash never leaves half a file.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.errors import StoreError
from assistant.files import write_atomic
from assistant.i18n import _

SIDECAR_SUFFIX = ".source.json"


@dataclass(frozen=True)
class Kept:
    path: Path
    exists: bool  # already there with these bytes: nothing to write


def is_sidecar(path: Path) -> bool:
    return path.name.endswith(SIDECAR_SUFFIX)


def sidecar_of(path: Path) -> Path:
    return path.with_name(path.name + SIDECAR_SUFFIX)


def inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
        return True
    except ValueError:
        return False


def target(folder: Path, name: str, data: bytes, planned: dict[Path, str] | None = None) -> Kept:
    """Where ``data`` is (or would be) kept under ``folder`` as ``name``: the name itself, or
    the name with a digest when another file of that name differs. ``planned`` holds the
    digests of copies decided but not written yet (one command's group), so two sources of
    the same name never get the same path."""
    planned = {} if planned is None else planned
    digest = hashlib.sha256(data).hexdigest()
    path = folder / name
    for candidate in (path, path.with_name(f"{path.stem}_{digest[:8]}{path.suffix}")):
        if candidate in planned:
            if planned[candidate] == digest:
                return Kept(candidate, True)  # written by an earlier source of the group
            continue
        if candidate.exists():
            if candidate.read_bytes() == data:
                return Kept(candidate, True)
            continue
        planned[candidate] = digest
        return Kept(candidate, False)
    raise StoreError(
        _("无法保存“{name}”的副本：它的文件名已被其他文件占用").format(name=name),
        where=folder,
        hint=_("请给文件改名后再添加"),
    )


def write_sidecar(path: Path, info: dict[str, Any]) -> Path:
    side = sidecar_of(path)
    write_atomic(side, (json.dumps(info, ensure_ascii=False, indent=2) + "\n").encode())
    return side


def read_sidecar(path: Path) -> dict[str, Any]:
    """The sidecar of a kept page ({} when there is none or it is unreadable)."""
    side = sidecar_of(path)
    try:
        data = json.loads(side.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
