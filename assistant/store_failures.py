"""Failures of the machine under the corpus home, told apart and said plainly.

A read-only home, a full disk and a damaged catalog all surface as low-level exceptions
(``OSError``, ``sqlite3`` errors, Chroma's ``InternalError``) from wherever the write or
read happened. ``explain`` turns them into a StoreError that names the cause, the place and
what to do; above all a read-only home is never called a corrupt catalog (moving a healthy
catalog away on that advice would throw it away).
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from assistant.errors import StoreError
from assistant.i18n import _

_READ_ONLY = (errno.EROFS, errno.EACCES, errno.EPERM)
_FULL = (errno.ENOSPC, errno.EDQUOT)
_READ_ONLY_WORDS = ("readonly database", "read-only file system", "permission denied")
_FULL_WORDS = ("database or disk is full", "no space left", "disk is full", "disk quota")
_CORRUPT_WORDS = ("malformed", "not a database", "file is encrypted", "disk i/o error")


def read_only(where: str | Path | None) -> StoreError:
    return StoreError(
        _("语料库主目录不可写（只读的文件系统或没有写权限），数据本身没有损坏"),
        where=where,
        hint=_("让该目录可写（检查挂载方式和权限），或用 --home / RECTIFY_HOME 指向可写的目录；"
               "不要移走或重建目录"),
    )


def disk_full(where: str | Path | None) -> StoreError:
    return StoreError(
        _("磁盘已满，写入没有完成；已提交的内容保持原样，未完成的部分已撤销或将在下次写入时撤销"),
        where=where,
        hint=_("腾出磁盘空间后重新运行同一命令"),
    )


def corrupt(where: str | Path | None, detail: str) -> StoreError:
    return StoreError(
        _("目录数据库已损坏，无法读取（{detail}）").format(detail=detail),
        where=where,
        hint=_("把 catalog.sqlite3 移到别处保存，再运行 `rectify corpus rebuild` 从 corpus/ "
               "重新建立（corpus/ 中保存着所有原始文件）"),
    )


def explain(exc: BaseException, where: str | Path | None = None) -> StoreError | None:
    """A StoreError for a read-only home, a full disk or a damaged catalog; else None."""
    if isinstance(exc, StoreError):
        return None
    place = where
    if isinstance(exc, OSError) and exc.filename:
        place = where or exc.filename
    if isinstance(exc, OSError) and exc.errno in _READ_ONLY:
        return read_only(place)
    if isinstance(exc, OSError) and exc.errno in _FULL:
        return disk_full(place)
    text = str(exc).lower()
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name == "SQLITE_READONLY" or any(w in text for w in _READ_ONLY_WORDS):
        return read_only(place)
    if name == "SQLITE_FULL" or any(w in text for w in _FULL_WORDS):
        return disk_full(place)
    if isinstance(exc, sqlite3.DatabaseError) and (
        name in ("SQLITE_CORRUPT", "SQLITE_NOTADB") or any(w in text for w in _CORRUPT_WORDS)
    ):
        return corrupt(place, str(exc))
    return None


LOW_SPACE = 16 * 2**20  # below this much free space a failing index write is a full disk


def explain_index_failure(exc: BaseException, folder: Path) -> StoreError | None:
    """Chroma reports a full disk as e.g. ``InternalError: Error in compaction``: with
    little space left under ``folder`` it is a full disk; any other Chroma failure is an
    index write that did not happen (the journal undoes the rest)."""
    explained = explain(exc, folder)
    if explained is not None or not type(exc).__module__.startswith("chromadb"):
        return explained
    import shutil

    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        free = LOW_SPACE
    if free < LOW_SPACE:
        return disk_full(folder)
    return StoreError(
        _("向量索引写入失败（{kind}: {error}）；目录没有改动").format(kind=type(exc).__name__, error=exc),
        where=folder,
        hint=_("运行 `rectify corpus check --repair`，再重新运行同一命令"),
    )
