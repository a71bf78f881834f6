"""One writer at a time per corpus home, and settling a write a crash left unfinished."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

from filelock import FileLock, Timeout

from assistant.corpus import journal
from assistant.corpus.add_report import Advance
from assistant.corpus.catalog import Catalog
from assistant.corpus.models import Notice
from assistant.errors import StoreError
from assistant.i18n import _
from assistant.settings import Settings
from assistant.store_failures import explain


class IndexWriter(Protocol):
    """The index side of a write (the catalog stays the source of truth)."""

    def add(self, notices: list[Notice], advance: Advance) -> None:
        """Index new notices; called before the catalog commit."""

    def discard(self, notice_ids: list[str]) -> None:
        """Drop the entries of notices the catalog does not (or no longer) hold."""


@contextmanager
def writer_lock(settings: Settings, timeout: float = 10.0) -> Iterator[None]:
    """One writer at a time per home; a second one waits, then gets a clear error."""
    lock_path = settings.vectorstore_dir / ".write.lock"
    try:
        settings.vectorstore_dir.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(lock_path))
        lock.acquire(timeout=timeout)
    except Timeout:  # (an OSError too: first)
        raise StoreError(
            _("另一个 rectify 命令正在写入该语料库"),
            where=settings.vectorstore_dir,
            hint=_("请等它结束后再运行本命令"),
        ) from None
    except OSError as exc:  # a read-only home or a full disk, said as such
        raise explain(exc, lock_path) or exc from None
    try:
        yield
    finally:
        lock.release()


def recover(settings: Settings, catalog: Catalog, writer: IndexWriter | None) -> str | None:
    """Settle a write left unfinished (with the writer lock held); what was under way.
    A rebuild left unfinished cannot be settled here: it must be run again."""
    from assistant.corpus.rebuild_state import refuse_if_rebuilding

    refuse_if_rebuilding(settings)
    catalog.verify()
    return journal.settle(settings, catalog, writer.discard if writer else None)
