"""A rebuild in progress, or one a crash left half done, keeps every other command out.

``corpus rebuild`` drops the catalog and the index and fills them again from corpus/; until
it ends they hold only part of the corpus. It writes a marker (with its process id) before
dropping anything and deletes it at the end. Readers and writers that find the marker stop
with a clear error instead of using a partial index: "wait" while the rebuilding process
lives, "run `rectify corpus rebuild` again" once it is gone (the files in corpus/ are
untouched, so the rebuild starts over and completes).
"""

from __future__ import annotations

import os
from pathlib import Path

from assistant.errors import StoreError
from assistant.files import write_atomic
from assistant.i18n import _
from assistant.settings import Settings

NAME = "rebuilding.pid"


def marker(settings: Settings) -> Path:
    return settings.vectorstore_dir / NAME


def begin(settings: Settings) -> None:
    settings.vectorstore_dir.mkdir(parents=True, exist_ok=True)
    write_atomic(marker(settings), f"{os.getpid()}\n")


def end(settings: Settings) -> None:
    marker(settings).unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's live process
        return True
    return True


def refuse_if_rebuilding(settings: Settings) -> None:
    """Raise unless no rebuild is running or unfinished (this process's own is allowed)."""
    path = marker(settings)
    try:
        text = path.read_text("utf-8").strip()
    except FileNotFoundError:
        return
    except OSError:
        text = ""
    pid = int(text) if text.isdigit() else 0
    if pid == os.getpid():
        return
    if pid and _alive(pid):
        raise StoreError(
            _("语料库正在重建（进程 {pid}），目录和索引暂不完整").format(pid=pid),
            where=settings.vectorstore_dir,
            hint=_("等 `rectify corpus rebuild` 完成后再运行本命令"),
        )
    raise StoreError(
        _("上一次 `rectify corpus rebuild` 没有完成（被中断），目录和索引只含部分通知"),
        where=path,
        hint=_("运行 `rectify corpus rebuild` 重新建立；corpus/ 中的文件都在，重建会从头完成"),
    )
